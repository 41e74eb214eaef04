// The `check --format json` shape is held by schema/check-output.schema.json:
// real output of clean, failing, several-file and unreadable inputs validates
// with an independent validator (ajv); the schema's version is the code's;
// and the schema is strict enough to refuse output that drifted.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { JSON_FORMAT_VERSION } from '../../src/diagnostics/format/json.js';
import { cli } from '../support/cli-helpers.js';

const schema = JSON.parse(readFileSync('schema/check-output.schema.json', 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true }).compile(schema);
const valid = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`));

describe('check --format json against its schema', () => {
  it.each([
    [['examples/qingshi-2021.yaml'], 0],
    [['examples/invalid/typo-key.yaml'], 1],
    [['examples/qingshi-2021.yaml', 'examples/invalid/counts-disagree.yaml', 'examples/invalid/bad-date.yaml'], 1],
    [['no/such/file.yaml'], 2],
    // A ledger's diagnostics carry its sheet, cell and header.
    [['tests/fixtures/cli/ledger/bad.xlsx'], 1],
  ])('%j (exit %i) validates', async (inputs, code) => {
    const r = await cli(['check', ...inputs, '--format', 'json']);
    expect(r.code).toBe(code);
    const output = JSON.parse(r.stdout) as { version: number; diagnostics: unknown[] };
    expect(valid(output)).toEqual([]);
    expect(output.version).toBe(JSON_FORMAT_VERSION);
    if (code !== 0) expect(output.diagnostics.length).toBeGreaterThan(0);
  });

  it('the schema’s version is the code’s', () => {
    expect((schema.properties as { version: { const: number } }).version.const).toBe(JSON_FORMAT_VERSION);
  });

  it('refuses output that drifted: an unknown field, a missing one, a wrong type', async () => {
    const r = await cli(['check', 'examples/invalid/typo-key.yaml', '--format', 'json']);
    const good = JSON.parse(r.stdout) as { diagnostics: Record<string, unknown>[] } & Record<string, unknown>;
    const first = good.diagnostics[0] ?? {};
    expect(valid({ ...good, extra: 1 })).not.toEqual([]);
    expect(valid({ ...good, diagnostics: [{ ...first, severity: 'info' }] })).not.toEqual([]);
    expect(valid({ ...good, diagnostics: [{ ...first, line: '14' }] })).not.toEqual([]);
    const { message: _dropped, ...withoutMessage } = first;
    expect(valid({ ...good, diagnostics: [withoutMessage] })).not.toEqual([]);
    expect(valid({ ...good, version: 2 })).not.toEqual([]);
  });
});
