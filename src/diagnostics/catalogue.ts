/**
 * The one catalogue of every diagnostic the tool can give.
 *
 * A code is permanent: once released it keeps its meaning and is never reused,
 * because CI scripts and the docs (docs/diagnostics.md, generated from this
 * file by scripts/diagnostics-doc.mjs and held to it by a test) refer to it.
 * Each entry has a Chinese title (what happened), a message builder (why, with
 * the facts of this case) and a hint (what to do).
 */
import { isCalendarDate } from '../schema/year.js';
import type { Diagnostic, Severity } from './diagnostic.js';

interface Entry<P> {
  severity: Severity;
  /** Chinese: what happened, in a few words. */
  title: string;
  message: (p: P) => string;
  /** Chinese: what to do about it. */
  hint?: string | ((p: P) => string);
}

/** Identity helper that lets each entry declare the type of its parameters. */
const entry = <P = Record<string, never>>(e: Entry<P>): Entry<P> => e;

type Field = { field: string };

/** 2021-6-1 or 2021/6/1: a real date in the wrong form, not a wrong date. */
const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
const padDate = (v: string): string => {
  const m = LOOSE_DATE.exec(v);
  if (!m) return v;
  const pad = (x: string) => x.padStart(2, '0');
  return m[3] === undefined ? `${m[1]}-${pad(m[2] as string)}` : `${m[1]}-${pad(m[2] as string)}-${pad(m[3])}`;
};
const padHint = (v: string): string | undefined => {
  if (!LOOSE_DATE.test(v) || padDate(v) === v || !isCalendarDate(padDate(v))) return undefined;
  return '的写法不对：年、月、日之间用“-”，月和日都写两位数';
};

const REPORT_BUG = '这是工具的问题，不是数据的问题。其他单位的报告不受影响；请把这条信息和该单位的文件发给工具维护者。';

export const CATALOGUE = {
  // ------------------------------------------------------------ reading files
  INTERNAL_ERROR: entry<{ detail: string }>({
    severity: 'error',
    title: '工具内部错误',
    message: (p) => `检查这个文件时工具出错了：${p.detail}。这是本工具的缺陷，不是您文件的问题。`,
    hint: '请把这个文件和完整的输出（加 --debug 运行可看到详细信息）发给工具维护者；其他文件的检查不受影响。',
  }),
  FILE_NOT_FOUND: entry<{ input: string }>({
    severity: 'error',
    title: '找不到文件',
    message: (p) => `找不到“${p.input}”，也没有与之匹配的 YAML 文件。`,
    hint: '检查路径是否写对；文件名应以 .yaml 或 .yml 结尾。',
  }),
  FILE_UNREADABLE: entry<{ reason: string }>({
    severity: 'error',
    title: '无法读取文件',
    message: (p) => `无法读取文件：${p.reason}。`,
    hint: '检查文件是否存在、是否有读取权限。',
  }),
  FILE_TOO_LARGE: entry<{ size: number; limit: number }>({
    severity: 'error',
    title: '文件过大',
    message: (p) => `文件有 ${p.size} 字节，超过了上限 ${p.limit} 字节，不像是一年的工作记录。`,
    hint: '检查是否选错了文件；一年的记录通常只有几十 KB。',
  }),
  ENCODING_UTF16: entry({
    severity: 'error',
    title: '文件是 UTF-16 编码',
    message: () => '文件是 UTF-16 编码（常见于记事本“Unicode”格式），本工具只读 UTF-8。',
    hint: '请另存为 UTF-8：记事本“另存为”时编码选“UTF-8”，或在编辑器右下角切换编码后保存。',
  }),
  ENCODING_UTF32: entry({
    severity: 'error',
    title: '文件是 UTF-32 编码',
    message: () => '文件是 UTF-32 编码，本工具只读 UTF-8。',
    hint: '请在编辑器中把文件另存为 UTF-8（编辑器右下角或“另存为”对话框里选择编码）。',
  }),
  ENCODING_NOT_UTF8: entry<{ line: number }>({
    severity: 'error',
    title: '文件不是 UTF-8 编码',
    message: (p) => `文件不是 UTF-8 编码（第 ${p.line} 行起无法按 UTF-8 读取，可能是 GBK/GB2312 编码），中文会变成乱码。`,
    hint: '请另存为 UTF-8：记事本“另存为”时编码选“UTF-8”，或在编辑器右下角切换编码后保存。',
  }),
  NESTING_TOO_DEEP: entry<{ limit: number }>({
    severity: 'error',
    title: '嵌套层数过多',
    message: (p) => `这里的嵌套超过了 ${p.limit} 层，工作记录不会有这么深的结构，文件可能已损坏。`,
    hint: '检查缩进和括号是否成对；为了安全，工具不再读取这个文件的其余部分。',
  }),
  COLLECTION_TOO_LONG: entry<{ limit: number }>({
    severity: 'error',
    title: '列表或键值过多',
    message: (p) => `这里的列表（或键值）超过了 ${p.limit} 项，一年的工作记录不会有这么多，文件可能是生成错了。`,
    hint: '检查这个列表是否重复粘贴了内容；为了安全，工具不再读取这个文件的其余部分。',
  }),
  DATA_TOO_LARGE: entry<{ limit: number }>({
    severity: 'error',
    title: '文件中的条目过多',
    message: (p) => `文件中的内容过多：超过了 ${p.limit} 个键、值和列表项（或与之相当的 YAML 记号），从这里起超出上限。一个单位一年的工作记录不会有这么多。`,
    hint: '检查文件是否重复粘贴了内容，或把不属于本单位的内容移走；为了安全，工具不再读取这个文件的其余部分。',
  }),

  // ------------------------------------------------------------ YAML syntax
  YAML_SYNTAX: entry<{ detail: string }>({
    severity: 'error',
    title: 'YAML 语法错误',
    message: (p) => `YAML 语法错误：${p.detail}`,
    hint: '检查这一行和上一行的缩进、冒号和引号；冒号后要有一个空格。',
  }),
  DUPLICATE_KEY: entry<{ key: string }>({
    severity: 'error',
    title: '重复的键',
    message: (p) => `“${p.key}”在同一层写了两次，同一层的每一项只能写一次。`,
    hint: '删去其中一个，或把两处内容合并到一处。',
  }),
  TAB_AS_INDENT: entry({
    severity: 'error',
    title: '用了 Tab 缩进',
    message: () => '这一行用 Tab 键缩进，YAML 只允许用空格缩进。',
    hint: '把行首的 Tab 换成空格（每层两个空格）；编辑器里可以开启“用空格代替 Tab”。',
  }),
  MULTIPLE_DOCS: entry({
    severity: 'error',
    title: '一个文件里有多份文档',
    message: () => '文件里出现了“---”分隔的第二份文档，一个文件只能写一个单位一年的记录。',
    hint: '删去多余的“---”行；需要分开保存时，把内容放到同一文件夹下的另一个 .yaml 文件里。',
  }),
  UNQUOTED_COLON: entry({
    severity: 'error',
    title: '值里有英文冒号',
    message: () => '值里出现了“英文冒号+空格”，YAML 会把它当成又一层键值。',
    hint: '给值加引号（如 topic: "会议: 第一次"）或用全角冒号“：”。',
  }),
  ALIAS_LIMIT: entry<{ detail: string }>({
    severity: 'error',
    title: '别名展开过多',
    message: (p) => `文件中的别名（*引用）展开后过大，可能是恶意构造的文件：${p.detail}`,
    hint: '工作记录不需要 & 锚点和 * 别名，请直接写出内容。',
  }),
  ALIAS_UNDEFINED: entry<{ name: string }>({
    severity: 'error',
    title: '别名没有对应的锚点',
    message: (p) => `别名“*${p.name}”引用的锚点“&${p.name}”不存在（或写在了别名之后）。`,
    hint: '工作记录不需要 & 锚点和 * 别名：请直接写出内容；若“*”是正文的一部分，请给整段文字加引号。',
  }),
  YAML_PARSE_FAILED: entry<{ detail: string }>({
    severity: 'error',
    title: '无法解析文件',
    message: (p) => `解析文件时出错：${p.detail}`,
    hint: '检查文件内容是否完整；如确认文件无误，请向工具维护者报告。',
  }),
  YAML_WARNING: entry<{ detail: string }>({
    severity: 'warning',
    title: 'YAML 警告',
    message: (p) => `YAML 警告：${p.detail}`,
  }),
  DIRECTION_CONTROL: entry<Field & { codePoint: string }>({
    severity: 'warning',
    title: '文字中有改变文字方向的控制字符',
    message: (p) => `${p.field}中有看不见的方向控制字符 ${p.codePoint}，它会让文字（包括生成的文件名）显示得与实际内容不同；生成的文件名中会删去它，报告正文里保留。`,
    hint: '这类字符多来自复制的文字，也可能是有意伪装文件名；重新输入这一段可去掉它。',
  }),
  COMMENT_IN_TEXT: entry<{ value: string; comment: string }>({
    severity: 'warning',
    title: '文字中的 # 被当成注释',
    message: (p) => `“ #”后面的“${p.comment}”被当成了注释，这一项实际只读到“${p.value}”。`,
    hint: (p) => `如果“#”是正文的一部分，请给整段文字加引号，如 "${p.value} #${p.comment}"。`,
  }),
  NUMBER_FORMAT: entry<{ written: string; read: string }>({
    severity: 'error',
    title: '数字的写法不对',
    message: (p) => `“${p.written}”会被读成 ${p.read}，这不是平常的写法（十六进制、八进制、前导 0 或“+”号），工具不猜测它的意思。`,
    hint: (p) => `请写成普通的十进制数字，如 ${p.read}；若这是文字（编号等），请加引号，如 "${p.written}"。`,
  }),
  LINE_BREAK_IN_SENTENCE: entry<Field>({
    severity: 'warning',
    title: '一项文字中间有换行',
    message: (p) => `${p.field}中间有换行；报告把它排在一句话里，换行处会直接接上。`,
    hint: '一项写一句话；要分成两句，请在换行前加上标点（如“；”），或拆成两项。',
  }),
  EMPTY_FILE: entry({
    severity: 'error',
    title: '文件是空的',
    message: () => '文件里没有任何记录。',
    hint: '参照 examples/ 中的例子填写。',
  }),
  NOT_A_MAPPING: entry({
    severity: 'error',
    title: '文件顶层不是“键: 值”',
    message: () => '文件的顶层应当是“键: 值”的形式（year:、office: 等）。',
    hint: '参照 examples/ 中的例子，顶层写 year:、office:、meetings: 等。',
  }),
  KEY_IN_TWO_FILES: entry<{ key: string; other: string }>({
    severity: 'error',
    title: '同一项写在了两个文件里',
    message: (p) => `顶层的“${p.key}”在 ${p.other} 已经写过，同一文件夹的多个文件不能重复同一项。`,
    hint: '把两处内容合并到一个文件里。',
  }),
  NO_YAML_IN_FOLDER: entry<{ folder: string }>({
    severity: 'error',
    title: '文件夹里没有 YAML 文件',
    message: (p) => `文件夹“${p.folder}”里没有 .yaml 或 .yml 文件。`,
  }),

  // ------------------------------------------------------------ schema
  UNKNOWN_KEY: entry<Field & { key: string; suggestion?: string }>({
    severity: 'error',
    title: '未知的键',
    message: (p) => `${p.field}中没有“${p.key}”这一项。`,
    hint: (p) => (p.suggestion ? `是不是想写“${p.suggestion}”？` : '删去这一项，或对照 docs/data-format.md 改成已有的项。'),
  }),
  MISSING_FIELD: entry<Field & { key: string }>({
    severity: 'error',
    title: '缺少必填项',
    message: (p) => `缺少必填项${p.field}。`,
    hint: (p) => `在这里补上“${p.key}: …”。`,
  }),
  WRONG_TYPE: entry<Field & { expected: string; got: string }>({
    severity: 'error',
    title: '类型不对',
    message: (p) => `${p.field}应为${p.expected}，这里写的是${p.got}。`,
    hint: '数字不要加引号或单位；文字含有特殊符号时加引号；列表每项以“- ”开头。',
  }),
  BLANK_TEXT: entry<Field>({
    severity: 'error',
    title: '文字为空',
    message: (p) => `${p.field}是空的。`,
    hint: '填上内容，或删去这一项（如果它不是必填项）。',
  }),
  INVALID_DATE: entry<Field & { value: string }>({
    severity: 'error',
    title: '日期不对',
    message: (p) => `${p.field}“${p.value}”${padHint(p.value) ?? '不是一个有效日期'}。`,
    hint: (p) => (padHint(p.value) ? `写成“${padDate(p.value)}”。` : '写成“2021-06-24”（年-月-日）或“2021-06”（年-月），月、日用两位数，并确认这一天存在。'),
  }),
  INVALID_CHOICE: entry<Field & { value: string; allowed: string }>({
    severity: 'error',
    title: '不在可选范围内',
    message: (p) => `${p.field}写的是“${p.value}”，只能是：${p.allowed}。`,
    hint: (p) => `从“${p.allowed}”中选一个。`,
  }),
  INVALID_COUNT: entry<Field>({
    severity: 'error',
    title: '数字写法不对',
    message: (p) => `${p.field}应为一个整数，约数写成 { value: 20, approx: 余 }。`,
    hint: '例如 forums: 4，或 visits: { value: 40, approx: 余 }；数字不要加引号或单位。',
  }),
  OUT_OF_RANGE: entry<Field & { detail: string }>({
    severity: 'error',
    title: '数值超出范围',
    message: (p) => `${p.field}${p.detail}。`,
  }),
  TEXT_TOO_LONG: entry<Field & { limit: number; length: number }>({
    severity: 'error',
    title: '文字过长',
    message: (p) => `${p.field}有 ${p.length} 个字符，超过了 ${p.limit} 个字符的上限。`,
    hint: '这一项应是一句话或一段话；过长的内容可能是误粘贴，请拆分或删减。',
  }),
  LIST_TOO_LONG: entry<Field & { limit: number; length: number }>({
    severity: 'error',
    title: '列表项过多',
    message: (p) => `${p.field}有 ${p.length} 项，超过了 ${p.limit} 项的上限。`,
    hint: '一年的工作记录不会有这么多项；请检查是否重复粘贴了内容。',
  }),
  INVALID_VALUE: entry<Field & { detail: string }>({
    severity: 'error',
    title: '值不对',
    message: (p) => `${p.field}不符合要求：${p.detail}`,
  }),

  // ------------------------------------------------------------ rules across records
  DATE_OUTSIDE_YEAR: entry<Field & { value: string; year: number }>({
    severity: 'error',
    title: '日期不在本年度',
    message: (p) => `${p.field}“${p.value}”不在 ${p.year} 年内。`,
    hint: (p) => `检查年份是否写错；不属于 ${p.year} 年的记录请移到对应年份的文件。`,
  }),
  SIGNATURE_DATE_OUTSIDE: entry<{ value: string; year: number }>({
    severity: 'error',
    title: '成文日期不在本年度或次年一月',
    message: (p) => `成文日期“${p.value}”既不在 ${p.year} 年内，也不在 ${p.year + 1} 年 1 月：${p.year} 年的总结不会在这时成文。`,
    hint: (p) => `检查年份是否写错；成文日期应在 ${p.year} 年内或 ${p.year + 1} 年 1 月。`,
  }),
  SIGNED_BEFORE_LAST_RECORD: entry<{ date: string; last: string; where: string }>({
    severity: 'error',
    title: '成文日期早于最后一条记录',
    message: (p) => `成文日期 ${p.date} 早于最后一条记录的日期 ${p.last}（${p.where}）。`,
    hint: '把 office.date 改为全年最后一条记录之后的日期。',
  }),
  COUNT_MISMATCH: entry<{ count: string; value: number; records: string; actual: number; where: string }>({
    severity: 'error',
    title: '数字与逐条记录不一致',
    message: (p) => `“数字”中的${p.count}是 ${p.value}，而逐条记录的${p.records}合计 ${p.actual}（${p.where}）。`,
    hint: '两者同时写时必须一致：改正数字，或补全、删减逐条记录。',
  }),
  LEVELS_NOT_TOTAL: entry<{ sum: number; total: number; parts: string }>({
    severity: 'error',
    title: '各级委员人数之和不等于总数',
    message: (p) => `各级委员人数 ${p.parts} 合计 ${p.sum}，委员总数却是 ${p.total}。`,
    hint: '核对 members.byLevel 与 members.total。',
  }),
  TEMPLATE_LEFTOVER: entry<Field & { found: string }>({
    severity: 'error',
    title: '模板空白未填',
    message: (p) => `${p.field}中还留着模板空白“${p.found}”。`,
    hint: '把空白换成实际内容；没有的内容请整条删去。',
  }),
  PERSONAL_NUMBER: entry<Field & { kind: string }>({
    severity: 'warning',
    title: '文字中有个人号码',
    message: (p) => `${p.field}中好像有${p.kind}，报告会打印并上报。`,
    hint: '确认确需写入；否则删去号码。',
  }),
  HALFWIDTH_PUNCTUATION: entry<Field & { found: string; near: string }>({
    severity: 'warning',
    title: '中文里有半角标点',
    message: (p) => `${p.field}中有半角标点“${p.found}”（“${p.near}”），报告会原样印出。`,
    hint: '改为全角标点：，；：？！（）。；数字和英文中的标点（如 2.5、8:30）不受影响。',
  }),
  INVISIBLE_CHARACTER: entry<Field & { codePoint: string }>({
    severity: 'warning',
    title: '文字中有不可见的控制字符',
    message: (p) => `${p.field}中有不可见字符 ${p.codePoint}，生成报告前会被删去（它会让 Word 文件无法打开）。`,
    hint: '这类字符多来自从网页或其他软件复制的文字；重新输入这一段可去掉它。',
  }),
  SECTION_WITHOUT_CONTENT: entry<{ section: string; key: string; feeds: string }>({
    severity: 'warning',
    title: '报告的一部分没有内容',
    message: (p) => `报告的“${p.section}”部分没有任何记录可写（来源：${p.feeds}）。`,
    hint: (p) => `补充相关记录或 report.sections.${p.key}.points；确实不写这一部分时，设 report.sections.${p.key}.omit: true。`,
  }),
  SECTION_ORDER_REPEATED: entry<{ section: string; key: string }>({
    severity: 'warning',
    title: '部分顺序中重复',
    message: (p) => `部分顺序（report.order）中“${p.section}”（${p.key}）写了两次，报告只写一次。`,
    hint: '删去重复的一项。',
  }),
  SECTION_ORDER_UNKNOWN: entry<{ key: string; known: string }>({
    severity: 'warning',
    title: '部分顺序里有不认识的部分',
    message: (p) => `report.order 中的“${p.key}”既不是四个部分之一，也不是 report.own 中自设部分的代号，这一项不起作用。`,
    hint: (p) => `可写的代号：${p.known}。自设部分要先在 report.own 中写明 key 和标题。`,
  }),
  TEXT_WORD_DOUBLED: entry<Field & { word: string; sentence: string }>({
    severity: 'warning',
    title: '一句话里同一个词用了两次',
    message: (p) => `${p.field}中“${p.word}”在同一句里出现了两次（“${p.sentence}”），报告会原样印出。`,
    hint: '一次就够：删去一处，或换一种说法（如“进一步加深了理解，履职能力得到提升”）。',
  }),
  SECTION_ORDER_INCOMPLETE: entry<{ sections: string }>({
    severity: 'warning',
    title: '部分顺序中缺少某些部分',
    message: (p) => `部分顺序（report.order）中没有写${p.sections}，报告把它们接在其他部分之后。`,
    hint: '在 report.order 中写全四个部分；确实不写某一部分时，设 report.sections.<部分>.omit: true。',
  }),
  DUPLICATE_RECORD: entry<{ list: string; first: number }>({
    severity: 'warning',
    title: '重复的记录',
    message: (p) => `这条${p.list}与第 ${p.first} 行的记录日期、类别和内容都相同。`,
    hint: '如果是同一件事写了两次，请删去一条。',
  }),

  // ============================================================ build-time problems
  // Other stages (templates, rendering, writing, batch) add their entries BELOW
  // this line, in the same shape. Keep codes permanent; never reuse one.

  // ------------------------------------------------------------ templates and rendering (src/render)
  TEMPLATE_DIR_NOT_FOUND: entry<{ dir: string }>({
    severity: 'error',
    title: '找不到模板文件夹',
    message: (p) => `找不到模板文件夹“${p.dir}”。`,
    hint: '检查 --templates 后的路径；文件夹里放要替换的 .hbs 文件，如 leadership.hbs、partials/meeting.hbs。',
  }),
  TEMPLATE_UNREADABLE: entry<{ reason: string }>({
    severity: 'error',
    title: '无法读取模板',
    message: (p) => `无法读取模板文件：${p.reason}。`,
    hint: '检查文件是否存在、是否为 UTF-8 编码的文本文件。',
  }),
  TEMPLATE_UNKNOWN_FILE: entry<{ name: string; known: string }>({
    severity: 'warning',
    title: '多余的模板文件',
    message: (p) => `模板“${p.name}”不是任何一部分的模板，不会被使用。`,
    hint: (p) => `可替换的模板有：${p.known}。`,
  }),
  TEMPLATE_SYNTAX: entry<{ detail: string }>({
    severity: 'error',
    title: '模板语法错误',
    message: (p) => `模板语法错误，${p.detail}`,
    hint: '检查 {{ }} 是否成对，{{#块}} 是否有对应的 {{/块}}。',
  }),
  TEMPLATE_TOO_DEEP: entry<{ limit: number }>({
    severity: 'error',
    title: '模板嵌套层数过多',
    message: (p) => `模板中的块嵌套超过了 ${p.limit} 层。`,
    hint: '正常的模板只有几层嵌套；请检查模板是否损坏。',
  }),
  TEMPLATE_TOO_COMPLEX: entry<{ what: string; limit: number }>({
    severity: 'error',
    title: '模板过于复杂',
    message: (p) => `模板中${p.what}超过了 ${p.limit}，从这里起超出上限。`,
    hint: '正常的模板远用不到这么多；请检查模板是否损坏或是生成错了。',
  }),
  TEMPLATE_OUTPUT_TOO_LARGE: entry<{ limit: number; what: string }>({
    severity: 'error',
    title: '模板生成的内容过多',
    message: (p) => `按这个模板渲染时${p.what}超过了 ${p.limit} 的上限（多半是 #each 套在 #each 里），没有生成报告。`,
    hint: '检查这一位置的 #each 是否嵌套过深，或遍历了不该遍历的列表（如 @root 下的全部记录）。',
  }),
  TEMPLATE_PARTIAL_RECURSION: entry<{ partial: string; chain: string }>({
    severity: 'error',
    title: '模板片段调用了自己',
    message: (p) => `模板片段“${p.partial}”经由 ${p.chain} 又调用了自己，渲染时会无限循环。`,
    hint: '片段（partial）不能直接或间接调用自己；请改写这一调用。',
  }),
  TEMPLATE_TEXT_OUTSIDE_BLOCK: entry<{ text: string }>({
    severity: 'error',
    title: '模板中有写在段落之外的文字',
    message: (p) => `“${p.text}”写在了 {{#paragraph}}、{{#heading}} 等块之外，报告中不会出现。`,
    hint: '把文字放进 {{#paragraph}}…{{/paragraph}} 里；只是注释的话，写成 {{!-- 注释 --}}。',
  }),
  TEMPLATE_UNKNOWN_FIELD: entry<{ path: string; context: string; suggestion: string }>({
    severity: 'error',
    title: '模板用了不存在的字段',
    message: (p) => `模板用了字段“${p.path}”，但${p.context}中没有这个字段。`,
    hint: (p) => (p.suggestion ? `是不是“${p.suggestion}”？可用的字段见 docs/templates.md。` : '可用的字段见 docs/templates.md。'),
  }),
  TEMPLATE_UNKNOWN_HELPER: entry<{ name: string; suggestion: string }>({
    severity: 'error',
    title: '模板用了不存在的辅助函数',
    message: (p) => `模板用了辅助函数“${p.name}”，但没有这个辅助函数。`,
    hint: (p) => (p.suggestion ? `是不是“${p.suggestion}”？可用的辅助函数见 docs/templates.md。` : '可用的辅助函数见 docs/templates.md。'),
  }),
  TEMPLATE_UNKNOWN_PARTIAL: entry<{ name: string }>({
    severity: 'error',
    title: '模板引用了不存在的片段',
    message: (p) => `模板引用了片段“${p.name}”，但 partials 中没有这个片段。`,
    hint: '片段放在模板文件夹的 partials/ 下，文件名为“片段名.hbs”。',
  }),
  TEMPLATE_UNSUPPORTED: entry<{ what: string }>({
    severity: 'error',
    title: '模板用了不支持的写法',
    message: (p) => `模板用了不支持的写法：${p.what}。`,
    hint: '为了能在加载时检查模板，模板只能用固定的字段名、片段名和辅助函数。',
  }),
  TEMPLATE_RENDER: entry<{ detail: string }>({
    severity: 'error',
    title: '模板渲染失败',
    message: (p) => `模板渲染失败：${p.detail}`,
    hint: '检查这一位置用到的字段和辅助函数。',
  }),
  RECORD_NOT_PLACED: entry<{ record: string; counted: string }>({
    severity: 'warning',
    title: '记录没有写进报告',
    message: (p) => `这条记录（${p.record}）没有写进报告正文${p.counted ? `，只计入了“${p.counted}”` : ''}。`,
    hint: '检查记录的类别是否写对；使用自己的模板时，确认模板写到了这类记录。',
  }),

  // ------------------------------------------------------------ writing the report (src/build, src/write)
  OUTPUT_NAME_INVALID: entry<{ name: string }>({
    severity: 'error',
    title: '报告文件名不可用',
    message: (p) => `“${p.name}”去掉不能用在文件名中的字符后什么也不剩，不能用作报告的文件名。`,
    hint: '用 --name 指定一个文件名，或检查单位全称（office.name）。',
  }),
  OUTPUT_EXISTS: entry<{ target: string; reason: string }>({
    severity: 'error',
    title: '报告文件已存在',
    message: (p) => `“${p.target}”已经存在，没有覆盖它。`,
    hint: '确认可以覆盖时加 --force；或用 --out、--name 换一个位置或文件名。',
  }),
  OUTPUT_BUSY: entry<{ target: string; reason: string }>({
    severity: 'error',
    title: '报告文件正被占用',
    message: (p) => `无法写入“${p.target}”：${p.reason}`,
    hint: '原有文件没有被改动。',
  }),
  OUTPUT_WRITE_FAILED: entry<{ target: string; reason: string }>({
    severity: 'error',
    title: '报告文件写入失败',
    message: (p) => `无法写入“${p.target}”：${p.reason}`,
    hint: '原有文件没有被改动，也没有留下写了一半的文件。',
  }),
  OUTPUT_DIR_INVALID: entry<{ dir: string; reason: string }>({
    severity: 'error',
    title: '输出文件夹不可用',
    message: (p) => `输出文件夹“${p.dir}”不可用：${p.reason}`,
    hint: '用 --out 指定一个文件夹（不存在时会自动创建）。',
  }),
  CHARACTERS_REMOVED: entry<{ count: number }>({
    severity: 'warning',
    title: '删去了不可见字符',
    message: (p) => `报告中删去了 ${p.count} 个会使 Word 文件无法打开的不可见字符。`,
    hint: '上面的 INVISIBLE_CHARACTER 警告指出了它们在数据中的位置；在数据中删去后这条警告就会消失。',
  }),
  PREVIOUS_YEAR_NOT_FOUND: entry<{ input: string }>({
    severity: 'error',
    title: '找不到上一年的记录',
    message: (p) => `找不到用于与上年比较的记录“${p.input}”。`,
    hint: '检查 --previous（或批量文件中 previous）的路径；不需要与上年比较时去掉它。',
  }),
  PREVIOUS_YEAR_INVALID: entry<{ input: string; first: string }>({
    severity: 'error',
    title: '上一年的记录有错误',
    message: (p) => `用于与上年比较的记录“${p.input}”有错误，所以没有生成报告${p.first ? `。第一个错误：${p.first.replace(/。$/, '')}` : ''}。`,
    hint: (p) => `先运行 summary check ${p.input} 改正上一年的记录；或去掉 --previous。`,
  }),

  // ------------------------------------------------------------ batches (src/batch)
  // A batch's own problems, not an office's data.
  BATCH_NO_INPUT: entry<{ input: string }>({
    severity: 'error',
    title: '找不到要生成的单位',
    message: (p) => `“${p.input}”中没有找到任何单位的年度工作记录（.yaml 或 .yml 文件）。`,
    hint: '检查路径或通配符是否写对；文件名应以 .yaml 或 .yml 结尾。',
  }),
  BATCH_FILE_INVALID: entry<{ detail: string }>({
    severity: 'error',
    title: '批量文件写法不对',
    message: (p) => `批量文件有误：${p.detail}`,
    hint: '对照 docs/batch.md 中的批量文件示例修改。',
  }),
  BATCH_UNKNOWN_KEY: entry<{ key: string; suggestion?: string }>({
    severity: 'error',
    title: '批量文件中有不认识的字段',
    message: (p) => `批量文件中有不认识的字段“${p.key}”。`,
    hint: (p) => (p.suggestion ? `是不是想写“${p.suggestion}”？` : '删除这个字段，或对照 docs/batch.md 改正字段名。'),
  }),
  BATCH_PATTERN_FIELD: entry<{ field: string; allowed: string }>({
    severity: 'error',
    title: '文件名模板中有不认识的字段',
    message: (p) => `文件名模板中的“{${p.field}}”不认识。`,
    hint: (p) => `可用的字段：${p.allowed}。`,
  }),
  INPUT_NOT_A_FILE: entry<{ input: string; kind: string }>({
    severity: 'error',
    title: '不是普通文件，没有读取',
    message: (p) => `“${p.input}”名为 YAML 文件，却是${p.kind}，所以没有读取，也没有计入任何单位。`,
    hint: '把它换成真正的 .yaml 文件，或移出数据文件夹、改掉 .yaml 后缀。',
  }),
  INPUT_OUTSIDE: entry<{ input: string; target: string; root: string }>({
    severity: 'error',
    title: '要读的文件在数据文件夹之外',
    message: (p) => `“${p.input}”指向“${p.target}”，在“${p.root}”之外，所以没有读取。`,
    hint: '数据文件应放在数据文件夹（批量文件所在的文件夹，或运行命令的文件夹）里；确需读取外面的文件时加 --allow-outside。',
  }),
  BATCH_DUPLICATE_INPUT: entry<{ other: string }>({
    severity: 'warning',
    title: '同一单位列了两次',
    message: (p) => `这个单位已经列在“${p.other}”，只生成一次。`,
  }),
  BATCH_NAME_COLLISION: entry<{ name: string; other: string }>({
    severity: 'error',
    title: '两个单位会写入同一个文件',
    message: (p) => `这个单位的报告文件名“${p.name}”与“${p.other}”的相同（不分大小写），两份报告会互相覆盖，所以都没有生成。`,
    hint: '检查两个单位的名称是否写重了；或在批量文件的 fileName 中加入 {township} 等字段，或为其中一个单位单独指定 fileName。',
  }),
  BATCH_BAD_NAME: entry<{ name: string; reason: string }>({
    severity: 'error',
    title: '报告文件名不可用',
    message: (p) => `按文件名模板得到的“${p.name}”不能用作文件名：${p.reason}。`,
    hint: '修改批量文件中的 fileName，或为这个单位单独指定 fileName。',
  }),
  BATCH_YEAR_MISMATCH: entry<{ year: number; expected: number }>({
    severity: 'error',
    title: '年份与批量文件不一致',
    message: (p) => `这个单位的记录是 ${p.year} 年的，而批量文件写的是 ${p.expected} 年，所以没有生成。`,
    hint: '检查是否选错了文件，或改正记录中的 year（年份）。',
  }),
  BATCH_ROLLUP_OTHER_YEAR: entry<{ office: string; year: number; rollupYear: number }>({
    severity: 'warning',
    title: '有单位不是汇总的年份',
    message: (p) => `“${p.office}”的记录是 ${p.year} 年的，没有计入 ${p.rollupYear} 年的汇总表（它自己的报告照常生成）。`,
    hint: '如果这个文件放错了文件夹，请移走；要汇总某一年，可在批量文件中写 year。',
  }),
  BATCH_ROLLUP_NOT_WRITTEN: entry<{ reason: string }>({
    severity: 'error',
    title: '汇总表未能写入',
    message: (p) => `汇总表未能写入：${p.reason}`,
    hint: '文件已存在时加 --force 覆盖；文件在 Word 或 WPS 中打开时请先关闭。',
  }),
  BATCH_ROLLUP_NO_SIGNATURE: entry<Record<string, never>>({
    severity: 'warning',
    title: '汇总表没有落款',
    message: () => '汇总表没有落款和成文日期：没有指定报送汇总的单位。',
    hint: '用 --superior 指定落款（如 --superior 青山县政协办公室），或在批量文件中写 superior；日期用 --date 2025-01-10。',
  }),
  BATCH_ROLLUP_DATE_TODAY: entry<{ date: string }>({
    severity: 'warning',
    title: '汇总表的成文日期用了今天',
    message: (p) => `汇总表的成文日期没有指定，用了生成的这一天：${p.date}。`,
    hint: '用 --date 指定成文日期（如 --date 2025-01-10）；也可设置 SOURCE_DATE_EPOCH。',
  }),
  BATCH_INTERNAL_ERROR: entry<{ detail: string }>({
    severity: 'error',
    title: '生成时工具内部出错',
    message: (p) => `生成这个单位的报告时工具内部出错：${p.detail}`,
    hint: REPORT_BUG,
  }),
  BATCH_WORKER_DIED: entry<{ detail: string }>({
    severity: 'error',
    title: '生成进程意外退出',
    message: (p) => `生成这个单位的报告时，工具的后台进程意外退出（${p.detail}）。`,
    hint: REPORT_BUG,
  }),
  BATCH_TIMEOUT: entry<{ seconds: number }>({
    severity: 'error',
    title: '生成超时',
    message: (p) => `生成这个单位的报告超过了 ${p.seconds} 秒，已被中止。`,
    hint: REPORT_BUG,
  }),

  // ------------------------------------------------------------ issue 11: what a clerk wrote, said back rewritten
  // Plain data: every fact (the rewritten line, the ISO date, the number) is computed by the caller and passed in.
  FULLWIDTH_COLON_KEY: entry<{ key: string; rewritten: string }>({
    severity: 'error',
    title: '键后面用了全角冒号',
    message: (p) => `“${p.key}”后面的冒号是全角的“：”，YAML 只认半角冒号，这一行读不出来。`,
    hint: (p) => `改成半角冒号加一个空格：${p.rewritten}`,
  }),
  DATE_IN_CHINESE: entry<Field & { value: string; iso: string }>({
    severity: 'error',
    title: '日期写成了中文',
    message: (p) => `${p.field}写成了“${p.value}”，日期要写成“年-月-日”的形式。`,
    hint: (p) => `写成 ${p.iso}`,
  }),
  NUMBER_AS_TEXT: entry<Field & { value: string; number: string }>({
    severity: 'error',
    title: '数字带了单位或写成了汉字',
    message: (p) => `${p.field}写成了“${p.value}”，这里只写阿拉伯数字，不带单位。`,
    hint: (p) => `写成 ${p.number}`,
  }),
} as const;

export type DiagnosticCode = keyof typeof CATALOGUE;
type ParamsOf<C extends DiagnosticCode> = Parameters<(typeof CATALOGUE)[C]['message']>[0];

/** Where a diagnostic points: the position fields of the Diagnostic itself. */
export type Location = Pick<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'path'>;

/** A location for a problem that concerns a whole file, not a node in it. */
export const wholeFile = (file: string): Location => ({ file, line: 0, column: 0 });

/** Build a diagnostic from its catalogue entry: the only way diagnostics are made. */
export function diagnostic<C extends DiagnosticCode>(code: C, params: ParamsOf<C>, location: Location): Diagnostic {
  const e = CATALOGUE[code] as Entry<ParamsOf<C>>;
  const hint = typeof e.hint === 'function' ? e.hint(params) : e.hint;
  const d: Diagnostic = { code, severity: e.severity, message: e.message(params), file: location.file, line: location.line, column: location.column };
  if (hint !== undefined) d.hint = hint;
  if (location.endLine !== undefined) d.endLine = location.endLine;
  if (location.endColumn !== undefined) d.endColumn = location.endColumn;
  if (location.path !== undefined) d.path = location.path;
  return d;
}

/** Title of a code, for formatters (GitHub annotation titles) and the docs. */
export const titleOf = (code: string): string => (CATALOGUE as Record<string, Entry<never>>)[code]?.title ?? code;
