import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One seed for every property (FUZZ_SEED); exploring with random seeds is `npm run explore`.
    setupFiles: ['tests/support/fast-check-seed.ts'],
    // A missing snapshot fails, as in CI, instead of being written on a local run:
    // a new CLI case cannot pass by recording its own output. `-u` rewrites them.
    update: 'none',
    // Reader tests convert documents with LibreOffice: slow on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
