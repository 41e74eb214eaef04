/**
 * `summary init` and `summary init --from` through the real CLI run(): what
 * they write passes `summary check` (warnings about empty sections only) and
 * `summary build` makes a .docx from it; nothing is overwritten without --force.
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/check-helpers.js';
import { cli } from '../support/cli-helpers.js';
import { EXAMPLES_DIR, exampleNames } from '../support/example-data.js';

interface Year {
  year: number;
  office: { date: string } & Record<string, unknown>;
  members: { total: number; groups?: unknown[] };
  text: { plans: string[] };
  [list: string]: unknown;
}

const QINGSHI = ['--name', '青石镇政协联络工作委员会', '--township', '青石镇', '--superior', '县政协', '--year', '2024'];

/** `summary check --format json` on `input` in `cwd`: the codes found. */
async function checkCodes(input: string, cwd: string): Promise<{ code: number; found: string[] }> {
  const r = await cli(['check', input, '--format', 'json'], cwd);
  const json = JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string }[] };
  return { code: r.code, found: json.diagnostics.map((d) => `${d.severity}:${d.code}`) };
}

async function buildsDocx(input: string, cwd: string): Promise<string[]> {
  const r = await cli(['build', input, '--out', 'out'], cwd);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(0);
  return readdirSync(path.join(cwd, 'out')).filter((f) => f.endsWith('.docx'));
}

/** A new year has no records yet: the only warnings are that parts (and the office's titled points of last year's outline) have nothing to say. */
const onlyEmptySections = (found: string[]) => found.every((c) => c === 'warning:SECTION_WITHOUT_CONTENT' || c === 'warning:OUTLINE_TEXT_UNUSED');

describe('summary init', () => {
  it('writes a file that passes check and builds into a .docx', async () => {
    const dir = tempDir();
    const r = await cli(['init', 'qingshi.yaml', ...QINGSHI], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入 qingshi.yaml');
    const checked = await checkCodes('qingshi.yaml', dir);
    expect(checked.code).toBe(0);
    expect(onlyEmptySections(checked.found)).toBe(true);
    expect(await buildsDocx('qingshi.yaml', dir)).toEqual(['2024年青石镇政协联络工作委员会工作总结.docx']);
  }, 30_000);

  it('starts with the schema modeline, which resolves to the committed schema', async () => {
    const dir = tempDir();
    await cli(['init', 'a.yaml', ...QINGSHI], dir);
    const first = readFileSync(path.join(dir, 'a.yaml'), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
    expect(m).not.toBeNull();
    expect(path.resolve(dir, m![1]!)).toBe(path.resolve('schema/summary.schema.json'));
  });

  it('fills in the options and what follows from them', async () => {
    const dir = tempDir();
    await cli(['init', 'a.yaml', '--name', '雁泉街道政协联络工作委员会', '--township', '雁泉街道', '--superior', '区政协', '--year', '2023'], dir);
    const data = parse(readFileSync(path.join(dir, 'a.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(data.year).toBe(2023);
    expect(data.office).toEqual({ name: '雁泉街道政协联络工作委员会', shortName: '街道政协联工委', township: '雁泉街道', superior: '区政协', partyCommittee: '街道党工委', date: '2023-12-31' });
    expect(data.meetings).toEqual([]);
    expect(data.text).toEqual({ highlights: [], shortcomings: [], plans: [] });
  });

  it('without --name, leaves blanks that check reports and says what to fill', async () => {
    const dir = tempDir();
    const r = await cli(['init', '--year', '2024', '--township', '青石镇'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2024.yaml');
    expect(r.stdout).toContain('还要填写：单位全称、文中简称、上级政协');
    const checked = await checkCodes('2024.yaml', dir);
    expect(checked.code).toBe(1);
    expect(checked.found.filter((c) => c.startsWith('error:'))).toEqual(['error:TEMPLATE_LEFTOVER', 'error:TEMPLATE_LEFTOVER', 'error:TEMPLATE_LEFTOVER']);
  });

  it('with --folder, writes a folder office that passes check and builds', async () => {
    const dir = tempDir();
    const r = await cli(['init', 'qingshi', '--folder', ...QINGSHI], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'qingshi')).sort()).toEqual(['office.yaml', 'records.yaml', 'text.yaml']);
    const checked = await checkCodes('qingshi', dir);
    expect(checked.code).toBe(0);
    expect(onlyEmptySections(checked.found)).toBe(true);
    expect(await buildsDocx('qingshi', dir)).toHaveLength(1);
  }, 30_000);

  it('refuses to overwrite (exit 2, in Chinese) and leaves the file as it was; --force overwrites', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), 'mine\n');
    const r = await cli(['init', 'a.yaml', ...QINGSHI], dir);
    expect(r.code).toBe(2);
    // The one writer's words (OUTPUT_EXISTS), the path as the user named it.
    expect(r.stderr).toContain('a.yaml 错误 OUTPUT_EXISTS “a.yaml”已经存在，没有覆盖它。');
    expect(r.stderr).toContain('确认可以覆盖时加 --force');
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('mine\n');
    const forced = await cli(['init', 'a.yaml', '--force', ...QINGSHI], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toContain('name: 青石镇政协联络工作委员会');
  });

  it('refuses a folder when any of its files exists', async () => {
    const dir = tempDir();
    await cli(['init', 'q', '--folder', ...QINGSHI], dir);
    writeFileSync(path.join(dir, 'q', 'text.yaml'), 'mine\n');
    const r = await cli(['init', 'q', '--folder', ...QINGSHI], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已经存在，没有覆盖它');
    expect(readFileSync(path.join(dir, 'q', 'text.yaml'), 'utf8')).toBe('mine\n');
  });

  it('makes the folder the file goes in', async () => {
    const dir = tempDir();
    const r = await cli(['init', '记录/2024/青石镇.yaml', ...QINGSHI], dir);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, '记录/2024/青石镇.yaml'))).toBe(true);
  });

  it('a year that is not a year is a usage error in Chinese', async () => {
    const r = await cli(['init', '--year', '24'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('选项 --year 的取值“24”不对，应为 1949 到 2100 之间的四位年份');
  });
});

describe('summary init --from', () => {
  it.each(exampleNames())('%s: rolled forward, passes check and builds', async (name) => {
    const dir = tempDir();
    copyFileSync(path.join(EXAMPLES_DIR, `${name}.yaml`), path.join(dir, `${name}.yaml`));
    const before = parse(readFileSync(path.join(dir, `${name}.yaml`), 'utf8')) as Year;
    const next = `${name.replace(/\d{4}$/, String(before.year + 1))}.yaml`;
    const r = await cli(['init', '--from', `${name}.yaml`], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, next), 'utf8');
    const after = parse(text) as Year;

    expect(after.year).toBe(before.year + 1);
    expect(after.office).toEqual({ ...before.office, date: before.office.date.replace(/^\d{4}/, String(before.year + 1)) });
    expect(after.members.total).toBe(before.members.total);
    expect(after.members.groups).toEqual(before.members.groups);
    for (const list of ['meetings', 'studies', 'inspections', 'proposals', 'activities', 'support', 'mechanisms', 'campaigns', 'trainings']) {
      if (list in before) expect(after[list], list).toEqual([]);
    }
    expect(after.text.plans).toEqual([]);
    // Last year's plans stay, as comments.
    for (const plan of before.text.plans) expect(text).toContain(`# - ${plan}`);
    // The office's own comments survive (the first comment line under the modeline).
    const ownComment = readFileSync(path.join(dir, `${name}.yaml`), 'utf8').split('\n').find((l, i) => i > 0 && l.startsWith('# '));
    if (ownComment) expect(text).toContain(ownComment);

    const checked = await checkCodes(next, dir);
    expect(checked.code).toBe(0);
    expect(onlyEmptySections(checked.found), checked.found.join()).toBe(true);
    expect(await buildsDocx(next, dir)).toHaveLength(1);
  }, 30_000);

  it('points the new file’s schema modeline at the committed schema from where the new file is', async () => {
    // The example's modeline is relative to examples/; copied elsewhere, it would point nowhere.
    const dir = tempDir();
    copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'qingshi-2021.yaml'));
    const r = await cli(['init', '--from', 'qingshi-2021.yaml', 'next/2022.yaml'], dir);
    expect(r.code).toBe(0);
    const first = readFileSync(path.join(dir, 'next/2022.yaml'), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
    expect(m).not.toBeNull();
    expect(path.resolve(dir, 'next', m![1]!)).toBe(path.resolve('schema/summary.schema.json'));
  });

  it('rolls a folder office forward into a folder of the same files, which passes check', async () => {
    const dir = tempDir();
    await cli(['init', 'baihe-2024', '--folder', '--name', '柏禾乡政协联络办公室', '--township', '柏禾乡', '--superior', '县政协', '--year', '2024'], dir);
    const r = await cli(['init', '--from', 'baihe-2024'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'baihe-2025')).sort()).toEqual(['office.yaml', 'records.yaml', 'text.yaml']);
    const office = readFileSync(path.join(dir, 'baihe-2025', 'office.yaml'), 'utf8');
    expect(office).toContain('# 柏禾乡政协联络办公室 2025 年的工作记录（summary init 生成）。');
    expect(parse(office)).toMatchObject({ year: 2025, office: { name: '柏禾乡政协联络办公室', partyCommittee: '乡党委', date: '2025-12-31' } });
    const checked = await checkCodes('baihe-2025', dir);
    expect(checked.code).toBe(0);
    expect(onlyEmptySections(checked.found)).toBe(true);
  });

  it('takes an explicit target and --year, and refuses to overwrite', async () => {
    const dir = tempDir();
    copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'last.yaml'));
    const r = await cli(['init', '--from', 'last.yaml', 'this.yaml', '--year', '2023'], dir);
    expect(r.code).toBe(0);
    const after = parse(readFileSync(path.join(dir, 'this.yaml'), 'utf8')) as { year: number; office: { date: string } };
    expect(after.year).toBe(2023);
    expect(after.office.date).toBe('2023-12-20');
    const again = await cli(['init', '--from', 'last.yaml', 'this.yaml', '--year', '2023'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已经存在，没有覆盖它');
  });

  it('last year with errors: exit 1, its errors shown, nothing written', async () => {
    const dir = tempDir();
    copyFileSync('examples/invalid/bad-date.yaml', path.join(dir, 'bad-2021.yaml'));
    const r = await cli(['init', '--from', 'bad-2021.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('INVALID_DATE');
    expect(r.stderr).toContain('先改正再转入新的一年');
    expect(existsSync(path.join(dir, 'bad-2022.yaml'))).toBe(false);
  });

  it('refuses the new-office options it would not use (exit 2), writing nothing', async () => {
    const dir = tempDir();
    copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'qingshi-2021.yaml'));
    const r = await cli(['init', '--from', 'qingshi-2021.yaml', '--name', '别的单位', '--folder'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能同时用 --name、--folder');
    expect(existsSync(path.join(dir, 'qingshi-2022.yaml'))).toBe(false);
  });

  it('a missing last year is exit 2', async () => {
    const r = await cli(['init', '--from', 'nothing-2021.yaml'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('FILE_NOT_FOUND');
  });
});
