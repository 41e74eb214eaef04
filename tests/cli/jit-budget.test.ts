/**
 * The V8 flags the bin sets for a command (bin/jit-budget.js): a smaller
 * TurboFan inlining budget for the commands that run many offices, on Node 20
 * where it was measured, and nothing anywhere else.
 */
import { describe, expect, it } from 'vitest';
import { jitFlags } from '../../bin/jit-budget.js';

const TRIMMED = '--max-inlined-bytecode-size-cumulative=100';

describe('jitFlags', () => {
  it.each([
    ['build', '20.20.2', TRIMMED],
    ['check', '20.19.0', TRIMMED],
    ['build', '22.13.0', undefined],
    ['check', '24.1.0', undefined],
    ['init', '20.20.2', undefined],
    ['schema', '20.20.2', undefined],
    ['ledger', '20.20.2', undefined],
    [undefined, '20.20.2', undefined],
  ] as const)('%s on Node %s → %s', (command, node, expected) => {
    expect(jitFlags(command, node)).toBe(expected);
  });
});
