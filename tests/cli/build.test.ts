/**
 * `summary build` as users run it (`node bin/summary.js` over the built dist/),
 * for what the table of CLI cases (cases.ts) cannot hold: behaviours that need
 * more than one run or a look inside the files: no overwrite without --force,
 * --name kept inside --out, byte-identical builds, SOURCE_DATE_EPOCH, every
 * example's Markdown equal to its golden, --explain accounting for every
 * record. No output of any run may carry a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import { exampleNames } from '../support/example-data.js';
import { KINDS } from '../../src/schema/kinds/index.js';

const ROOT = process.cwd();
const QINGSHI = 'examples/qingshi-2021.yaml';
const QINGSHI_DOCX = '2021年青石镇政协联络工作委员会工作总结.docx';

interface Run {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}
/** Every run of the file, to check at the end that none printed a stack trace. */
const runs: Run[] = [];

function summary(args: string[], env: Record<string, string> = {}): Run {
  const base = { ...process.env, NO_COLOR: '1' } as Record<string, string | undefined>;
  delete base.SOURCE_DATE_EPOCH;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/summary.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...base, ...env } });
  const run = { args, code: r.status, stdout: r.stdout, stderr: r.stderr };
  runs.push(run);
  return run;
}

let dir: string;
/** A fresh folder under the test's temp folder (not created: the CLI must create --out). */
let seq = 0;
const fresh = (label: string) => path.join(dir, `${label}-${seq++}`);
const filesIn = (d: string) => (existsSync(d) ? readdirSync(d).sort() : []);

beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'cli-build-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('summary build: files', () => {
  it('re-runs just work: the same data writes nothing, new data rewrites the tool’s own report, an edited one is kept (or refused, exit 2, when the data changed); --force replaces it', () => {
    const out = fresh('twice');
    const record = '.summary-outputs.json';
    expect(summary(['build', QINGSHI, '--out', out]).code).toBe(0);
    const file = path.join(out, QINGSHI_DOCX);
    const first = readFileSync(file);
    const firstIno = statSync(file).ino;
    expect(filesIn(out)).toEqual([record, QINGSHI_DOCX]);

    const same = summary(['build', QINGSHI, '--out', out]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('报告已是最新');
    expect(statSync(file).ino).toBe(firstIno); // not even rewritten

    // Another date in the document's properties: other bytes from the same records, as changed data gives.
    const changed = summary(['build', QINGSHI, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toContain('已更新报告');
    const second = readFileSync(file);
    expect(second.equals(first)).toBe(false);
    expect(filesIn(out)).toEqual([record, QINGSHI_DOCX]); // no temp file left behind

    // Someone edits the report (in Word, say); the data as it was: the edit is kept, nothing to do.
    const edited = Buffer.concat([second, Buffer.from('（修改）')]);
    writeFileSync(file, edited);
    const kept = summary(['build', QINGSHI, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('保留了修改过的报告');
    expect(readFileSync(file).equals(edited)).toBe(true);

    // The data changes too: the edit is not overwritten, the run says so and how to replace it, exit 2.
    const refused = summary(['build', QINGSHI, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('OUTPUT_EDITED');
    expect(refused.stderr).toContain('改名或移到别处');
    expect(refused.stderr.trimEnd().split('\n').at(-1)).toBe('没有更新报告。');
    expect(refused.stdout).not.toContain('已生成');
    expect(readFileSync(file).equals(edited)).toBe(true);
    expect(filesIn(out)).toEqual([record, QINGSHI_DOCX]);

    const forced = summary(['build', QINGSHI, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('已更新报告');
    expect(readFileSync(file).equals(first)).toBe(true);
  });

  it('--name ../x.docx cannot leave --out: the separators are replaced and the file is written inside', () => {
    const parent = fresh('name');
    mkdirSync(parent);
    const out = path.join(parent, 'out');
    const r = summary(['build', QINGSHI, '--out', out, '--name', '../x.docx']);
    expect(r.code).toBe(0);
    expect(filesIn(parent)).toEqual(['out']);
    expect(existsSync(path.join(parent, 'x.docx'))).toBe(false);
    expect(filesIn(out)).toEqual(['.summary-outputs.json', '_x.docx']);
    expect(r.stdout).toContain('_x.docx');

    const abs = summary(['build', QINGSHI, '--out', out, '--name', path.join(parent, 'abs.docx')]);
    expect(abs.code).toBe(0);
    expect(existsSync(path.join(parent, 'abs.docx'))).toBe(false);
    expect(filesIn(out).length).toBe(3);
    expect(filesIn(parent)).toEqual(['out']);

    // A name with nothing usable left is refused, and nothing is written.
    const dots = summary(['build', QINGSHI, '--out', out, '--name', '../..']);
    expect(dots.code).toBe(2);
    expect(filesIn(out).length).toBe(3);
    expect(filesIn(parent)).toEqual(['out']);
  });

  it('two builds into two folders give identical bytes', () => {
    const a = fresh('det');
    const b = fresh('det');
    expect(summary(['build', QINGSHI, '--out', a]).code).toBe(0);
    expect(summary(['build', QINGSHI, '--out', b]).code).toBe(0);
    expect(readFileSync(path.join(a, QINGSHI_DOCX)).equals(readFileSync(path.join(b, QINGSHI_DOCX)))).toBe(true);
  });

  it('SOURCE_DATE_EPOCH=1700000000 puts 2023-11-14 in docProps/core.xml', () => {
    const out = fresh('epoch');
    expect(summary(['build', QINGSHI, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' }).code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(out, QINGSHI_DOCX))));
    const core = new TextDecoder().decode(parts['docProps/core.xml']);
    expect(core).toMatch(/<dcterms:created[^>]*>2023-11-14T22:13:20Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2023-11-14T22:13:20Z</);
    // Without it, the signature date (office.date) is used.
    const plain = fresh('epoch');
    expect(summary(['build', QINGSHI, '--out', plain]).code).toBe(0);
    const core2 = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(path.join(plain, QINGSHI_DOCX))))['docProps/core.xml']);
    expect(core2).toContain('2021-12-20');
  });
});

describe('summary build --annex', () => {
  it('attaches the statistics table the office did not ask for: the 附件 note before the signature, the table after it', () => {
    const out = fresh('annex');
    const r = summary(['build', QINGSHI, '--out', out, '--format', 'md', '--annex']);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(out, filesIn(out).find((f) => f.endsWith('.md'))!), 'utf8');
    const golden = readFileSync('tests/golden/qingshi-2021.md', 'utf8');
    // Off by default (the golden has no table); on, the body is the same and the table follows the signature.
    expect(golden).not.toContain('全年工作数据统计表');
    expect(md.indexOf('附件：全年工作数据统计表')).toBeLessThan(md.indexOf('青石镇政协联络工作委员会  \n2021年12月20日'));
    expect(md).toContain('| 类别 | 项目 | 数量 | 单位 |');
    expect(md.slice(0, md.indexOf('附件：'))).toBe(golden.slice(0, md.indexOf('附件：')));
  });
});

describe.each(exampleNames())('%s', (name) => {
  const input = `examples/${name}.yaml`;
  const golden = () => readFileSync(`tests/golden/${name}.md`, 'utf8');

  it('--format md writes the golden Markdown byte for byte', () => {
    const out = fresh('md');
    const r = summary(['build', input, '--out', out, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const files = filesIn(out).filter((f) => f !== '.summary-outputs.json');
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/工作总结\.md$/);
    expect(readFileSync(path.join(out, files[0]!), 'utf8')).toBe(golden());
  });

  it('--explain names every record of the data with a place in the report', () => {
    const out = fresh('explain');
    const r = summary(['build', input, '--out', out, '--explain']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('记录去向：');
    const explainFile = filesIn(out).find((f) => f.endsWith('.docx.explain.txt'));
    expect(explainFile).toBeDefined();
    const text = readFileSync(path.join(out, explainFile!), 'utf8');

    const data = parse(readFileSync(input, 'utf8'), { schema: 'core' }) as Record<string, unknown>;
    // Every list of records the format has (the kinds' table), read from the YAML as written.
    const lists: [string, unknown][] = KINDS.map((k) => [k.path.join('.'), k.path.reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], data)]);
    const refs = lists.flatMap(([key, list]) => (Array.isArray(list) ? list.map((_, i) => `${key}[${i}]`) : []));
    if (name !== 'baihe-counts-2022') expect(refs.length).toBeGreaterThan(15);

    const headings = golden()
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3).trim());
    const lines = text.split('\n');
    const unplaced: string[] = [];
    for (const ref of refs) {
      const at = lines.findIndex((l) => l.startsWith(`${ref} `));
      if (at < 0) {
        unplaced.push(`${ref}: not named`);
        continue;
      }
      const place = lines[at + 1] ?? '';
      if (!/^\s+→ /.test(place) || !headings.some((h) => place.includes(h))) unplaced.push(`${ref}: ${place}`);
    }
    expect(unplaced).toEqual([]);
    // And it names nothing that is not in the data.
    const named = lines.filter((l) => /^[a-z.]+\[\d+\]/.test(l)).map((l) => l.split(' ')[0]);
    expect(named.sort()).toEqual([...refs].sort());
  });
});

describe('every run', () => {
  it('printed no stack trace and no English error', () => {
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) {
      const all = r.stdout + r.stderr;
      expect(all, r.args.join(' ')).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
      expect(all, r.args.join(' ')).not.toMatch(/\b(Error|TypeError|ReferenceError):/);
      // Nor the parser's grammar talk (“Parse error on line 1 … Expecting 'CLOSE'”).
      expect(all, r.args.join(' ')).not.toMatch(/Parse error|Expecting '|got '[A-Z_]+'/);
      expect(all, r.args.join(' ')).not.toContain('node:internal');
    }
  });
});
