/** Rules across records: dates, numbers that must agree, text that would print badly. */
import { entry, type Field } from './entry.js';

export const RULES = {
  DATE_OUTSIDE_YEAR: entry<Field & { value: string; year: number }>({
    severity: 'error',
    title: '日期不在本年度',
    message: '%{field}“%{value}”不在 %{year} 年内。',
    hint: '检查年份是否写错；不属于 %{year} 年的记录请移到对应年份的文件。',
  }),
  SIGNATURE_DATE_OUTSIDE: entry<{ value: string; year: number; nextYear: number }>({
    severity: 'error',
    title: '成文日期不在本年度或次年一月',
    message: '成文日期“%{value}”既不在 %{year} 年内，也不在 %{nextYear} 年 1 月：%{year} 年的总结不会在这时成文。',
    hint: '检查年份是否写错；成文日期应在 %{year} 年内或 %{nextYear} 年 1 月。',
  }),
  // `lastField`: the last record's date, named by its Chinese label; `lastAt`: its file:line.
  SIGNED_BEFORE_LAST_RECORD: entry<{ date: string; last: string; lastField: string; lastAt: string }>({
    severity: 'error',
    title: '成文日期早于最后一条记录',
    message: '成文日期 %{date} 早于最后一条记录的日期 %{last}（%{lastField}，%{lastAt}）。',
    hint: '把 office.date 改为全年最后一条记录之后的日期。',
  }),
  // `countAt`: file:line of the number; `records`: what is counted, by its label; `where`: the records' places, listed.
  // In a ledger (`sheet` given) the number is a cell of the 数字 sheet and the records are cells: no YAML key.
  COUNT_MISMATCH: entry<{ countTitle: string; countKey: string; countAt: string; value: number; records: string; actual: number; where: string; sheet?: string }>({
    severity: 'error',
    title: '数字与逐条记录不一致',
    message: {
      ifPresent: 'sheet',
      then: '“%{sheet}”表的%{countTitle}（%{countAt}）是 %{value}，而逐条记录的%{records}合计 %{actual}（%{where}）。',
      else: '“数字”中的%{countTitle}（counts.%{countKey}，%{countAt}）是 %{value}，而逐条记录的%{records}合计 %{actual}（%{where}）。',
    },
    hint: '两者同时写时必须一致：改正数字，或补全、删减逐条记录。',
  }),
  LEVELS_NOT_TOTAL: entry<{ sum: number; total: number; parts: string }>({
    severity: 'error',
    title: '各级委员人数之和不等于总数',
    message: '各级委员人数 %{parts} 合计 %{sum}，委员总数却是 %{total}。',
    hint: '核对 members.byLevel 与 members.total。',
  }),
  TEMPLATE_LEFTOVER: entry<Field & { found: string }>({
    severity: 'error',
    title: '模板空白未填',
    message: '%{field}中还留着模板空白“%{found}”。',
    hint: '把空白换成实际内容；没有的内容请整条删去。',
  }),
  PERSONAL_NUMBER: entry<Field & { kind: 'idCard' | 'mobile' }>({
    severity: 'warning',
    title: '文字中有个人号码',
    message: ['%{field}中好像有', { select: 'kind', cases: { idCard: '身份证号', mobile: '手机号码' } }, '，报告会打印并上报。'],
    hint: '确认确需写入；否则删去号码。',
  }),
  HALFWIDTH_PUNCTUATION: entry<Field & { found: string; near: string }>({
    severity: 'warning',
    title: '中文里有半角标点',
    message: '%{field}中有半角标点“%{found}”（“%{near}”），报告会原样印出。',
    hint: '改为全角标点：，；：？！（）。；数字和英文中的标点（如 2.5、8:30）不受影响。',
  }),
  INVISIBLE_CHARACTER: entry<Field & { codePoint: string }>({
    severity: 'warning',
    title: '文字中有不可见的控制字符',
    message: '%{field}中有不可见字符 %{codePoint}，生成报告前会被删去（它会让 Word 文件无法打开）。',
    hint: '这类字符多来自从网页或其他软件复制的文字；重新输入这一段可去掉它。',
  }),
  SECTION_WITHOUT_CONTENT: entry<{ section: string; key: string; feeds: string; sheet?: string; cell?: string }>({
    severity: 'warning',
    title: '报告的一部分没有内容',
    message: '这一年没有“%{section}”方面的记录（来源：%{feeds}），报告不写这一部分。',
    // A ledger has no YAML paths: each section has a 不写 row on the 报告设置 sheet (docs/ledger.md), the cell given.
    hint: {
      ifPresent: 'cell',
      then: '在相关的工作表里补充记录；确实不写这一部分时，在“%{sheet}”表的 %{cell} 格（%{section}·不写）选“是”（见 docs/ledger.md“报告设置”）。',
      else: '补充相关记录或 report.sections.%{key}.points；确实不写这一部分时，设 report.sections.%{key}.omit: true（用了 report.outline 而提纲里没有这一部分时不再提示）。',
    },
  }),
  // `sheet`: in a ledger, the settings sheet whose 部分顺序 row it is; the sections are named by their titles there.
  SECTION_ORDER_REPEATED: entry<{ section: string; key: string; sheet?: string }>({
    severity: 'warning',
    title: '部分顺序中重复',
    message: { ifPresent: 'sheet', then: '“%{sheet}”表的“部分顺序”中“%{section}”写了两次，报告只写一次。', else: '部分顺序（report.order）中“%{section}”（%{key}）写了两次，报告只写一次。' },
    hint: '删去重复的一项。',
  }),
  SECTION_ORDER_UNKNOWN: entry<{ key: string; known: string; sheet?: string }>({
    severity: 'warning',
    title: '部分顺序里有不认识的部分',
    message: {
      ifPresent: 'sheet',
      then: '“%{sheet}”表的“部分顺序”中的“%{key}”既不是四个部分之一，也不是自设部分的代号，这一项不起作用。',
      else: 'report.order 中的“%{key}”既不是四个部分之一，也不是 report.own 中自设部分的代号，这一项不起作用。',
    },
    hint: {
      ifPresent: 'sheet',
      then: '一行写一个：%{known}。自设部分要先在“自设部分”一格写明代号和标题。',
      else: '可写的代号：%{known}。自设部分要先在 report.own 中写明 key 和标题。',
    },
  }),
  TEXT_WORD_DOUBLED: entry<Field & { word: string; sentence: string }>({
    severity: 'warning',
    title: '一句话里同一个词用了两次',
    message: '%{field}中“%{word}”在同一句里出现了两次（“%{sentence}”），报告会原样印出。',
    hint: '一次就够：删去一处，或换一种说法（如“进一步加深了理解，履职能力得到提升”）。',
  }),
  SECTION_ORDER_INCOMPLETE: entry<{ sections: string; sheet?: string }>({
    severity: 'warning',
    title: '部分顺序中缺少某些部分',
    message: { ifPresent: 'sheet', then: '“%{sheet}”表的“部分顺序”中没有写%{sections}，报告把它们接在其他部分之后。', else: '部分顺序（report.order）中没有写%{sections}，报告把它们接在其他部分之后。' },
    hint: {
      ifPresent: 'sheet',
      then: '在“部分顺序”里写全四个部分，一行一个；确实不写某一部分时，在“%{sheet}”表这一部分的“不写”一行选“是”。',
      else: '在 report.order 中写全四个部分；确实不写某一部分时，设 report.sections.<部分>.omit: true。',
    },
  }),
  DUPLICATE_RECORD: entry<{ list: string; first: number }>({
    severity: 'warning',
    title: '重复的记录',
    message: '这条%{list}与第 %{first} 行的记录日期、类别和内容都相同。',
    hint: '如果是同一件事写了两次，请删去一条。',
  }),
  // `which`: the record's `point` or its `section`; `known`: what it may name. `sheet`: in a ledger, the outline's sheet.
  RECORD_PLACE_UNKNOWN: entry<Field & { value: string; which: 'point' | 'section'; known: string; sheet?: string }>({
    severity: 'error',
    title: '记录要写进的位置不存在',
    message: [
      '%{field}写的是“%{value}”，',
      {
        select: 'which',
        cases: {
          point: ['它既不是程序要点的代号，也不是', { ifPresent: 'sheet', then: '“%{sheet}”表', else: '提纲（report.outline）' }, '里要点的小标题，这条记录没有地方写。'],
          section: '报告里没有这个代号的部分，这条记录没有地方写。',
        },
      },
    ],
    hint: {
      select: 'which',
      cases: {
        point: {
          ifPresent: 'sheet',
          then: '从下拉列表中选一点；写到本单位自己的一点时，填它在“%{sheet}”表里的小标题，一字不差（见 docs/ledger.md“提纲”）。',
          else: '写要点的代号（如 %{known}，全部见 docs/data-format.md 的要点表），或先把自己的要点写进 report.outline。',
        },
        section: '可以写的有：%{known}。',
      },
    },
  }),
  // `missing`: what the n-th chapter (and its m-th point) lacks. `sheet`: in a ledger, the 提纲 sheet, whose columns the message names.
  OUTLINE_INCOMPLETE: entry<{ n: number; m?: number; missing: 'heading' | 'points' | 'pointBody' | 'pointTitle'; sheet?: string }>({
    severity: 'error',
    title: '提纲缺少内容',
    message: {
      ifPresent: 'sheet',
      then: [
        '“%{sheet}”表的第 %{n} 部分',
        {
          select: 'missing',
          cases: {
            heading: '没有部分标题：本单位自己的部分要填“部分标题”。',
            points: '没有要点：本单位自己的部分至少要有一点。',
            pointBody: '的第 %{m} 点既没有选“要点”，也没有填“正文”。',
            pointTitle: '的第 %{m} 点是自己写的正文，却没有填“小标题”。',
          },
        },
      ],
      else: [
        '提纲（report.outline）的第 %{n} 部分',
        {
          select: 'missing',
          cases: {
            heading: '没有标题：本单位自己的部分要写 heading。',
            points: '没有要点：本单位自己的部分要写 points。',
            pointBody: '的第 %{m} 点既没有 use（程序要点），也没有 text（自己写的正文）。',
            pointTitle: '的第 %{m} 点是自己写的正文，却没有小标题。',
          },
        },
      ],
    },
    hint: {
      ifPresent: 'sheet',
      then: {
        select: 'missing',
        cases: {
          heading: '填上部分标题；或在“内置部分”里选一个部分，用它的标题和要点。',
          points: '在这一行和下面几行的“要点”里选程序写的点，或填“小标题”和“正文”；或在“内置部分”里选一个部分，用它默认的要点。',
          pointBody: '在“要点”里选程序写的一点，或填“正文”。',
          pointTitle: '在“小标题”里填上这一点的小标题。',
        },
      },
      else: {
        select: 'missing',
        cases: {
          heading: '写上 heading: 这一部分的标题；或写 section: 内置部分的代号，用它的标题和要点。',
          points: '写上 points: 这一部分的要点；或写 section: 内置部分的代号，用它默认的要点。',
          pointBody: '写 use: 要点代号，或 title 和 text。',
          pointTitle: '写上 title: 小标题。',
        },
      },
    },
  }),
  OUTLINE_POINT_ADDED: entry<{ id: string; label: string; chapter: string; sheet?: string }>({
    severity: 'warning',
    title: '提纲里没有写到的要点',
    message: '要点 %{id}（%{label}）有记录或数字，提纲里却没有写它；报告把它补在“%{chapter}”这一部分里，不会丢掉。',
    hint: {
      ifPresent: 'sheet',
      then: '在“%{sheet}”表里想放的位置加一行，选这一点；确实不写时加一行选这一点，并在“不写”里选“是”。',
      else: '把它写进提纲里想放的位置；确实不写时列入 report.omit。',
    },
  }),
  OUTLINE_POINT_REPEATED: entry<{ id: string; label: string }>({
    severity: 'warning',
    title: '提纲里写了两次的要点',
    message: '要点 %{id}（%{label}）在提纲里写了两次，报告只写在第一次的位置。',
    hint: '删去一处。',
  }),
  // `sheet`: in a ledger, the 提纲 sheet, whose columns the message names (never report.outline's keys).
  OUTLINE_TEXT_UNUSED: entry<{ why: 'chapter' | 'point' | 'running' | 'settings'; n: number; m?: number; key: string; sheet?: string }>({
    severity: 'warning',
    title: '提纲里写了却印不出来的文字',
    message: {
      ifPresent: 'sheet',
      then: {
        select: 'why',
        cases: {
          chapter: '“%{sheet}”表的第 %{n} 部分没有可写的内容（它选的要点今年没有记录或数字，或已写在前面同一内置部分里），报告不写这一部分，它的部分标题、导语也不印出来。',
          point: '“%{sheet}”表的第 %{n} 部分第 %{m} 点选的要点今年没有记录或数字，也没有填“正文”，报告不写这一点，它的小标题也不印出来。',
          running: '“%{sheet}”表的第 %{n} 部分“写法”是“成段”，各点连成一段、不带小标题，第 %{m} 点的小标题不印出来。',
          settings: '填了“%{sheet}”表，报告设置里各部分的标题、要点和顺序就不再使用，不印出来。',
        },
      },
      else: {
        select: 'why',
        cases: {
          chapter: '提纲（report.outline）的第 %{n} 部分没有可写的内容（它的要点今年没有记录或数字，或已写在前面同一内置部分里），报告不写这一部分，它的标题、导语也不印出来。',
          point: '提纲（report.outline）的第 %{n} 部分第 %{m} 点写的要点今年没有记录或数字，也没有本单位自己的正文，报告不写这一点，它的小标题也不印出来。',
          running: '提纲（report.outline）的第 %{n} 部分写成“成段”，各点连成一段、不带小标题，第 %{m} 点的小标题不印出来。',
          settings: '写了提纲（report.outline），report.%{key} 就不再使用：它写的标题、导语和要点不印出来。',
        },
      },
    },
    hint: {
      ifPresent: 'sheet',
      then: {
        select: 'why',
        cases: {
          chapter: '删去这一部分的几行，或在“要点”里选今年有记录的点（同一内置部分只选一次）。',
          point: '删去这一行，或填上“正文”。',
          running: '要印出小标题就把“写法”改为“一是”或“（一）”；不要小标题就清空“小标题”。',
          settings: '把要写的标题、要点填进“%{sheet}”表，再清空报告设置里的这些行。',
        },
      },
      else: {
        select: 'why',
        cases: {
          chapter: '删去这一部分，或给它写上要点（内置部分只写一次）。',
          point: '删去这一点，或写上 text: 正文。',
          running: '要印出小标题就把 style 改为“一是”或“（一）”；不要小标题就删去 title。',
          settings: '把要写的标题、要点写进提纲（heading、intro、points），再删去 report.%{key}。',
        },
      },
    },
  }),
  OUTLINE_OMIT_USED: entry<{ id: string; label: string; sheet?: string }>({
    severity: 'warning',
    title: '不写的要点又写进了提纲',
    message: ['要点 %{id}（%{label}）', { ifPresent: 'sheet', then: '在“%{sheet}”表里选了“不写”', else: '列入了 report.omit' }, '，又写进了提纲：按不写处理。'],
    hint: { ifPresent: 'sheet', then: '要写它就删去选了“不写”的那一行；不写就删去提纲里写它的那一行。', else: '要写它就从 omit 中删去；不写就从提纲中删去。' },
  }),
} as const;
