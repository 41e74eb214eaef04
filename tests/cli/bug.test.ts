// A failure of the tool itself is told apart from a mistake in the data: exit 2, said to be a bug.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/validate/validate-year.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/validate/validate-year.js')>();
  return {
    ...real,
    validateYear: (loaded: Parameters<typeof real.validateYear>[0]) => {
      if (loaded.file.includes('typo-key')) throw new TypeError('planted bug');
      return real.validateYear(loaded);
    },
  };
});

// After the mock (vi.mock is hoisted above every import), so run() sees the planted bug.
const { cli } = await import('../support/cli-helpers.js');

describe('a bug of the tool', () => {
  it('exits 2, says it is a bug and how to report it, and still checks the other files', async () => {
    const r = await cli(['check', 'examples/invalid/typo-key.yaml', 'examples/qingshi-2021.yaml', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('这是工具的缺陷');
    expect(r.stderr).toContain('--debug');
    expect(r.stderr).not.toContain('at ');
    const parsed = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string }[] };
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'TOOL_BUG', file: 'examples/invalid/typo-key.yaml' })]);
  });

  it('shows the stack only under --debug or SUMMARY_DEBUG=1', async () => {
    const withFlag = await cli(['check', 'examples/invalid/typo-key.yaml', '--debug']);
    expect(withFlag.stderr).toContain('TypeError: planted bug');
    const withEnv = await cli(['check', 'examples/invalid/typo-key.yaml'], process.cwd(), { SUMMARY_DEBUG: '1' });
    expect(withEnv.stderr).toMatch(/\n\s+at /);
  });
});
