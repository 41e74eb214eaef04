// One or two inspections told one by one: a head-count is said only when the office wrote one.
import { describe, expect, it } from 'vitest';
import { markdownOf } from '../support/render-year.js';

const SUBJECTS = ['重点项目建设', '人居环境整治', '油茶产业发展', '集镇污水管网', '高标准农田', '便民服务中心', '农村公路养护', '中小学校舍安全'];

function report(subject: string, date: string, participants?: number): string {
  return markdownOf({ inspections: [{ date, kind: '视察', subject, ...(participants === undefined ? {} : { participants }) }] });
}

describe('an inspection told alone', () => {
  // A generated year (read beside the seeds) printed 对……进行现场视察（5月11日），委员参加: a clause that says nothing the act did not.
  it.each(SUBJECTS.flatMap((s) => [[s, '2021-05-11'], [s, '2021-06-下旬']]))('%s (%s): no bare 委员参加 without a head-count', (subject, date) => {
    expect(report(subject, date)).not.toMatch(/[，。；]委员参加/);
  });

  it('says the head-count the office wrote', () => {
    expect(SUBJECTS.every((s) => report(s, '2021-06-下旬', 19).includes('19名委员'))).toBe(true);
  });
});

describe('the opening of a year where nothing was done twice', () => {
  // 2021年度，……，突出抓了视察调研 over a single inspection boasts (prose.md: thin years read modestly).
  it.each(SUBJECTS)('%s: names the work, calls nothing the year\'s focus', (subject) => {
    const opening = report(subject, '2021-05-11').split('\n').find((l) => l.includes('领导'))!;
    expect(opening).toContain('视察调研');
    expect(opening).not.toMatch(/重点|突出|着力|下功夫/);
  });
});
