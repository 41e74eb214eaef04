/**
 * The year model: the office's facts and the numbers derived from them, with
 * no layout. Templates read it (src/render); the roll-up reads its key numbers.
 *
 * Every optional fact is a key that is present with the value `undefined`,
 * never a missing key: templates render with Handlebars' strict mode, which
 * throws on a missing key, and src/render/fields.ts declares exactly these keys
 * (a test holds the two equal).
 */
import type { CountKey, SectionKey } from '../schema/year.js';
import type { KeyNumberName, KeyNumbers } from './key-numbers.js';

/** Every itemised record carries the path of the record it came from, e.g. `meetings[3]`. */
export interface Ref {
  ref: string;
}

export interface MeetingItem extends Ref {
  date: string;
  kind: string;
  topic: string;
  attendees: number | undefined;
  participants: string | undefined;
  outcome: string | undefined;
}

export interface StudyItem extends Ref {
  date: string;
  form: string;
  topic: string;
  participants: number | undefined;
  place: string | undefined;
  outcome: string | undefined;
}

export interface InspectionItem extends Ref {
  date: string;
  kind: string;
  subject: string;
  sites: string[];
  participants: number | undefined;
  result: string | undefined;
}

export interface ProposalItem extends Ref {
  date: string;
  kind: string;
  title: string;
  by: string | undefined;
  status: string | undefined;
  adopted: boolean;
  adoptedBy: string | undefined;
  instruction: string | undefined;
  outcome: string | undefined;
}

export interface Quantity {
  value: number;
  unit: string;
  approx: '余' | '多' | undefined;
}

export interface Amount {
  value: number;
  unit: '元' | '万元';
}

export interface ActivityItem extends Ref {
  date: string;
  kind: string;
  title: string;
  place: string | undefined;
  quantity: Quantity | undefined;
  amount: Amount | undefined;
  outcome: string | undefined;
}

export interface MechanismItem extends Ref {
  date: string | undefined;
  name: string;
  action: string;
  content: string | undefined;
}

export interface SupportItem extends Ref {
  date: string | undefined;
  kind: string;
  description: string;
  amount: Amount | undefined;
  by: string | undefined;
}

export interface GroupItem extends Ref {
  name: string;
  sector: string | undefined;
  members: number | undefined;
  leader: string | undefined;
  community: string | undefined;
}

export interface CommendationItem extends Ref {
  date: string | undefined;
  title: string;
  count: number;
  by: string | undefined;
  names: string[];
}

export interface OtherCountItem extends Ref {
  name: string;
  value: number;
  unit: string;
  approx: '余' | '多' | undefined;
}

/** A merged number: the office's own count where it kept one, else derived from records. */
export interface Figure {
  value: number;
  approx: '余' | '多' | undefined;
  unit: string;
  /** `counts` when the office kept the number itself, `records` when derived. */
  source: 'counts' | 'records';
}

export type Figures = Record<CountKey, Figure | undefined>;

export interface SectionWording {
  heading: string | undefined;
  intro: string | undefined;
  points: string[];
  omit: boolean;
}

export interface YearModel {
  year: number;
  nextYear: number;
  office: {
    name: string;
    shortName: string;
    township: string;
    superior: string;
    /** 县 or 区 (from 县政协, 区政协): how the report names county-level members. */
    superiorLevel: string;
    partyCommittee: string;
    government: string | undefined;
    signature: string;
    date: string;
  };
  members: {
    total: number | undefined;
    province: number | undefined;
    city: number | undefined;
    county: number | undefined;
    liaisonContacts: number | undefined;
    groups: GroupItem[];
    /** Sum of the groups' member numbers, when every group gives one. */
    groupMembers: number | undefined;
    commendations: CommendationItem[];
    /** Members commended, summed over commendations. */
    commended: number | undefined;
  };
  meetings: {
    all: MeetingItem[];
    /** 党委会、党工委会、党政联席会: the Party committee hearing or deploying the office's work. */
    party: MeetingItem[];
    /** 全体委员会议、工作会议、通报会、常委会、其他会议. */
    general: MeetingItem[];
    forums: MeetingItem[];
    /** 协商会 and 恳谈会. */
    consultations: MeetingItem[];
    attendees: number | undefined;
    months: number[];
  };
  studies: {
    all: StudyItem[];
    /** 集中学习、以会代训、专题辅导、线上学习、交流研讨. */
    local: StudyItem[];
    /** 外出培训. */
    trips: StudyItem[];
    participants: number | undefined;
    forms: string[];
    months: number[];
  };
  inspections: {
    all: InspectionItem[];
    participants: number | undefined;
    kinds: string[];
  };
  proposals: {
    all: ProposalItem[];
    /** 提案 and 建议. */
    proposals: ProposalItem[];
    opinions: ProposalItem[];
    adopted: ProposalItem[];
    instructed: ProposalItem[];
    /** Share of 提案 adopted, in percent (one decimal), when any 提案 is known. */
    adoptedShare: number | undefined;
  };
  activities: {
    all: ActivityItem[];
    visits: ActivityItem[];
    outreach: ActivityItem[];
    /** 慰问 and 捐助. */
    care: ActivityItem[];
    /** 接待、宣传、服务. */
    service: ActivityItem[];
    /** Money given in 慰问 and 捐助, in 元. */
    careAmount: number | undefined;
  };
  mechanisms: MechanismItem[];
  support: SupportItem[];
  /** The year's numbers for prose: a number that is 0 is left out (`undefined`), since the report does not boast of nothing. */
  numbers: Figures;
  /** The same numbers with their zeros, for the statistics table and the key numbers. */
  stats: Figures;
  others: Record<SectionKey, OtherCountItem[]>;
  /**
   * This year against last year, per key number: “比上年增加2次”, “与上年持平”.
   * Filled by the model stage (src/compare/with-previous.ts) when last year's numbers
   * are given (`--previous`) and both years have the number; otherwise every
   * key is present and `undefined`, so a report without a previous year reads as before.
   */
  compare: Record<KeyNumberName, string | undefined>;
  /** Last year's key numbers, when given: the statistics table's 上年 column. */
  previous?: KeyNumbers;
  text: {
    opening: string | undefined;
    highlights: string[];
    shortcomings: string[];
    plans: string[];
  };
  report: {
    title: string;
    order: SectionKey[];
    sections: Record<SectionKey, SectionWording>;
    statistics: boolean;
  };
}
