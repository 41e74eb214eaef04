/**
 * The points the program writes (issue 19): each has a stable id
 * (`members.study`), the section it belongs to in the classic four-part
 * outline, a Chinese label (docs, the ledger's drop-down, --explain) and its
 * template, templates/points/<id>.hbs. The kinds' table says which point each
 * kind (or group of a kind) feeds; the office's outline (report.outline) and
 * a record's own `point` move, merge, retitle or leave out points by these ids.
 *
 * A `lead` point is not numbered: it is written as a sentence at the head of
 * its chapter (the members' roster, the numbers kept in counts.other).
 * A point written `each` record on its own (campaigns) gives one numbered
 * point per record.
 */
import { SECTION_KEYS, type SectionKey } from './sections.js';

export interface PointSpec {
  id: string;
  section: SectionKey;
  label: string;
  lead?: true;
  each?: true;
}

export const POINTS = [
  { id: 'leadership.others', section: 'leadership', label: '加强领导部分的其他数字', lead: true },
  { id: 'leadership.party', section: 'leadership', label: '党委（党工委）研究部署' },
  { id: 'leadership.support', section: 'leadership', label: '保障投入' },
  { id: 'leadership.groups', section: 'leadership', label: '委员活动小组' },
  { id: 'leadership.mechanisms', section: 'leadership', label: '工作制度' },
  { id: 'leadership.deploy', section: 'leadership', label: '全体委员会议、工作会议' },
  { id: 'members.roster', section: 'members', label: '委员人数', lead: true },
  { id: 'members.others', section: 'members', label: '队伍建设部分的其他数字', lead: true },
  { id: 'members.study', section: 'members', label: '委员学习' },
  { id: 'members.trips', section: 'members', label: '外出培训' },
  { id: 'members.commendations', section: 'members', label: '表彰' },
  { id: 'members.stories', section: 'members', label: '委员风采' },
  { id: 'members.campaigns', section: 'members', label: '主题活动', each: true },
  { id: 'supervision.others', section: 'supervision', label: '民主监督部分的其他数字', lead: true },
  { id: 'supervision.inspections', section: 'supervision', label: '视察调研' },
  { id: 'supervision.proposals', section: 'supervision', label: '提案和建议' },
  { id: 'supervision.opinions', section: 'supervision', label: '社情民意信息' },
  { id: 'supervision.consultations', section: 'supervision', label: '协商会、恳谈会' },
  { id: 'liaison.others', section: 'liaison', label: '联络联谊部分的其他数字', lead: true },
  { id: 'liaison.forums', section: 'liaison', label: '座谈会' },
  { id: 'liaison.visits', section: 'liaison', label: '走访委员' },
  { id: 'liaison.outreach', section: 'liaison', label: '联谊' },
  { id: 'liaison.care', section: 'liaison', label: '慰问捐助' },
  { id: 'liaison.service', section: 'liaison', label: '接待、宣传、服务' },
  { id: 'liaison.trainings', section: 'liaison', label: '举办培训' },
  { id: 'liaison.delegations', section: 'liaison', label: '接待考察调研' },
] as const satisfies readonly PointSpec[];

export type PointId = (typeof POINTS)[number]['id'];

export const POINT_IDS = POINTS.map((p) => p.id) as unknown as readonly [PointId, ...PointId[]];

const BY_ID = new Map<string, PointSpec>(POINTS.map((p) => [p.id, p]));

export const isPointId = (id: string): id is PointId => BY_ID.has(id);

export const pointSpec = (id: PointId): PointSpec => BY_ID.get(id)!;

/** A point as a ledger's drop-down and its messages show it: 委员学习（members.study）, the name read, the id exact. */
export const pointShown = (id: PointId): string => `${pointSpec(id).label}（${id}）`;

/** The template of a point (templates/points/<id>.hbs), by name. */
export const pointTemplateName = (id: string): string => `points/${id}`;

/** Where a kind (or a group of it) is written by default: the point and the section it belongs to. */
export const at = (id: PointId): { section: SectionKey; point: PointId } => ({ section: pointSpec(id).section, point: id });

/** The points of a section, in the table's order. */
export const pointsOf = (section: SectionKey): PointSpec[] => POINTS.filter((p) => p.section === section);

/** “members.study（委员学习）、…”, for descriptions. */
export const pointList = (): string => SECTION_KEYS.map((s) => pointsOf(s).map((p) => `${p.id}（${p.label}）`).join('、')).join('；');
