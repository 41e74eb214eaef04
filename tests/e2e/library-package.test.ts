// The package as a library: imported by its own name (Node resolves a
// package's "exports" from inside it, as a county script that installed it
// would), with types, and the docs' example run end to end. Runs the compiled
// dist/ (`npm run build` first, as npm test does). The name is read from
// package.json, so a rename fails only where a doc still says the old name.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; exports: Record<string, { types?: string; default?: string }> };
const EXAMPLE = 'examples/library/build-one.mjs';
const out = mkdtempSync(path.join(os.tmpdir(), 'summary-library-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe.runIf(existsSync('dist/index.js'))(`import '${pkg.name}' (compiled dist/)`, () => {
  it('resolves by name through "exports" to the public stages', () => {
    const r = node(['--input-type=module', '-e', `import * as lib from '${pkg.name}'; console.log(JSON.stringify(Object.keys(lib)));`]);
    expect(r.stderr).toBe('');
    const names = JSON.parse(r.stdout) as string[];
    for (const stage of ['loadYear', 'validateYear', 'prepareOffice', 'renderOffice', 'encodeReport', 'stageOutput', 'commitOutput', 'buildOffice', 'checkInputs', 'runBatch', 'writeRollup', 'showFrom', 'ok', 'failed']) {
      expect(names).toContain(stage);
    }
  });

  it('carries its types: the "types" condition names the declaration tsc wrote, and a script type-checks against it', () => {
    const types = pkg.exports['.']?.types ?? '';
    expect(existsSync(types)).toBe(true);
    // A TypeScript script inside the package, importing it by name: a wrong field is a type error.
    const dir = mkdtempSync(path.join(root, 'tests', '.library-types-'));
    try {
      const good = `import { prepareOffice, type Result, type PreparedOffice } from '${pkg.name}';\nconst p = await prepareOffice('x.yaml');\nconst r: Result<PreparedOffice> = p;\nexport const n: number = r.diagnostics.length;\n`;
      writeFileSync(path.join(dir, 'good.ts'), good);
      writeFileSync(path.join(dir, 'bad.ts'), `import { prepareOffice } from '${pkg.name}';\nconst p = await prepareOffice('x.yaml');\nexport const s: string = p.diagnostics;\n`);
      const tsc = (file: string) =>
        node(['node_modules/typescript/bin/tsc', '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', path.join(dir, file)]);
      const ok = tsc('good.ts');
      expect(ok.stdout + ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      const bad = tsc('bad.ts');
      expect(bad.status).not.toBe(0);
      expect(bad.stdout).toContain("not assignable to type 'string'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it(`docs/library.md's example imports the package by its name and shows that script`, () => {
    const script = readFileSync(EXAMPLE, 'utf8');
    expect(/\} from '([^']+)';/.exec(script)?.[1]).toBe(pkg.name);
    expect(readFileSync('docs/library.md', 'utf8')).toContain(EXAMPLE);
  });

  it('the example builds one office to a .docx, finds it up to date on a re-run, and never overwrites an edited one', () => {
    const first = node([EXAMPLE, 'examples/qingshi-2021.yaml', out]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const file = path.join(out, '2021年青石镇政协联络工作委员会工作总结.docx');
    expect(first.stdout).toBe(`已生成：${file}\n`);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const before = statSync(file).mtimeMs;

    const again = node([EXAMPLE, 'examples/qingshi-2021.yaml', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`已是最新：${file}\n`);
    expect(statSync(file).mtimeMs).toBe(before);

    // Edited by hand, then built from other data of the same office: left alone, said so.
    const edited = Buffer.concat([bytes, Buffer.from('edited')]);
    writeFileSync(file, edited);
    const changed = path.join(out, 'qingshi-changed.yaml');
    writeFileSync(changed, readFileSync('examples/qingshi-2021.yaml', 'utf8').replace('shortName: 镇政协联工委', 'shortName: 青石联工委'));
    const refused = node([EXAMPLE, changed, out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('OUTPUT_EDITED');
    expect(readFileSync(file)).toEqual(edited);
  }, 60_000);

  it('the example stops at bad data with exit 1 and file:line:col from the current folder', () => {
    mkdirSync(path.join(out, 'bad'), { recursive: true });
    const r = node([EXAMPLE, 'examples/invalid/typo-key.yaml', path.join(out, 'bad')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('examples/invalid/typo-key.yaml:14:5 错误 UNKNOWN_KEY');
    expect(r.stdout).toBe('');
  });
});
