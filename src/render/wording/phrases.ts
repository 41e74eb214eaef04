/**
 * The phrase banks (issue 19): for each construction the report writes, the
 * wordings the seeds use for it (../shared/seeds/), each fitting the same
 * content equally. Templates name a construction (`{{phrase "party.one" …}}`)
 * after deciding, from the records, which construction fits; the hash of what
 * is being written (./choose.ts) picks the wording. Slots: `{name}` is a value
 * the template passes; `{，name}` carries its punctuation and is left out with
 * an empty value.
 *
 * Kept as data, one table, so a reader can see every wording the program may
 * write, and the template checker refuses a name that is not here.
 */
export const PHRASES = {
  // ------------------------------------------------------------ chapter headings, by what a chapter holds
  // The four classic chapters (seed 000, domain.md), the functional ones (seed 001) and the thin year's (seed 000, 燕泉街道).
  'heading.leadership.party': ['加强领导、健全机制', '党委重视，保障到位', '加强组织领导，夯实工作基础', '强化组织保障，健全工作机制', '领导重视，夯实基层基础工作'],
  'heading.leadership.rules': ['健全机制，规范运行', '建章立制，夯实工作基础', '完善机制，强化保障', '建立健全工作机制'],
  'heading.members': ['抓住主体、加强建设', '加强学习、提升素质', '加强自身建设，提高履职能力', '强化学习，提高委员素质', '加强理论学习，提升履职水平'],
  'heading.members.activities': ['委员活动更多样', '丰富委员活动，发挥主体作用', '抓学习、搭平台，加强委员队伍建设', '加强队伍建设，激发履职活力'],
  'heading.supervision': ['扎实推进民主监督', '围绕中心，建言献策', '履行职能，积极建言献策', '视察调研，民主监督', '聚焦中心工作，认真履行职能'],
  'heading.supervision.functional': ['民主监督更有效', '民主监督更有力', '视察监督更有效'],
  'heading.advice': ['参政议政更主动', '建言献策更主动', '参政议政更有为'],
  'heading.service': ['服务发展更务实', '服务大局更务实', '服务发展更有为'],
  'heading.liaison': ['主动联络、增进友谊', '联络联谊更广泛', '加强联络，凝聚共识', '密切联系，增进团结', '广泛联络，增进友谊'],
  'heading.liaison.service': ['密切联系，服务群众', '联系群众，服务发展', '联络联谊，服务群众'],
  'heading.leadership.functional': ['组织保障更有力', '工作保障更有力', '机制保障更健全'],
  'heading.liaison.functional': ['联络联谊更广泛', '联系交友更广泛', '团结联谊更广泛'],
  'heading.thin.members': ['学习传达精神，提高委员素质', '加强学习，提高素质', '抓好学习，提升履职能力', '学习传达精神，加强自身建设'],
  'heading.thin.work': ['主动联络，增进友谊', '履行职能，建言献策', '联络委员，服务发展', '主动作为，履职尽责'],
  'heading.shortcomings': ['存在的不足', '存在的问题和不足', '工作中的不足', '存在的问题', '不足之处', '工作中存在的问题'],
  'heading.plans': ['明年工作打算', '{next}年工作打算', '下一步工作打算', '{next}年工作思路'],

  // ------------------------------------------------------------ the opening
  // Who guides, who leads, who supports (issue 19 item 3): each body named once.
  'relation.party': ['正确', '坚强', ''],
  'relation.superior': ['悉心', '精心', '具体', '有力', ''],
  'relation.government': ['大力', ''],
  // What the year was, said from what was done most (the areas with the most records).
  'opening.focus': [
    '把{top}作为全年工作的重点{，others}',
    '以{top}为重点开展工作{，others}',
    '突出抓了{top}{，同时抓好list}',
    '着力在{top}上下功夫{，others}',
    '围绕{township}中心工作，重点抓了{top}{，others}',
  ],
  // When nothing was done more than once, nothing stands out: the areas are named, none is called the year's focus.
  'opening.focus.modest': ['围绕{township}中心工作，开展了{all}', '结合{township}实际，开展了{all}', '主要开展了{all}'],
  'opening.others': ['{list}也有序推进', '{list}同步开展', '兼顾{list}', '{list}有序开展'],
  'opening.start': [
    '{year}年，{office}{relation}，{focus}。',
    '{year}年度，{office}{relation}，{focus}。',
    '一年来，{office}{relation}，{focus}。',
  ],
  'opening.members': [
    '{township}有{levels}政协委员{count}{，另有政协联络对象contacts}。{year}年，{office}{relation}，{focus}。',
    '{township}现有{levels}政协委员{count}{，政协联络对象contacts}。今年来，{office}{relation}，{focus}。',
    '驻{township}的{levels}政协委员共{count}{，另有政协联络对象contacts}。一年来，{office}{relation}，{focus}。',
  ],
  // What was new this year: a new body, a new rule, a new place, a named campaign.
  'opening.new': ['这一年，{things}。', '年内{things}。', '今年{things}。', '这一年新的做法是：{things}。'],
  // What came of it: the office's own highlights, or what was adopted.
  'opening.results': ['{things}。', '{things}，是这一年的主要收获。', '这一年，{things}。'],
  'opening.adopted': ['委员提出的意见建议有{n}件被采纳或采用', '{n}件提案建议和社情民意信息被有关方面采纳采用', '委员的{n}件意见建议得到采纳采用'],
  'opening.close': ['现将全年工作报告如下：', '主要工作情况如下：', '', '', '现将一年来的主要工作汇报如下：'],
  'opening.compare': ['与上年相比，{changes}{；rest}。', '同上年比，{changes}{；rest}。', '和上年相比，{changes}{，rest}。'],
  'opening.compareLevel': ['{list}与上年持平', '{list}保持上年水平'],

  // ------------------------------------------------------------ the closing
  'shortcomings.lead': [
    '回顾一年来的工作，也还存在一些薄弱环节：',
    '在肯定成绩的同时，我们也清醒地看到，工作中还存在一些不足：',
    '对照上级要求和委员期盼，工作还有差距：',
    '{office}的工作离上级的要求还有一定差距，主要是：',
  ],
  'shortcomings.paragraph.head': [
    '一年来，{office}做了一定的工作，取得了一定成效，但还存在一些不足之处：',
    '回顾一年来的工作，{office}也还存在一些不足：',
    '在看到成绩的同时，工作中也还有不少差距：',
    '工作中也还有一些薄弱环节：',
    '一年来，{office}的工作虽然取得了一些成绩，但也存在一些不足：',
    '总结一年来的工作，我们也清醒地认识到还存在不少问题：',
  ],
  'plans.lead': [
    '{next}年，{office}将重点抓好以下工作：',
    '{next}年，我们打算着重做好以下工作：',
    '新的一年，{office}将围绕以下几个方面开展工作：',
    '下一步，我们将着力抓好以下工作：',
    '{next}年的工作打算是：',
    '{next}年，我们将着重在以下几个方面下功夫：',
    '围绕{next}年的工作，{office}打算：',
  ],
  'plans.afterShortcomings': [
    '针对这些不足，{next}年重点做好以下工作：',
    '{next}年，我们将针对这些问题，着力抓好以下工作：',
    '这些问题有待今后加以解决。{next}年，我们打算从以下几方面入手：',
    '下一步，{office}将针对这些问题，重点做好以下几项工作：',
    '对这些问题，{office}将在{next}年认真加以改进，重点是：',
    '为此，{next}年我们将着力做好以下几方面工作：',
  ],

  // ------------------------------------------------------------ point titles, by what the point holds
  'title.party.plan': ['领导到位', '年初谋划部署', '党委谋划在先', '党委重视，部署在先', '党委统筹部署', '谋划在前，部署到位', '党委专题部署'],
  'title.party.many': ['领导到位', '党委重视，定期研究', '党委专题研究', '把握方向，定期研究', '定期听取工作汇报', '党委把方向、定任务', '加强党对政协工作的领导'],
  'title.party.count': ['领导到位', '党委重视', '定期研究部署', '党委定期听取汇报', '加强党的领导', '党委关心支持'],
  'title.support.both': ['投入到位', '保障到位', '落实经费和场地', '支持保障到位', '经费场地两落实', '搭建活动阵地', '保障有力'],
  'title.support.money': ['投入到位', '落实活动经费', '经费保障到位', '保障活动经费', '经费投入到位'],
  'title.support.place': ['投入到位', '建好活动阵地', '阵地建设到位', '搭建活动平台', '建设活动场所'],
  'title.support.other': ['投入到位', '保障到位', '支持到位', '保障有力', '支持保障到位'],
  'title.mechanism.both': ['机制到位', '健全组织，完善制度', '建组立制', '完善机制，规范运行', '建章立制，规范管理', '健全机制，夯实基础', '完善工作机制'],
  'title.mechanism.groups': ['组建活动小组', '健全组织网络', '完善组织机制', '机制到位', '分组联系委员', '健全活动小组'],
  'title.mechanism.rules': ['建章立制', '健全制度', '机制到位', '完善制度机制', '制定措施、强化管理', '建章立制，规范管理'],
  'title.deploy': ['部署到位', '会议部署', '统筹部署', '传达部署', '传达精神，部署工作', '召开会议部署工作'],
  'title.study.forms': ['强化学习，提高委员素质', '多种形式抓学习', '丰富学习形式', '抓学习强素质', '加强学习，筑牢思想基础', '学习形式多样', '创新学习方式'],
  'title.study.plain': ['强化学习，提高委员素质', '加强理论学习', '抓好委员学习', '抓学习强素质', '组织委员学习', '加强学习，筑牢思想基础', '学习传达精神'],
  'title.study.regular': ['坚持学习制度', '学习常态化', '坚持定期学习制度', '定期组织学习', '坚持经常性学习'],
  'title.trips': ['外出培训，开阔眼界', '组织外出培训', '外出培训学习', '外出培训，学习先进', '组织委员外出学习', '走出去学习'],
  'title.commendations': ['树立典型，激励先进', '评先树优', '表彰先进', '典型引路', '评优树先', '激励先进', '选树典型'],
  'title.stories': ['立足岗位作贡献', '委员风采', '履职尽责显风采', '岗位建功', '立足岗位建新功', '投身经济建设主战场', '委员岗位建功'],
  'title.campaign': ['开展{name}', '深入开展{name}', '以{name}为载体', '抓好{name}', '扎实开展{name}', '组织开展{name}', '积极开展{name}'],
  'title.campaign.long': ['开展主题活动', '主题活动', '以活动为载体', '开展特色活动', '组织主题活动'],
  'title.inspections': ['围绕中心开展视察调研', '视察调研', '深入基层视察调研', '开展视察调研', '精心组织调研视察', '认真组织实地视察', '结合重点工作开展调研'],
  'title.inspections.review': ['开展民主评议', '评议监督', '围绕中心开展视察评议', '组织民主评议', '开展评议监督'],
  'title.proposals': ['认真撰写提案建议', '围绕中心建言献策', '撰写提案，建言献策', '用好提案这一载体', '强化提案工作', '建言献策', '认真提交提案'],
  'title.opinions': ['及时反映社情民意', '反映社情民意', '畅通民意渠道', '收集反映群众呼声', '联系热点问题反映民意', '主动反映社情民意', '做好社情民意信息工作'],
  'title.consultations': ['开展协商恳谈', '协商议事', '搭建协商平台', '问政恳谈', '开展专题协商', '恳谈问政', '协商议事，凝聚共识'],
  'title.forums': ['召开座谈会，倾听委员呼声', '座谈交流', '倾听委员呼声', '座谈听意见', '搭建交流平台', '召开座谈会', '座谈交流，听取意见'],
  'title.visits': ['走访委员，增进感情', '走访联系委员', '上门走访，听取意见', '常态化走访委员', '走访委员', '深入走访，联系委员', '走访交友'],
  'title.outreach': ['开展联谊，凝聚共识', '联谊交友', '加强对外联谊', '广交朋友', '组织对外联谊活动', '增进各界人士联谊', '联络联谊'],
  'title.care': ['关爱群众，奉献爱心', '扶贫济困', '爱心帮扶', '慰问帮扶', '开展帮扶济困活动', '帮困济弱', '献爱心、送温暖'],
  'title.service': ['服务群众，宣传政协', '服务群众', '为民服务', '接待服务群众', '联系群众，服务群众', '为群众办实事', '搭建服务平台'],
  'title.trainings': ['举办培训，服务群众', '开展技能培训', '送技术、办培训', '办好实用技术培训', '搭建教育培训平台', '举办实用技术培训', '送技术，促发展'],
  'title.delegations': ['接待考察调研，交流互鉴', '接待来访考察', '交流互鉴', '做好接待考察', '强化对外交流', '接待考察，交流经验'],

  // ------------------------------------------------------------ point bodies
  // A Party committee meeting, one or two told as events (seed 000: 年初，镇党委专门召开党委会研究部署全年联络办工作).
  'party.one': [
    '{when，}{party}专门召开{kind}，{topic}{，who参加}{，outcome}',
    '{party}{于when}召开{kind}，{topic}{，outcome}{，who参加}',
    '{when，}{party}召开{kind}{，who参加}，{topic}{，outcome}',
    '{party}在{when的}{kind}上{topic}{，outcome}{，who参加}',
  ],
  // A Party meeting held on a rhythm (frequency): 1月起，镇党委每月召开党委会…… — never 每月，镇党委专门召开…… nor 于每月召开.
  'party.regular': ['{since起，}{party}{frequency}召开{kind}，{topic}{，who参加}{，outcome}', '{party}{since起}{frequency}召开{kind}，{topic}{，outcome}{，who参加}'],
  'party.again': ['{when，}又召开{kind}，{topic}{，outcome}{，who参加}', '{when}再次召开{kind}，{topic}{，outcome}{，who参加}', '随后{在when}召开的{kind}{topic}{，outcome}{，who参加}'],
  'party.many': ['全年{party}{n}召开会议研究政协工作，先后', '{party}全年召开会议研究政协工作{n}：', '一年中{party}{n}专题研究政协工作：'],
  'party.count': ['全年{party}召开会议听取、研究政协工作{n}', '{party}全年听取、研究政协工作{n}', '{party}年内{n}专题研究政协工作', '一年来{party}召开会议研究政协工作{n}'],
  'party.more': ['全年{party}共{n}召开会议研究政协工作', '{party}全年共研究政协工作{n}'],
  // A meeting the office held to deploy or inform (全体委员会议、工作会议、通报会).
  'meeting.one': ['{when，}召开{kind}，{topic}{，who参加}{，outcome}', '{when，}{who}参加的{kind}{topic}{，outcome}', '{office}{于when}召开{kind}，{topic}{，outcome}{，who参加}'],
  'meeting.regular': ['{since起，}{frequency}召开{kind}，{topic}{，who参加}{，outcome}', '{office}{since起}{frequency}召开{kind}，{topic}{，outcome}{，who参加}'],
  'meeting.many': ['先后召开{kinds}{n}：', '全年召开{kinds}{n}，先后', '{kinds}全年共召开{n}：'],
  // A forum or a consultation: who was invited, on what.
  'forum.one': [
    '{when，}{邀请participants}围绕{topic}召开{kind}{，people参加}{，outcome}',
    '{when，}围绕{topic}召开{kind}{，邀请participants参加}{，共people}{，outcome}',
    '{office}{于when}召开{kind}，{participants}{people}围绕{topic}座谈交流{，outcome}',
  ],
  'forum.regular': ['{since起，}{frequency}{邀请participants}围绕{topic}召开{kind}{，people参加}{，outcome}', '{office}{since起}{frequency}围绕{topic}召开{kind}{，邀请participants参加}{，共people}{，outcome}'],
  'forum.many': ['全年召开{kind}{n}，议题分别是：', '{kind}全年开了{n}：', '围绕以下议题召开{kind}{n}：'],
  'forum.count': ['全年召开{kind}{n}', '{kind}全年召开{n}', '年内召开{kind}{n}'],
  // Three or more activities of a point: the run's head; each then with its date and numbers in brackets.
  'run.head': ['先后', '全年先后', '一年来先后', ''],
  // Studies: the year's count said once; each form with its dates and places; documents studied, themes 围绕.
  'study.lead': ['全年组织委员学习培训{n}{，参学people}', '{year}年组织委员学习{n}{，参学people}', '一年来共组织学习培训{n}{，参学people}', '全年委员参加学习培训{n}{，共people}'],
  'study.only': ['全年组织委员{form}{n}{，参学people}', '{year}年共组织{form}{n}{，参学people}', '一年来委员{form}{n}{，参学people}'],
  // One study as one act (studyAct: 围绕……举办专题辅导; 集中学习了《……》), never a bare form between commas (6月上旬，专题辅导，围绕……).
  'study.form.one': ['{when，}{在place}{act}{，who参加}{，outcome}', '{when}{在place}{act}{，who参加}{，outcome}', '{when，}{在place}{act}{，outcome}{，who参加}'],
  'study.form.many': ['{form}{n}', '{form}共{n}', '{form}{n}次'],
  'study.regular': ['{在place}{act}{，who参加}{，outcome}', '坚持{在place}{act}{，who参加}{，outcome}'],
  'trip.one': [
    '{when，}组织{who}外出培训，赴{place}参加{topic}{，outcome}',
    '{who}{于when}外出培训，到{place}参加{topic}{，outcome}',
    '{when，}{who}赴{place}外出培训，参加{topic}{，outcome}',
  ],
  'trip.noplace': ['{when，}组织{who}外出培训，参加{topic}{，outcome}', '{who}{于when}外出培训，参加{topic}{，outcome}'],
  // Inspections (视察、调研、考察、评议).
  // A date in brackets after the act only when it is a day (6月24日); 年初、6月下旬 go before it.
  // {people} is the head-count the office wrote, or nothing: never a bare “委员参加” that says no more than the act.
  'inspection.one': ['{when，}组织{who}{act}{，result}', '{when，}{who}{act}{，result}', '{period，}{act}{（day）}{，people参加}{，result}'],
  'inspection.many': ['全年组织委员开展{kinds}{n}', '{year}年组织委员{kinds}{n}', '委员全年开展{kinds}{n}'],
  'inspection.count': ['全年组织委员视察调研{n}', '委员全年开展视察调研{n}', '组织委员视察调研{n}', '年内组织视察调研{n}'],
  // Proposals, suggestions, public-opinion items.
  'proposal.lead': ['{when，}委员提交提案{n}', '委员{于when}提交提案{n}', '委员{when}共提交提案{n}', '{year}年{when}委员共提交提案{n}'],
  'proposal.adopted': ['{src提出的}{title}被{adoptedBy}采纳', '{title}{（src提出）}被{adoptedBy}采纳办理', '{src提出的}{title}得到{adoptedBy}采纳'],
  'proposal.pending': ['{src提出的}{title}{status}', '{title}{（src提出）}{status}'],
  'opinion.lead': ['全年收集上报社情民意信息{n}', '全年报送社情民意信息{n}', '委员全年反映社情民意信息{n}', '收集、上报社情民意信息{n}'],
  'opinion.adopted': ['{src反映的}{title}被{adoptedBy}采用', '{title}{（src反映）}被{adoptedBy}采用', '{src反映的}{title}得到{adoptedBy}采用'],
  'opinion.pending': ['{src反映的}{title}{status}', '{title}{（src反映）}{status}'],
  // Activities: visits, outreach, care, service.
  'visit.lead': ['全年走访委员{n}', '一年来走访委员{n}', '全年共走访委员{n}', '走访委员全年达{n}'],
  // title: the act (activityAct), with its place and, for a regular one, its frequency (每月在……开展……; ……，每月一次).
  'activity.one': ['{when，}{title}{facts}{，outcome}', '{period，}{title}{（day）}{facts}{，outcome}', '{when}{title}{facts}{，outcome}'],
  'activity.regular': ['{自since起，}{title}{facts}{，outcome}', '{since起}{title}{facts}{，outcome}'],
  'activity.count': ['全年开展联络联谊、慰问、服务活动{n}', '一年来开展联谊、慰问和服务活动{n}', '全年组织联络联谊和服务活动{n}'],
  'care.total': ['全年慰问、捐助资金物资合计{amount}', '慰问捐助资金物资全年合计{amount}', '全年共送出慰问捐助资金物资{amount}'],
  // Groups and rules.
  'groups.head': ['把{who}按{sectors}行业组建了', '{who}按{sectors}行业组成了', '按照{sectors}行业，把{who}分成了'],
  'groups.head.plain': ['把{who}分成了', '{who}组成了', '按照就近和方便工作的原则，把{who}分成了'],
  'rule.verbs.建立': ['建立了', '制定了', '出台了'],
  'rule.verbs.修订': ['修订了', '修改了'],
  'rule.verbs.完善': ['完善了', '健全了'],
  'rule.verbs.落实': ['落实', '执行', '贯彻'],
  'rule.practice': ['坚持{content}', '坚持{content}的做法', '{content}，形成常态'],
  // Support given by a body (without one, the items stand alone under the point's title).
  'support.head': ['{by}', '{by}', '在{by}的支持下，{office}'],
  // The members, counted as the seeds count them.
  'roster.head': ['{township}有政协委员{total}', '{township}现有政协委员{total}', '驻{township}的各级政协委员有{total}'],
  'roster.tail': ['{、政协联络对象contacts}{，共people}。', '{；另有政协联络对象contacts}{，合计people}。', '{，政协联络对象contacts}{，共people}。'],
  // The other numbers of a chapter (counts.other), as its first sentence.
  'others.head': ['全年', '一年来', '年内', '今年'],
  // Campaigns, trainings, delegations.
  'campaign.body': ['在{among}中开展{parts}{，outcome}', '活动面向{among}{，内容是parts}{，outcome}', '{among}参加{，活动内容为parts}{，outcome}'],
  'training.one': ['举办{title}{sessions}{，培训people}，内容涵盖{topics}', '{title}办了{sessions}{，培训people}，内容有{topics}', '举办{title}{sessions}，围绕{topics}授课{，参训people}'],
  'delegation.lead': ['全年接待考察团、调研组{n}：', '一年来接待考察调研{n}：', '全年共接待来访考察{n}：'],
  'delegation.one': ['{when，}{visitors}{一行people}到{township}，围绕{subject}考察调研{，实地察看了sites}{，outcome}', '{visitors}{一行people}{于when}来{township}考察{subject}{，察看了sites}{，outcome}'],
} as const satisfies Record<string, readonly string[]>;

export type PhraseKey = keyof typeof PHRASES;

export const isPhraseKey = (key: string): key is PhraseKey => Object.prototype.hasOwnProperty.call(PHRASES, key);
