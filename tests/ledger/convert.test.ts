/**
 * The ledger holds everything the data format holds: each example converted
 * to a ledger reads back as the same data, converts back to the same YAML
 * data, and builds the same report text as its YAML.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../src/office/convert.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { renderReport } from '../../src/render/render-report.js';
import { toMarkdown } from '../../src/write/markdown.js';
import { EXAMPLES_DIR, exampleNames, loadExample } from '../support/example-data.js';

const reportText = async (file: string, cwd: string): Promise<string> => {
  const prepared = await prepareOffice(file, { cwd });
  expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const rendered = renderReport(prepared.value!.model);
  return toMarkdown(rendered.value!);
};

describe('convert: YAML → ledger → YAML', () => {
  for (const name of exampleNames()) {
    it(`${name} round-trips and builds the same report from its ledger`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ledger-convert-'));
      const yaml = path.join(EXAMPLES_DIR, `${name}.yaml`);
      const toLedger = await convertFile(yaml, path.join(dir, `${name}.xlsx`));
      expect(toLedger.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(toLedger.value).toBe(path.join(dir, `${name}.xlsx`));

      const back = await convertFile(path.join(dir, `${name}.xlsx`), path.join(dir, `${name}.yaml`));
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(parse(readFileSync(path.join(dir, `${name}.yaml`), 'utf8'))).toEqual(loadExample(name));

      expect(await reportText(path.join(dir, `${name}.xlsx`), dir)).toBe(await reportText(yaml, EXAMPLES_DIR));
    });
  }

  it('refuses to overwrite without --force, and writes nothing from a year with errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-convert-'));
    const yaml = path.join(EXAMPLES_DIR, 'qingshi-2021.yaml');
    await convertFile(yaml, path.join(dir, 'a.xlsx'));
    const again = await convertFile(yaml, path.join(dir, 'a.xlsx'));
    expect(again.value).toBeUndefined();
    expect(again.diagnostics.map((d) => d.code)).toEqual(['OUTPUT_EXISTS']);
    const bad = await convertFile(path.join(EXAMPLES_DIR, 'invalid'), path.join(dir, 'b.xlsx'));
    expect(bad.value).toBeUndefined();
  });
});
