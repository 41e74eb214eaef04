// The committed JSON Schema is the generated one, and the example's $schema line resolves to it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearJsonSchemaText } from '../../src/schema/json-schema.js';

describe('schema/summary.schema.json', () => {
  it('equals the schema generated from src/schema/year.ts (run `summary schema > schema/summary.schema.json`)', () => {
    expect(readFileSync('schema/summary.schema.json', 'utf8')).toBe(yearJsonSchemaText());
  });

  it('carries the Chinese titles editors show', () => {
    const schema = JSON.parse(yearJsonSchemaText()) as { properties: Record<string, { title?: string }> };
    expect(schema.properties.office?.title).toBe('单位');
    expect(schema.properties.meetings?.title).toBe('会议');
  });

  it("the example's yaml-language-server line points at the committed file", () => {
    const first = readFileSync('examples/qingshi-2021.yaml', 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
    expect(m).not.toBeNull();
    const target = path.resolve('examples', m![1]!);
    expect(existsSync(target)).toBe(true);
    expect(target).toBe(path.resolve('schema/summary.schema.json'));
  });
});
