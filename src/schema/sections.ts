/**
 * The report's four built-in sections, once: their keys (what the data,
 * report.order and a record's `section` write), their short titles (messages,
 * the statistics table, the roll-up), the headings the report gives them by
 * default (as the seeds word them; an office may reword each), and the work
 * areas each covers, which the opening names (扎实做好学习培训……工作) when the
 * year has records or numbers of them (the kinds say which area theirs show).
 * The schema, the rules, the model, the renderer and the template checker read this.
 */
export const SECTIONS = [
  { key: 'leadership', title: '加强领导', heading: '加强领导、健全机制', areas: [] },
  { key: 'members', title: '队伍建设', heading: '加强学习、提升素质', areas: ['学习培训'] },
  { key: 'supervision', title: '民主监督', heading: '扎实推进民主监督', areas: ['视察调研', '建言献策', '民主监督'] },
  { key: 'liaison', title: '联络联谊', heading: '主动联络、增进友谊', areas: ['联络联谊'] },
] as const satisfies readonly { key: string; title: string; heading: string; areas: readonly string[] }[];

export type SectionKey = (typeof SECTIONS)[number]['key'];

export const SECTION_KEYS = SECTIONS.map((s) => s.key) as unknown as readonly [SectionKey, ...SectionKey[]];

export const SECTION_TITLES = Object.fromEntries(SECTIONS.map((s) => [s.key, s.title])) as Record<SectionKey, string>;

export const isSectionKey = (key: string): key is SectionKey => (SECTION_KEYS as readonly string[]).includes(key);

/** “leadership（加强领导）、members（队伍建设）…”, for descriptions that list the sections. */
export const sectionList = (keys: readonly SectionKey[] = SECTION_KEYS): string => keys.map((k) => `${k}（${SECTION_TITLES[k]}）`).join('、');
