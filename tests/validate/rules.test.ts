// The rules across records, each on the minimal valid year with one thing planted.
import { describe, expect, it } from 'vitest';
import { SECTION_KEYS } from '../../src/schema/year.js';
import { SECTION_FEEDS, sectionHasContent } from '../../src/validate/rules/section-feeds.js';
import { at, BASE, checkText, codes } from '../support/check-helpers.js';

const withCounts = (counts: string, extra = '') => `${BASE}${extra}counts:\n${counts}`;

describe('counts agree with itemised records', () => {
  it('a count with nothing itemised to compare with is simply the number (counts.consultations, no 协商会 or 恳谈会)', async () => {
    const { diagnostics } = await checkText(withCounts('  consultations: 2\n', 'activities: []\n'));
    expect(codes(diagnostics)).toEqual([]);
  });

  it.each([
    ['forums', '  forums: 2\n', '', 2, 1],
    ['meetings', '  meetings: 3\n', '', 3, 2],
    ['partyMeetings', '  partyMeetings: 2\n', '', 2, 1],
    ['studies', '  studies: 4\n', '', 4, 1],
    ['inspections', '  inspections: 0\n', '', 0, 1],
    ['proposals', '  proposals: 5\n', 'proposals:\n  - date: 2021-01-15\n    kind: 提案\n    title: 关于扶持油茶产业发展的提案\n', 5, 1],
    ['opinions', '  opinions: 3\n', 'proposals:\n  - date: 2021-05-08\n    kind: 社情民意信息\n    title: 农村独居老人照护存在空档\n', 3, 1],
    [
      'visits',
      '  visits: 30\n',
      'activities:\n  - date: 2021-03-30\n    kind: 走访\n    title: 一季度走访委员\n    quantity: { value: 12, unit: 人次 }\n  - date: 2021-06-30\n    kind: 走访\n    title: 二季度走访委员\n    quantity: { value: 10, unit: 人次 }\n',
      30,
      22,
    ],
  ])('counts.%s that disagrees is an error naming both numbers', async (key, counts, extra, value, actual) => {
    const { diagnostics } = await checkText(withCounts(counts, extra));
    expect(codes(diagnostics)).toEqual(['COUNT_MISMATCH']);
    const d = diagnostics[0]!;
    expect(d.message).toContain(`counts.${key}`);
    expect(d.message).toContain(` ${value}`);
    expect(d.message).toContain(`合计 ${actual}`);
    expect(d.message).toMatch(/year\.yaml 第 \d+/);
    expect(d.path).toEqual(['counts', key]);
  });

  it('agreeing and approximate counts pass', async () => {
    const { diagnostics } = await checkText(withCounts('  forums: 1\n  meetings: 2\n  studies: { value: 20, approx: 余 }\n'));
    expect(diagnostics).toEqual([]);
  });
});

describe('other rules', () => {
  it('members.byLevel must add up to members.total', async () => {
    const ok = await checkText(BASE.replace('meetings:\n', 'members:\n  total: 5\n  byLevel: { city: 2, county: 3 }\nmeetings:\n'));
    expect(ok.diagnostics).toEqual([]);
    const bad = await checkText(BASE.replace('meetings:\n', 'members:\n  total: 6\n  byLevel: { city: 2, county: 3 }\nmeetings:\n'));
    expect(at(bad.diagnostics)).toEqual([{ code: 'LEVELS_NOT_TOTAL', line: 11, column: 3 }]);
  });

  it.each(['___', '20XX年', 'xx镇', '××村', '某某同志', '[请填写]', '（填写）', 'XXX', '【请填写会议名称】'])('template blank %s is an error', async (blank) => {
    const { diagnostics } = await checkText(BASE.replace('党史学习教育专题学习', `党史学习${blank}`));
    expect(codes(diagnostics)).toEqual(['TEMPLATE_LEFTOVER']);
  });

  it.each(['XXL号文化衫', 'Xbox', '2021年第3次'])('ordinary text %s is not a template blank', async (text) => {
    const { diagnostics } = await checkText(BASE.replace('党史学习教育专题学习', text));
    expect(diagnostics).toEqual([]);
  });

  it('ID-card and mobile numbers in text are warnings', async () => {
    const id = await checkText(BASE.replace('党史学习教育专题学习', '联系人身份证43010219800101123X'));
    expect(id.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PERSONAL_NUMBER', 'warning']]);
    expect(id.diagnostics[0]!.message).toContain('身份证号');
    const mobile = await checkText(BASE.replace('党史学习教育专题学习', '联系电话 13912345678'));
    expect(mobile.diagnostics[0]!.message).toContain('手机号码');
  });

  it('dates outside the year are errors; the signature may fall early next year', async () => {
    const early = await checkText(BASE.replace('  date: 2021-12-20', '  date: 2022-01-05'));
    expect(early.diagnostics).toEqual([]);
    // The moved record now also lies after the signature.
    const wrong = await checkText(BASE.replace('2021-06-22', '2022-06-22'));
    expect(codes(wrong.diagnostics)).toEqual(['SIGNED_BEFORE_LAST_RECORD', 'DATE_OUTSIDE_YEAR']);
    expect(wrong.diagnostics[1]!.path).toEqual(['inspections', 0, 'date']);
  });

  it('a 2021 report signed 2022-12-24 (or in February 2022) is refused at office.date: only the next January is allowed', async () => {
    const before = await checkText(BASE.replace('  date: 2021-12-20', '  date: 2020-12-31'));
    expect(codes(before.diagnostics)).toEqual(['SIGNATURE_DATE_OUTSIDE', 'SIGNED_BEFORE_LAST_RECORD']);
    for (const date of ['2022-12-24', '2022-02-01']) {
      const r = await checkText(BASE.replace('  date: 2021-12-20', `  date: ${date}`));
      expect(codes(r.diagnostics)).toEqual(['SIGNATURE_DATE_OUTSIDE']);
      expect(r.diagnostics[0]!.path).toEqual(['office', 'date']);
      expect(r.diagnostics[0]!.message).toContain(date);
    }
  });

  it('a signature date before the last record is an error; a month date counts as the whole month', async () => {
    const bad = await checkText(BASE.replace('  date: 2021-12-20', '  date: 2021-06-01'));
    expect(codes(bad.diagnostics)).toEqual(['SIGNED_BEFORE_LAST_RECORD']);
    const month = await checkText(BASE.replace('  date: 2021-12-20', '  date: 2021-06'));
    expect(month.diagnostics).toEqual([]);
  });

  it('duplicate records warn at the second one', async () => {
    const dup = BASE.replace('studies:\n', '  - date: 2021-04-16\n    kind: 座谈会\n    topic: 乡村振兴与农村人居环境整治\nstudies:\n');
    const { diagnostics } = await checkText(dup);
    expect(at(diagnostics)).toEqual([{ code: 'DUPLICATE_RECORD', line: 17, column: 5 }]);
    expect(diagnostics[0]!.message).toContain('第 14 行');
  });
});

describe('sections with nothing to feed them', () => {
  const noInspections = BASE.replace(/inspections:\n(?: {2}.*\n)+/, '');

  it('warn, naming the section', async () => {
    const { diagnostics } = await checkText(noInspections);
    expect(codes(diagnostics)).toEqual(['SECTION_WITHOUT_CONTENT']);
    expect(diagnostics[0]!.message).toContain('民主监督');
  });

  it('are quiet when omitted, or fed by points or counts.other', async () => {
    for (const extra of [
      'report:\n  sections:\n    supervision:\n      omit: true\n',
      'report:\n  sections:\n    supervision:\n      points: [组织委员参加县政协民主评议]\n',
      'counts:\n  other:\n    - { name: 民主评议部门, value: 2, unit: 个, section: supervision }\n',
      'counts:\n  suggestions: 9\n',
    ]) {
      const { diagnostics } = await checkText(noInspections + extra);
      expect(diagnostics).toEqual([]);
    }
  });

  it('the mapping covers every section and agrees with sectionHasContent', async () => {
    expect(Object.keys(SECTION_FEEDS).sort()).toEqual([...SECTION_KEYS].sort());
    const { loaded } = await checkText(BASE);
    for (const key of SECTION_KEYS) expect(sectionHasContent(loaded.data!, key)).toBe(true);
  });
});

describe('half-width punctuation in Chinese text', () => {
  const withShortcoming = (line: string) => BASE.replace(/shortcomings:\n(\s+)- .*\n/, (_m, indent: string) => `shortcomings:\n${indent}- ${JSON.stringify(line)}\n`);

  it.each([
    ['调查研究还不够深入, 成果不多', ','],
    ['调查研究还不够深入；成果不多.', '.'],
    ['委员(政协)参加', '('],
    ['问题是:怎样做', ':'],
  ])('“%s” is a warning naming “%s”', async (line, found) => {
    const { diagnostics } = await checkText(withShortcoming(line));
    expect(codes(diagnostics)).toEqual(['HALFWIDTH_PUNCTUATION']);
    expect(diagnostics[0]!.message).toContain(`半角标点“${found}”`);
    expect(diagnostics[0]!.severity).toBe('warning');
  });

  it.each(['增长2.5%，成效明显', '上午8:30召开会议', '参观A,B两个基地', '全年工作取得成效。'])('“%s” is fine', async (line) => {
    const { diagnostics } = await checkText(withShortcoming(line));
    expect(codes(diagnostics)).toEqual([]);
  });
});

describe('a real date in a loose form', () => {
  it('2021-12-1 is told how to write it (2021-12-01), not that the date does not exist', async () => {
    const { diagnostics } = await checkText(BASE.replace(/date: 2021-12-\d\d/, 'date: 2021-12-1'));
    const d = diagnostics.find((x) => x.code === 'INVALID_DATE');
    expect(d?.message).toContain('写法不对');
    expect(d?.hint).toBe('写成“2021-12-01”。');
  });

  it('2021-02-29 is still a date that does not exist', async () => {
    const { diagnostics } = await checkText(BASE.replace(/date: 2021-12-\d\d/, 'date: 2021-02-29'));
    expect(diagnostics.find((x) => x.code === 'INVALID_DATE')?.message).toContain('不是一个有效日期');
  });
});

describe('report.order as written', () => {
  it('a section named twice and sections left out are warnings, each at its place', async () => {
    const { diagnostics } = await checkText(`${BASE}report:\n  order: [liaison, liaison, members]\n`);
    const repeated = diagnostics.find((d) => d.code === 'SECTION_ORDER_REPEATED');
    const missing = diagnostics.find((d) => d.code === 'SECTION_ORDER_INCOMPLETE');
    expect(repeated?.severity).toBe('warning');
    expect(repeated?.path).toEqual(['report', 'order', 1]);
    expect(missing?.message).toContain('加强领导（leadership）、民主监督（supervision）');
  });

  it('an omitted section need not be in the order', async () => {
    const { diagnostics } = await checkText(
      `${BASE}report:\n  order: [liaison, members, leadership]\n  sections:\n    supervision: { omit: true }\n`,
    );
    expect(codes(diagnostics).filter((c) => c.startsWith('SECTION_ORDER'))).toEqual([]);
  });
});
