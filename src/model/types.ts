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
  /** Without a title the honour is generic: “全年有8人获得各级各部门的表彰奖励”. */
  title: string | undefined;
  count: number;
  by: string | undefined;
  names: string[];
}

/** One member's story (委员风采): “陈明委员今年又投资……”. */
export interface StoryItem extends Ref {
  name: string;
  story: string;
}

/** A named activity with its parts: 开展“五个一”活动. */
export interface CampaignItem extends Ref {
  name: string;
  parts: string[];
  among: string;
  outcome: string | undefined;
}

/** A kind of training with its count and contents: 举办实用技术培训3期，内容涵盖……. */
export interface TrainingItem extends Ref {
  title: string;
  sessions: number;
  topics: string[];
  participants: number | undefined;
}

/** What a section gets besides its own records: named activities, member stories, trainings. */
export interface SectionExtras {
  campaigns: CampaignItem[];
  stories: StoryItem[];
  trainings: TrainingItem[];
}

/** Studies of one form, with what they studied: documents are 学习了《……》, themes are 围绕……. */
export interface StudyGroup {
  form: string;
  items: StudyItem[];
  documents: string[];
  themes: string[];
}

/** Inspections of one kind (视察, 调研, 考察, 评议). */
export interface InspectionGroup {
  kind: string;
  items: InspectionItem[];
}

/** Support given by one body, so the body is named once for all it gave. */
export interface SupportGroup {
  by: string | undefined;
  items: SupportItem[];
}

/** A point the office wrote: title and body. */
export interface OfficePoint {
  title: string;
  body: string;
}

export interface OwnSection {
  key: string;
  heading: string;
  intro: string | undefined;
  points: OfficePoint[];
  /** Office text without a title: written after the section's opening, not numbered. */
  notes: string[];
  subheadings: boolean;
  extras: SectionExtras;
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
  points: OfficePoint[];
  /** Office text without a title: written after the section's opening, not numbered. */
  notes: string[];
  omit: boolean;
  subheadings: boolean;
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
    /** The Party committee and the government, each named once: 镇党委、政府. */
    bodies: string;
    /** Who leads the office's work, each body once: 县政协和镇党委、政府. */
    leaders: string;
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
    /** Members and liaison contacts together (委员14名、联络对象6名，共20人), when both are known. */
    people: number | undefined;
    stories: StoryItem[];
  };
  /** The work areas that have content this year, for the opening: 学习培训、视察调研…. */
  areas: string[];
  campaigns: CampaignItem[];
  trainings: TrainingItem[];
  /** Named activities, member stories and trainings of each of the four sections. */
  extras: Record<SectionKey, SectionExtras>;
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
    /** Local studies by form, in the order the forms first occur. */
    groups: StudyGroup[];
  };
  inspections: {
    all: InspectionItem[];
    participants: number | undefined;
    kinds: string[];
    groups: InspectionGroup[];
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
  supportGroups: SupportGroup[];
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
    /** The four sections' keys and the office's own sections' keys, in the order they are written. */
    order: string[];
    sections: Record<SectionKey, SectionWording>;
    own: OwnSection[];
    statistics: boolean;
  };
  /**
   * The office's own section being written, while templates/own.hbs renders
   * it (set by the renderer); `undefined` in every other part.
   */
  current: OwnSection | undefined;
}
