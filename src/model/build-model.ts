/**
 * YearData (validated) → YearModel: the office, its members, every kind's
 * records as its declaration says (./records.ts), the year's numbers
 * (./numbers.ts), and the office's own words and layout. Pure; no layout.
 */
import { SECTION_KEYS, type SectionKey } from '../schema/sections.js';
import type { YearData } from '../schema/year.js';
import { KEY_NUMBER_COLUMNS, keyNumbersOf, type KeyNumberName } from './key-numbers.js';
import { buildFigures, proseNumbers } from './numbers.js';
import { free, inline, inlineOpt, kindEntries } from './records.js';
import { composeBodies, officePoints, workAreas } from './wording.js';
import type { OwnSection, SectionWording, YearModel } from './types.js';

const unique = (values: string[]): string[] => [...new Set(values)];

function officeOf(office: YearData['office']): YearModel['office'] {
  const bodies = composeBodies([inline(office.partyCommittee), inlineOpt(office.government)]);
  const superior = inline(office.superior);
  return {
    name: inline(office.name),
    shortName: inline(office.shortName),
    township: inline(office.township),
    superior,
    superiorLevel: /([县区市旗])政协/.exec(office.superior)?.[1] ?? '县（区）',
    partyCommittee: inline(office.partyCommittee),
    government: inlineOpt(office.government),
    bodies,
    leaders: bodies.includes(superior) ? bodies : `${superior}和${bodies}`,
    signature: inline(office.signature ?? office.name),
    date: office.date,
  };
}

function membersOf(members: YearData['members']): YearModel['members'] {
  return {
    total: members?.total,
    province: members?.byLevel?.province,
    city: members?.byLevel?.city,
    county: members?.byLevel?.county,
    liaisonContacts: members?.liaisonContacts,
    people: members?.total !== undefined && members.liaisonContacts !== undefined ? members.total + members.liaisonContacts : undefined,
  };
}

function reportOf(data: YearData): YearModel['report'] {
  const report = data.report;
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k): [SectionKey, SectionWording] => {
      const s = report?.sections?.[k];
      return [
        k,
        {
          heading: inlineOpt(s?.heading),
          intro: s?.intro === undefined ? undefined : free(s.intro),
          ...officePoints(s?.points ?? [], free),
          omit: s?.omit === true,
          subheadings: s?.subheadings ?? report?.subheadings === true,
        },
      ];
    }),
  ) as Record<SectionKey, SectionWording>;
  const own = (report?.own ?? []).map(
    (o): OwnSection => ({
      key: o.key,
      heading: inline(o.heading),
      intro: o.intro === undefined ? undefined : free(o.intro),
      ...officePoints(o.points, free),
      subheadings: o.subheadings ?? report?.subheadings === true,
    }),
  );
  const known = new Set<string>([...SECTION_KEYS, ...own.map((o) => o.key)]);
  // An order that names only some sections still shows the others, after them: leaving a section out
  // is what `omit` is for, and silent loss is not. An unknown key in report.order is a warning of the
  // rules (SECTION_ORDER_UNKNOWN) and is skipped here.
  const order = unique([...(report?.order ?? []).filter((k) => known.has(k)), ...SECTION_KEYS, ...own.map((o) => o.key)]);
  return { title: inline(report?.title ?? `${data.year}年${data.office.name}工作总结`), order, sections, own, statistics: report?.statistics !== false };
}

export function buildModel(data: YearData): YearModel {
  const figures = buildFigures(data);
  return {
    year: data.year,
    nextYear: data.year + 1,
    office: officeOf(data.office),
    members: membersOf(data.members),
    areas: workAreas(data, figures),
    ...kindEntries(data, figures),
    numbers: proseNumbers(figures),
    stats: figures,
    keyNumbers: keyNumbersOf(figures, data.members?.total),
    // Filled by the model stage when last year's numbers are given (src/compare/with-previous.ts).
    compare: Object.fromEntries(KEY_NUMBER_COLUMNS.map(({ key }) => [key, undefined])) as Record<KeyNumberName, string | undefined>,
    text: {
      opening: data.text.opening === undefined ? undefined : free(data.text.opening),
      highlights: (data.text.highlights ?? []).map(free),
      shortcomings: data.text.shortcomings.map(free),
      plans: data.text.plans.map(free),
    },
    report: reportOf(data),
    current: undefined,
  };
}
