/**
 * YearData (validated) → YearModel: records sorted by date and grouped by what
 * the report says about them, with the derived numbers. Pure; no layout.
 */
import { SECTION_KEYS, type SectionKey, type YearData } from '../schema/year.js';
import { KEY_NUMBER_COLUMNS, type KeyNumberName } from './key-numbers.js';
import { buildFigures, percent, sumOf } from './numbers.js';
import { composeBodies, isDocument, officePoints, workAreas } from './wording.js';
import type {
  ActivityItem,
  CampaignItem,
  InspectionGroup,
  OwnSection,
  SectionExtras,
  StoryItem,
  StudyGroup,
  SupportGroup,
  TrainingItem,
  CommendationItem,
  GroupItem,
  InspectionItem,
  MechanismItem,
  MeetingItem,
  OtherCountItem,
  ProposalItem,
  Figures,
  SectionWording,
  StudyItem,
  SupportItem,
  YearModel,
} from './types.js';

/**
 * Short record fields are written into running prose, where a line break from
 * the YAML (a folded scalar, a pasted line) would read as a stray gap; Chinese
 * needs no space where the lines join. U+2028 is reserved by the renderer as its
 * line-break marker, so it is normalised to a plain line break in free text.
 */
const inline = (s: string): string => s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, '').trim();
const inlineOpt = (s: string | undefined): string | undefined => (s === undefined ? undefined : inline(s));
const free = (s: string): string => s.replace(/\r\n?|[\u2028\u2029]/g, '\n').trim();

/** Stable sort by ISO date; records without a date keep their order, after dated ones. */
function byDate<T extends { date: string | undefined }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const da = a.item.date ?? '9999';
      const db = b.item.date ?? '9999';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.item);
}

const monthsOf = (items: readonly { date: string | undefined }[]): number[] =>
  [...new Set(items.flatMap((i) => (i.date ? [Number(i.date.slice(5, 7))] : [])))].sort((a, b) => a - b);

const unique = (values: string[]): string[] => [...new Set(values)];

const PARTY_KINDS = ['党委会', '党工委会', '党政联席会'];
const CONSULTATION_KINDS = ['协商会', '恳谈会'];

export function buildModel(data: YearData): YearModel {
  const meetings = byDate(
    (data.meetings ?? []).map(
      (m, i): MeetingItem => ({
        ref: `meetings[${i}]`,
        date: m.date,
        kind: m.kind,
        topic: inline(m.topic),
        attendees: m.attendees,
        participants: inlineOpt(m.participants),
        outcome: inlineOpt(m.outcome),
      }),
    ),
  );
  const studies = byDate(
    (data.studies ?? []).map(
      (s, i): StudyItem => ({
        ref: `studies[${i}]`,
        date: s.date,
        form: s.form,
        topic: inline(s.topic),
        participants: s.participants,
        place: inlineOpt(s.place),
        outcome: inlineOpt(s.outcome),
      }),
    ),
  );
  const inspections = byDate(
    (data.inspections ?? []).map(
      (s, i): InspectionItem => ({
        ref: `inspections[${i}]`,
        date: s.date,
        kind: s.kind,
        subject: inline(s.subject),
        sites: (s.sites ?? []).map(inline),
        participants: s.participants,
        result: inlineOpt(s.result),
      }),
    ),
  );
  const proposals = byDate(
    (data.proposals ?? []).map(
      (p, i): ProposalItem => ({
        ref: `proposals[${i}]`,
        date: p.date,
        kind: p.kind,
        title: inline(p.title),
        by: inlineOpt(p.by),
        status: p.status,
        adopted: p.adopted === true,
        adoptedBy: inlineOpt(p.adoptedBy),
        instruction: inlineOpt(p.instruction),
        outcome: inlineOpt(p.outcome),
      }),
    ),
  );
  const activities = byDate(
    (data.activities ?? []).map(
      (a, i): ActivityItem => ({
        ref: `activities[${i}]`,
        date: a.date,
        kind: a.kind,
        title: inline(a.title),
        place: inlineOpt(a.place),
        quantity: a.quantity ? { value: a.quantity.value, unit: inline(a.quantity.unit), approx: a.quantity.approx } : undefined,
        amount: a.amount ? { value: a.amount.value, unit: a.amount.unit } : undefined,
        outcome: inlineOpt(a.outcome),
      }),
    ),
  );
  const mechanisms = byDate(
    (data.mechanisms ?? []).map(
      (m, i): MechanismItem => ({
        ref: `mechanisms[${i}]`,
        date: m.date,
        name: inline(m.name),
        action: m.action,
        content: inlineOpt(m.content),
      }),
    ),
  );
  const support = byDate(
    (data.support ?? []).map(
      (s, i): SupportItem => ({
        ref: `support[${i}]`,
        date: s.date,
        kind: s.kind,
        description: inline(s.description),
        amount: s.amount ? { value: s.amount.value, unit: s.amount.unit } : undefined,
        by: inlineOpt(s.by),
      }),
    ),
  );
  const groups = (data.members?.groups ?? []).map(
    (g, i): GroupItem => ({
      ref: `members.groups[${i}]`,
      name: inline(g.name),
      sector: inlineOpt(g.sector),
      members: g.members,
      leader: inlineOpt(g.leader),
      community: inlineOpt(g.community),
    }),
  );
  const commendations = byDate(
    (data.members?.commendations ?? []).map(
      (c, i): CommendationItem => ({
        ref: `members.commendations[${i}]`,
        date: c.date,
        title: inlineOpt(c.title),
        count: c.count,
        by: inlineOpt(c.by),
        names: (c.names ?? []).map(inline),
      }),
    ),
  );

  const stories = (data.members?.stories ?? []).map(
    (st, i): StoryItem & { section: string } => ({ ref: `members.stories[${i}]`, name: inline(st.name), story: inline(st.story), section: st.section ?? 'members' }),
  );
  const campaigns = (data.campaigns ?? []).map(
    (c, i): CampaignItem & { section: string } => ({
      ref: `campaigns[${i}]`,
      name: inline(c.name).replace(/^[“"]|[”"]$/g, ''),
      parts: c.parts.map(inline),
      among: inlineOpt(c.among) ?? '全体政协委员',
      outcome: inlineOpt(c.outcome),
      section: c.section ?? 'members',
    }),
  );
  const trainings = (data.trainings ?? []).map(
    (t, i): TrainingItem & { section: string } => ({
      ref: `trainings[${i}]`,
      title: inline(t.title),
      sessions: t.sessions,
      topics: t.topics.map(inline),
      participants: t.participants,
      section: t.section ?? 'liaison',
    }),
  );
  const strip = <T extends { section: string }>({ section: _s, ...rest }: T): Omit<T, 'section'> => rest;
  const extrasOf = (key: string): SectionExtras => ({
    campaigns: campaigns.filter((c) => c.section === key).map(strip),
    stories: stories.filter((c) => c.section === key).map(strip),
    trainings: trainings.filter((c) => c.section === key).map(strip),
  });

  const others = Object.fromEntries(SECTION_KEYS.map((k) => [k, [] as OtherCountItem[]])) as Record<SectionKey, OtherCountItem[]>;
  (data.counts?.other ?? []).forEach((o, i) => {
    others[o.section].push({ ref: `counts.other[${i}]`, name: inline(o.name), value: o.value, unit: inline(o.unit), approx: o.approx });
  });

  const tian = proposals.filter((p) => p.kind !== '社情民意信息');
  const care = activities.filter((a) => a.kind === '慰问' || a.kind === '捐助');
  const numbers = buildFigures(data);
  const tianCount = numbers.proposals?.value;
  const tianAdopted = numbers.proposalsAdopted?.value;

  const office = data.office;
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k): [SectionKey, SectionWording] => {
      const s = data.report?.sections?.[k];
      return [
        k,
        {
          heading: inlineOpt(s?.heading),
          intro: s?.intro === undefined ? undefined : free(s.intro),
          ...officePoints(s?.points ?? [], free),
          omit: s?.omit === true,
          subheadings: s?.subheadings ?? data.report?.subheadings === true,
        },
      ];
    }),
  ) as Record<SectionKey, SectionWording>;
  // An order that names only some sections still shows the others, after them:
  // leaving a section out is what `omit` is for, and silent loss is not.
  const own = (data.report?.own ?? []).map(
    (o): OwnSection => ({
      key: o.key,
      heading: inline(o.heading),
      intro: o.intro === undefined ? undefined : free(o.intro),
      ...officePoints(o.points, free),
      subheadings: o.subheadings ?? data.report?.subheadings === true,
      extras: extrasOf(o.key),
    }),
  );
  const known = new Set<string>([...SECTION_KEYS, ...own.map((o) => o.key)]);
  // An unknown key in report.order is a warning of the rules (SECTION_ORDER_UNKNOWN) and is skipped here.
  const order = unique([...(data.report?.order ?? []).filter((k) => known.has(k)), ...SECTION_KEYS, ...own.map((o) => o.key)]);

  const localStudies = studies.filter((s) => s.form !== '外出培训');
  const studyGroups: StudyGroup[] = unique(localStudies.map((s) => s.form)).map((form) => {
    const items = localStudies.filter((s) => s.form === form);
    return {
      form,
      items,
      documents: unique(items.filter((s) => isDocument(s.topic)).map((s) => s.topic)),
      themes: unique(items.filter((s) => !isDocument(s.topic)).map((s) => s.topic)),
    };
  });
  const inspectionGroups: InspectionGroup[] = unique(inspections.map((s) => s.kind)).map((kind) => ({ kind, items: inspections.filter((s) => s.kind === kind) }));
  const supportGroups: SupportGroup[] = unique(support.map((s) => s.by ?? '')).map((by) => ({ by: by === '' ? undefined : by, items: support.filter((s) => (s.by ?? '') === by) }));
  const bodies = composeBodies([inline(office.partyCommittee), inlineOpt(office.government)]);
  const superior = inline(office.superior);

  return {
    year: data.year,
    nextYear: data.year + 1,
    office: {
      name: inline(office.name),
      shortName: inline(office.shortName),
      township: inline(office.township),
      superior: inline(office.superior),
      superiorLevel: /([县区市旗])政协/.exec(office.superior)?.[1] ?? '县（区）',
      partyCommittee: inline(office.partyCommittee),
      government: inlineOpt(office.government),
      bodies,
      leaders: bodies.includes(superior) ? bodies : `${superior}和${bodies}`,
      signature: inline(office.signature ?? office.name),
      date: office.date,
    },
    members: {
      total: data.members?.total,
      province: data.members?.byLevel?.province,
      city: data.members?.byLevel?.city,
      county: data.members?.byLevel?.county,
      liaisonContacts: data.members?.liaisonContacts,
      groups,
      groupMembers: groups.length > 0 && groups.every((g) => g.members !== undefined) ? sumOf(groups, (g) => g.members) : undefined,
      commendations,
      commended: sumOf(commendations, (c) => c.count),
      people: data.members?.total !== undefined && data.members.liaisonContacts !== undefined ? data.members.total + data.members.liaisonContacts : undefined,
      stories: stories.map(strip),
    },
    areas: workAreas(data, numbers),
    campaigns: campaigns.map(strip),
    trainings: trainings.map(strip),
    extras: Object.fromEntries(SECTION_KEYS.map((k) => [k, extrasOf(k)])) as Record<SectionKey, SectionExtras>,
    meetings: {
      all: meetings,
      party: meetings.filter((m) => PARTY_KINDS.includes(m.kind)),
      general: meetings.filter((m) => !PARTY_KINDS.includes(m.kind) && !CONSULTATION_KINDS.includes(m.kind) && m.kind !== '座谈会'),
      forums: meetings.filter((m) => m.kind === '座谈会'),
      consultations: meetings.filter((m) => CONSULTATION_KINDS.includes(m.kind)),
      attendees: sumOf(meetings, (m) => m.attendees),
      months: monthsOf(meetings),
    },
    studies: {
      all: studies,
      local: studies.filter((s) => s.form !== '外出培训'),
      trips: studies.filter((s) => s.form === '外出培训'),
      participants: sumOf(studies, (s) => s.participants),
      forms: unique(studies.map((s) => s.form)),
      months: monthsOf(studies),
      groups: studyGroups,
    },
    inspections: {
      all: inspections,
      participants: sumOf(inspections, (s) => s.participants),
      kinds: unique(inspections.map((s) => s.kind)),
      groups: inspectionGroups,
    },
    proposals: {
      all: proposals,
      proposals: tian,
      opinions: proposals.filter((p) => p.kind === '社情民意信息'),
      adopted: proposals.filter((p) => p.adopted),
      instructed: proposals.filter((p) => p.instruction !== undefined),
      adoptedShare: tianCount !== undefined && tianAdopted !== undefined ? percent(tianAdopted, tianCount) : undefined,
    },
    activities: {
      all: activities,
      visits: activities.filter((a) => a.kind === '走访'),
      outreach: activities.filter((a) => a.kind === '联谊'),
      care,
      service: activities.filter((a) => ['接待', '宣传', '服务'].includes(a.kind)),
      careAmount: sumOf(care, (a) => (a.amount ? (a.amount.unit === '万元' ? Math.round(a.amount.value * 10000) : a.amount.value) : undefined)),
    },
    mechanisms,
    support,
    supportGroups,
    numbers: Object.fromEntries(Object.entries(numbers).map(([k, f]) => [k, f && f.value > 0 ? f : undefined])) as Figures,
    stats: numbers,
    others,
    // Filled by the model stage when last year's numbers are given (src/compare/with-previous.ts).
    compare: Object.fromEntries(KEY_NUMBER_COLUMNS.map(({ key }) => [key, undefined])) as Record<KeyNumberName, string | undefined>,
    text: {
      opening: data.text.opening === undefined ? undefined : free(data.text.opening),
      highlights: (data.text.highlights ?? []).map(free),
      shortcomings: data.text.shortcomings.map(free),
      plans: data.text.plans.map(free),
    },
    report: {
      title: inline(data.report?.title ?? `${data.year}年${office.name}工作总结`),
      order,
      sections,
      own,
      statistics: data.report?.statistics !== false,
    },
    current: undefined,
  };
}
