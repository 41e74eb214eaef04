// A field's label is attached in place (no second construction, src/schema/fields.ts withMeta), but a
// schema labelled twice still gets a copy per label: no label ever replaces another.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { labelled } from '../../src/schema/fields.js';

const titleOf = (s: z.ZodType): unknown => z.globalRegistry.get(s)?.title;

describe('labelled', () => {
  it('labels a schema made for the field in place', () => {
    const fresh = z.string();
    expect(labelled(fresh, '名称', '说明')).toBe(fresh);
    expect(titleOf(fresh)).toBe('名称');
  });

  it('copies a schema that already has a label, and both labels stay', () => {
    const shared = z.number();
    const first = labelled(shared, '甲', '第一个');
    const second = labelled(shared, '乙', '第二个');
    expect(second).not.toBe(first);
    expect(titleOf(first)).toBe('甲');
    expect(titleOf(second)).toBe('乙');
    expect(second.parse(3)).toBe(3);
  });
});
