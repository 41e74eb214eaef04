// The committed JSON Schema, read by a real JSON Schema validator (ajv, draft-07), accepts every
// example once YAML is read with the 1.2 core schema (dates stay strings), and refuses what the tool refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, exampleNames } from '../support/example-data.js';

const schema = JSON.parse(readFileSync('schema/summary.schema.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);
const readCore = (text: string): unknown => parseDocument(text, { schema: 'core' }).toJS();
const example = (name: string): string => readFileSync(join(EXAMPLES_DIR, `${name}.yaml`), 'utf8');

describe('schema/summary.schema.json under ajv', () => {
  it.each(exampleNames())('%s.yaml is valid with dates read as strings', (name) => {
    const ok = validate(readCore(example(name)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses a date in the wrong form by the pattern (2021/12/20)', () => {
    const text = example('qingshi-2021').replace(/^( {2}date: )2021-12-\d\d$/m, '$12021/12/20');
    expect(text).toContain('date: 2021/12/20');
    expect(validate(readCore(text))).toBe(false);
    expect(validate.errors?.map((e) => [e.dataPath, e.keyword])).toEqual([['.office.date', 'pattern']]);
  });

  it('refuses a meeting kind outside the list and a misspelt key', () => {
    const data = readCore(example('qingshi-2021')) as { meetings: Record<string, unknown>[] };
    data.meetings[0] = { ...data.meetings[0], kind: '茶话会', topci: 'x' };
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'enum']);
  });

  it('a YAML 1.1 loader (timestamps as Date objects, as ajv-cli reads YAML) fails every date: why the docs say which loader', () => {
    const data = parseDocument(example('qingshi-2021'), { version: '1.1' }).toJS() as { office: { date: unknown } };
    expect(data.office.date).toBeInstanceOf(Date);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.some((e) => e.dataPath === '.office.date' && e.keyword === 'type')).toBe(true);
  });
});

describe('editor extras', () => {
  type Node = { type?: string; items?: Node; properties?: Record<string, Node>; defaultSnippets?: { body: Record<string, unknown>[] }[]; enum?: string[]; enumDescriptions?: string[]; markdownEnumDescriptions?: string[]; anyOf?: Node[] };
  const nodes = (n: Node): Node[] => [n, ...Object.values(n.properties ?? {}).flatMap(nodes), ...(n.items ? nodes(n.items) : []), ...(n.anyOf ?? []).flatMap(nodes)];
  const all = nodes(schema as Node);

  it('every list of records has a snippet whose body, with the placeholders filled, is a valid record', () => {
    const lists = all.filter((n) => n.type === 'array' && n.items?.type === 'object');
    expect(lists.length).toBeGreaterThanOrEqual(14);
    const itemValidator = new Ajv();
    for (const list of lists) {
      expect(list.defaultSnippets).toHaveLength(1);
      const body = list.defaultSnippets![0]!.body;
      const filled = JSON.parse(JSON.stringify(body).replace(/"\^\$\{\d+:(\d+)\}"/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1')) as unknown;
      expect(itemValidator.validate(list, filled), JSON.stringify(body)).toBe(true);
    }
  });

  it('every list of words says what each word means, in both forms editors read', () => {
    const enums = all.filter((n) => n.enum);
    expect(enums.length).toBeGreaterThanOrEqual(12);
    for (const n of enums) {
      expect(n.enumDescriptions).toHaveLength(n.enum!.length);
      expect(n.markdownEnumDescriptions).toEqual(n.enumDescriptions);
      for (const d of n.enumDescriptions!) expect(d.trim()).not.toBe('');
    }
  });

  it('the township description names the example street as the example spells it (雁泉街道)', () => {
    const text = readFileSync('schema/summary.schema.json', 'utf8');
    expect(text).not.toContain('燕泉');
    expect(text).toContain('雁泉街道');
    expect(example('yanquan-street-2021')).toContain('雁泉街道');
  });
});
