/**
 * YearData (validated) → YearModel: the office, its members, every kind's
 * records as its declaration says (./records.ts), the year's numbers
 * (./numbers.ts), and the office's own words and layout. Pure; no layout.
 */
import type { YearData } from '../schema/year.js';
import { compileOutline } from '../schema/outline.js';
import { KEY_NUMBER_COLUMNS, keyNumbersOf, type KeyNumberName } from './key-numbers.js';
import { buildFigures, proseNumbers } from './numbers.js';
import { free, inline, inlineOpt, kindEntries } from './records.js';
import { composeBodies, workAreas } from './wording.js';
import type { ModelOutline, YearModel } from './types.js';

function officeOf(office: YearData['office']): YearModel['office'] {
  const party = inline(office.partyCommittee);
  const government = inlineOpt(office.government);
  const bodies = composeBodies([party, government]);
  return {
    name: inline(office.name),
    shortName: inline(office.shortName),
    township: inline(office.township),
    superior: inline(office.superior),
    superiorLevel: /([县区市旗])政协/.exec(office.superior)?.[1] ?? '县（区）',
    partyCommittee: party,
    government,
    bodies,
    governmentShort: government === undefined ? undefined : bodies.slice(bodies.lastIndexOf('、') + 1),
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

/** The compiled outline with the office's words as the report prints them (text inline, paragraphs kept). */
function outlineOf(data: YearData): ModelOutline {
  const o = compileOutline(data);
  return {
    structure: o.structure,
    closing: o.closing,
    chapters: o.chapters.map((c) => ({
      key: c.key,
      sections: [...c.sections],
      heading: inlineOpt(c.heading),
      intro: c.intro === undefined ? undefined : free(c.intro),
      style: c.style,
      items: c.items.map((it) => ({ ids: [...it.ids], title: it.title === undefined ? undefined : inline(it.title), text: it.text === undefined ? undefined : free(it.text) })),
      notes: c.notes.map(free),
    })),
    omitted: [...o.omitted],
  };
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
    report: { title: inline(data.report?.title ?? `${data.year}年${data.office.name}工作总结`), statistics: data.report?.statistics === true, outline: outlineOf(data) },
  };
}
