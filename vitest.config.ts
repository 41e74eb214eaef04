import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Reader tests convert documents with LibreOffice: slow on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
