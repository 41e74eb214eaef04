/**
 * The words offices choose from (会议类别、学习形式……), each with what it
 * means. The meanings reach editors as `enumDescriptions` and
 * `markdownEnumDescriptions` in the JSON Schema (src/schema/year.ts `choice`).
 */
export const MEETING_KINDS = [
  '党委会',
  '党工委会',
  '党政联席会',
  '座谈会',
  '协商会',
  '恳谈会',
  '全体委员会议',
  '工作会议',
  '通报会',
  '常委会',
  '其他会议',
] as const;

export const MEETING_KIND_NOTES: Record<(typeof MEETING_KINDS)[number], string> = {
  党委会: '镇党委会议听取或研究政协工作，计入“党委研究政协工作”。',
  党工委会: '街道党工委会议听取或研究政协工作，计入“党委研究政协工作”。',
  党政联席会: '党政联席会议研究政协工作，计入“党委研究政协工作”。',
  座谈会: '召开的座谈会，计入“座谈会”，写进联络联谊部分。',
  协商会: '就某一事项协商，计入“协商恳谈”，写进民主监督部分。',
  恳谈会: '与群众、企业恳谈，计入“协商恳谈”，写进民主监督部分。',
  全体委员会议: '召开的全体委员会议。',
  工作会议: '部署、推进工作的会议。',
  通报会: '向委员通报情况的会议。',
  常委会: '政协常委会会议。',
  其他会议: '以上都不是的会议。',
};

export const STUDY_FORMS = ['集中学习', '以会代训', '专题辅导', '外出培训', '线上学习', '交流研讨'] as const;

export const STUDY_FORM_NOTES: Record<(typeof STUDY_FORMS)[number], string> = {
  集中学习: '委员集中在一起学习。',
  以会代训: '结合会议进行学习。',
  专题辅导: '请人作专题辅导或讲座。',
  外出培训: '到外地参加培训或学习考察。',
  线上学习: '通过网络、微信群等学习。',
  交流研讨: '委员之间交流心得、研讨问题。',
};

export const INSPECTION_KINDS = ['视察', '调研', '考察', '评议'] as const;

export const INSPECTION_KIND_NOTES: Record<(typeof INSPECTION_KINDS)[number], string> = {
  视察: '委员到现场视察工作或项目。',
  调研: '围绕一个问题开展调查研究。',
  考察: '到外地考察学习。',
  评议: '对部门或行业工作进行民主评议，写进民主监督部分。',
};

export const PROPOSAL_KINDS = ['提案', '建议', '社情民意信息'] as const;

export const PROPOSAL_STATUSES = ['已提交', '已立案', '办理中', '已办结'] as const;

export const PROPOSAL_KIND_NOTES: Record<(typeof PROPOSAL_KINDS)[number], string> = {
  提案: '向政协全会或常委会提交的提案。',
  建议: '向党委政府或部门提出的意见建议。',
  社情民意信息: '收集上报的社情民意信息。',
};

export const PROPOSAL_STATUS_NOTES: Record<(typeof PROPOSAL_STATUSES)[number], string> = {
  已提交: '已经提交，尚未立案或答复。',
  已立案: '提案已被立案。',
  办理中: '承办单位正在办理。',
  已办结: '已经办理完毕。',
};

export const ACTIVITY_KINDS = ['走访', '联谊', '慰问', '捐助', '接待', '宣传', '服务'] as const;

export const ACTIVITY_KIND_NOTES: Record<(typeof ACTIVITY_KINDS)[number], string> = {
  走访: '走访委员、企业或群众。',
  联谊: '联络联谊活动，如与在外人士联谊。',
  慰问: '慰问困难群众、老人等。',
  捐助: '捐款捐物，可写 amount（金额）。',
  接待: '接待来访人员或考察团。',
  宣传: '宣传政策、发放资料，可写 quantity（如“200余份”）。',
  服务: '为群众、企业提供服务。',
};

/** Approximate numbers as Chinese says them: 20余次, 200多份. */
export const APPROX = ['余', '多'] as const;

export const APPROX_NOTES: Record<(typeof APPROX)[number], string> = { 余: '写作“20余次”。', 多: '写作“20多次”。' };

export const MONEY_UNITS = ['元', '万元'] as const;

export const MONEY_UNIT_NOTES: Record<(typeof MONEY_UNITS)[number], string> = { 元: '金额以元计。', 万元: '金额以万元计。' };

export const MECHANISM_ACTIONS = ['建立', '修订', '完善'] as const;

export const MECHANISM_ACTION_NOTES: Record<(typeof MECHANISM_ACTIONS)[number], string> = {
  建立: '新建立的制度。',
  修订: '对已有制度的修订。',
  完善: '对已有制度的补充完善。',
};

export const SUPPORT_KINDS = ['经费', '设备', '场地', '人员', '其他'] as const;

export const SUPPORT_KIND_NOTES: Record<(typeof SUPPORT_KINDS)[number], string> = {
  经费: '工作经费，可写 amount（金额）。',
  设备: '办公设备、车辆等。',
  场地: '办公或活动场所，如“委员之家”。',
  人员: '配备工作人员。',
  其他: '以上都不是的支持，如挂牌仪式。',
};

/** Who took part, where the office does not count heads (报告写“组织全体委员……”). */
export const PARTICIPATION_WORDS = ['全体委员', '部分委员'] as const;

export const PARTICIPATION_NOTES: Record<(typeof PARTICIPATION_WORDS)[number], string> = {
  全体委员: '全体委员参加，报告写“组织全体委员……”。',
  部分委员: '部分委员参加，报告写“组织部分委员……”。',
};

/** An amount the office does not know exactly: printed as written (召开座谈会多次, 提出意见建议若干条), never summed as a number. */
export const AMOUNT_WORDS = ['多次', '若干'] as const;

export const AMOUNT_WORD_NOTES: Record<(typeof AMOUNT_WORDS)[number], string> = {
  多次: '不知道确切次数，报告写“多次”。',
  若干: '不知道确切数量，报告写“若干”加单位，如“若干条”。',
};

/**
 * How often a practice recurs, for a record that stands for it rather than
 * for one day (a monthly 委员接待日): 报告写“每月开展……”，不写成某一天。
 * Such a record is not counted in a number of times (次): its times are not known.
 */
export const FREQUENCIES = ['每周', '每月', '每季度', '每半年', '多次'] as const;

export const FREQUENCY_NOTES: Record<(typeof FREQUENCIES)[number], string> = {
  每周: '每周一次，报告写“每周……”。',
  每月: '每月一次，报告写“每月……”。',
  每季度: '每季度一次，报告写“每季度……”。',
  每半年: '每半年一次，报告写“每半年……”。',
  多次: '全年多次，次数不确切，报告写“多次……”。',
};
