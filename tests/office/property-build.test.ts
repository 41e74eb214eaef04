/**
 * Generated valid years (tests/arbitraries.ts, with nasty strings: markup,
 * Handlebars syntax, line breaks, U+FFFE/U+FFFF, lone surrogates, C0
 * controls) always build, by two routes:
 *  - the library directly: YearSchema → buildModel → renderReport → renderDocx;
 *  - buildOffice over a YAML file written with `yaml`'s stringify (load,
 *    validate, render, write), which may stop only on the data's own errors.
 * Every produced .docx is then opened by python-docx, all in one python call.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOffice } from '../../src/office/build-office.js';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { YearSchema } from '../../src/schema/year.js';
import { renderDocx } from '../../src/write/docx/write-docx.js';
import { yearRecord } from '../support/arbitraries.js';
import { requireReader, validateOoxml, SYSTEM_PYTHON } from '../support/readers/readers.js';

const run = promisify(execFile);

/** Error codes the data rules may raise on a schema-valid generated year (random text can look like a blank “xx”). */
const DATA_RULE_ERRORS = new Set(['TEMPLATE_LEFTOVER', 'BLANK_TEXT']);

/** Opens every file with python-docx; prints one JSON line per file. */
const READ_ALL = `
import json, sys, docx
out = []
for p in sys.argv[1:]:
    try:
        d = docx.Document(p)
        texts = [x.text for x in d.paragraphs]
        out.append({"path": p, "ok": True, "paragraphs": len(texts), "first": texts[0] if texts else None,
                    "title": d.core_properties.title,
                    "bad": any(("\\ufffe" in t) or ("\\uffff" in t) for t in texts)})
    except Exception as e:
        out.append({"path": p, "ok": False, "error": repr(e)})
print(json.dumps(out, ensure_ascii=False))
`;

interface PyRead {
  path: string;
  ok: boolean;
  paragraphs?: number;
  first?: string | null;
  title?: string | null;
  bad?: boolean;
  error?: string;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'property-build-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('generated years always build and open in python-docx', () => {
  it('through the library and through buildOffice', async (ctx) => {
    const files: string[] = [];
    let n = 0;
    let viaBuildOffice = 0;
    await fc.assert(
      fc.asyncProperty(yearRecord, async (raw) => {
        const i = n++;
        // 1. The library directly: a schema-valid year always renders and encodes.
        const parsed = YearSchema.safeParse(raw);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
        const rendered = renderReport(buildModel(parsed.data!));
        expect(rendered.diagnostics).toEqual([]);
        expect(rendered.value).toBeDefined();
        const { buffer } = await renderDocx(rendered.value!);
        const direct = path.join(dir, `direct-${i}.docx`);
        await writeFile(direct, buffer);
        files.push(direct);

        // 2. buildOffice over a YAML file: built, or stopped by the data's own errors, never a tool failure.
        const yamlFile = path.join(dir, `year-${i}.yaml`);
        await writeFile(yamlFile, stringify(raw), 'utf8');
        const { result } = await buildOffice(yamlFile, { outDir: dir, fileName: `built-${i}.docx`, format: 'docx', force: true, cwd: dir });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (result.status === 'invalid') {
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) expect(DATA_RULE_ERRORS, `${e.code} ${e.message}`).toContain(e.code);
        } else {
          expect(result.status, errors.map((e) => `${e.code} ${e.message}`).join('\n')).toBe('built');
          expect(result.output && existsSync(result.output)).toBe(true);
          files.push(result.output!);
          viaBuildOffice++;
        }
      }),
      { numRuns: 25 },
    );
    // Random text rarely trips a data rule: most years must have gone all the way through buildOffice.
    expect(viaBuildOffice).toBeGreaterThanOrEqual(15);

    // Every generated document validates against ECMA-376, as Word reads it.
    if (!(await requireReader(['ooxml-validator'], ctx))) return;
    const v = await validateOoxml(files);
    expect(v.ok, v.report).toBe(true);

    if (!(await requireReader(['python-docx'], ctx))) return;
    const { stdout } = await run(SYSTEM_PYTHON, ['-c', READ_ALL, ...files], { maxBuffer: 64 * 1024 * 1024 });
    const reads = JSON.parse(stdout) as PyRead[];
    expect(reads).toHaveLength(files.length);
    for (const r of reads) {
      expect(r, `python-docx could not open ${r.path}: ${r.error}`).toMatchObject({ ok: true, bad: false });
      expect(r.paragraphs).toBeGreaterThan(3);
      // The title is the first paragraph and the document's title property.
      expect(r.first).toBeTruthy();
      expect(r.title).toBe(r.first);
    }
  });
});
