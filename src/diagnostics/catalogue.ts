/**
 * The one catalogue of every diagnostic the tool can give: data only, as
 * Astro's errors-data.ts. Each entry has a permanent name (its key), a
 * severity, a Chinese title (what happened), a message (why, with the facts
 * of this case as parameters) and a hint (what to do). Messages are written
 * in the small template language of ./message-text.ts; the code that finds a
 * problem passes parameters (names, numbers, keys of cases), never sentences.
 * Diagnostics are made from these entries by ./create.ts.
 *
 * A name is permanent: once released it keeps its meaning and is never reused
 * or removed, because CI scripts and the docs (docs/diagnostics.md, generated
 * from this file by scripts/diagnostics-doc.mjs and held to it by a test)
 * refer to it. A name that is no longer given stays as a deprecated alias,
 * with the name that replaced it.
 */
import type { Severity } from './diagnostic.js';
import type { MessageText } from './message-text.js';

export interface Entry<P = unknown> {
  severity: Severity;
  /** Chinese: what happened, in a few words. */
  title: string;
  /** Chinese: why, and what it means for the report. */
  message: MessageText;
  /** Chinese: what to do about it. */
  hint?: MessageText;
  /** Set on a name no longer given: kept so that scripts and docs that use it still find it. */
  deprecated?: { replacedBy: string; since: string };
  /** Never set: carries the type of the entry's parameters for `diagnostic()`. */
  readonly params?: P;
}

/** Lets each entry declare the type of its parameters (the object is returned as is). */
const entry = <P = Record<string, never>>(e: Entry<P>): Entry<P> => e;
/** The same for a deprecated name, typed so that `diagnostic()` cannot give it any more. */
const retired = <P = Record<string, never>>(e: Entry<P> & Required<Pick<Entry<P>, 'deprecated'>>): Entry<P> & Required<Pick<Entry<P>, 'deprecated'>> => e;

type Field = { field: string };

const REPORT_BUG = '这是工具的问题，不是数据的问题。其他单位的报告不受影响；请把这条信息和该单位的文件发给工具维护者。';

/** What yaml's syntax errors mean, by yaml 2's error code (its ErrorCode type) or a finer kind read from its message. */
const YAML_SYNTAX_CASES = {
  SEQUENCE_ITEM: '这一行的缩进与上下行不一致，或列表项前少了“- ”',
  FLOW_UNCLOSED: '方括号 [ ] 或花括号 { } 没有配对，或其中换行后的缩进不对',
  QUOTE_UNCLOSED: '引号没有配对',
  BAD_INDENT: '缩进不对',
  MISSING_CHAR: '缺少配对的引号或括号',
  UNEXPECTED_TOKEN: '这里出现了意外的字符',
  BLOCK_IN_FLOW: '方括号或花括号内不能换行写列表或键值',
  MULTILINE_IMPLICIT_KEY: '键不能跨行，可能是上一行少了冒号或缩进不对',
  BAD_SCALAR_START: '值不能以这个字符开头，请给值加引号',
  BAD_DQ_ESCAPE: '双引号内的反斜杠转义不对，可改用单引号',
  KEY_OVER_1024_CHARS: '键太长',
  BAD_ALIAS: '别名（*）引用了不存在的锚点（&）',
  ALIAS_PROPS: '别名不能带标签或锚点',
  BAD_DIRECTIVE: '以 % 开头的指令不对',
  BAD_PROP_ORDER: '锚点（&）和标签（!）要写在值的前面',
  BAD_COLLECTION_TYPE: '列表或键值的写法不对',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）',
  NON_STRING_KEY: '键只能是文字，不能是列表或键值',
  TAG_RESOLVE_FAILED: '无法识别的标签（!!）',
  RESOURCE_EXHAUSTION: '内容展开过大',
  UNEXPECTED_END: '文件意外结束',
  IMPOSSIBLE: '无法解析这里的内容',
  other: '无法解析这里的内容',
} as const;
export type YamlSyntaxProblem = keyof typeof YAML_SYNTAX_CASES;

/** yaml's warnings (what it reads past), by yaml 2's error code; an unknown tag has its own code. */
const YAML_WARNING_CASES = {
  BAD_ALIAS: '以冒号结尾的锚点或别名意思不明确',
  BAD_INDENT: '方括号或花括号内换行后的缩进不够',
  BAD_COLLECTION_TYPE: '标签与列表或键值的类型不符',
  BAD_DIRECTIVE: '以 % 开头的指令不认识，已忽略',
  other: '不规范的写法',
} as const;
export type YamlWarningProblem = keyof typeof YAML_WARNING_CASES;

export type OutOfRangeBound = 'max' | 'moneyWan' | 'min' | 'minExclusive' | 'multipleOf';
export type ExpectedType = 'number' | 'int' | 'string' | 'boolean' | 'array' | 'object' | 'other';
export type TemplateSyntaxProblem = 'endMismatch' | 'unclosedBlock' | 'badMustache' | 'extraEnd' | 'other';
export type TemplateConstruct =
  | 'notAHelper'
  | 'blockParams'
  | 'literalParam'
  | 'subexpressionParam'
  | 'eachNotList'
  | 'notABlockHelper'
  | 'dynamicPartial'
  | 'partialHash'
  | 'partialBlock'
  | 'decorator';
export type BatchFileProblem = 'missing' | 'wrongType' | 'officeShape' | 'choice' | 'noOffices' | 'tooSmall' | 'tooBig' | 'blank';

/** Why a file could not be read: what it is, or the system's error code (`errno`, never its English text). */
const READ_PROBLEM = {
  select: 'cause',
  cases: {
    folder: '这是一个文件夹，不是文件',
    fifo: '这不是一个普通文件（是命名管道）',
    device: '这不是一个普通文件（是设备）',
    socket: '这不是一个普通文件（是套接字）',
    special: '这不是一个普通文件（是特殊文件）',
    missing: '文件不存在',
    denied: '没有读取权限',
    notDirOnPath: '路径中的某一级不是文件夹',
    linkLoop: '符号链接循环或层数过多',
    tooManyOpen: '同时打开的文件过多',
    ioError: '磁盘读取出错',
    unreadableDevice: '这是一个不能读取的设备或管道',
    tooLarge: '文件超过 %{limit} 字节',
    notUtf8: '不是 UTF-8 编码',
    other: { ifPresent: 'errno', then: '系统错误 %{errno}', else: '未知的读取错误' },
  },
} as const;
export type ReadProblem = keyof typeof READ_PROBLEM.cases;

/** Why a report file could not be written (src/write/output-file.ts reads the system's error code). */
const WRITE_PROBLEM = {
  select: 'cause',
  cases: {
    exists: '文件已存在。如需覆盖，请使用 --force。',
    busy: '文件正被其他程序占用（%{errno}），可能正在 Word 或 WPS 中打开，请关闭该文件后重试。',
    denied: '没有在这个文件夹中写文件的权限（%{errno}）。请换一个输出文件夹（--out），或请管理员开放写入权限。',
    missingDir: '输出文件夹不存在。',
    diskFull: '磁盘已满。',
    systemFolder: '这是系统的内核或设备目录（/proc、/sys、/dev），不能在其中保存报告。',
    other: { ifPresent: 'errno', then: '写入失败（系统错误 %{errno}）。', else: '写入失败（系统错误 未知）。' },
  },
} as const;
export type WriteProblem = keyof typeof WRITE_PROBLEM.cases;

/** Why an output folder cannot be used. */
const FOLDER_PROBLEM = {
  select: 'cause',
  cases: {
    systemFolder: '这是系统的内核或设备目录（/proc、/sys、/dev），不能在其中保存报告。',
    isFile: '这是一个文件，不是文件夹。',
    denied: '没有创建它的权限（%{errno}）。',
    other: { ifPresent: 'errno', then: '无法创建（系统错误 %{errno}）。', else: '无法创建（系统错误 未知）。' },
  },
} as const;
export type FolderProblem = keyof typeof FOLDER_PROBLEM.cases;

/** What a path named like a YAML file turned out to be. */
export type NotAFileKind = 'folder' | 'fifo' | 'brokenLink' | 'unreadable' | 'special';

/** What the user wrote where another type was wanted (`gotText`: the value as written, clipped). */
const WRITTEN_VALUE = {
  select: 'got',
  cases: {
    null: '空值',
    array: '列表',
    string: '文字“%{gotText}”',
    number: '数字 %{gotText}',
    nan: '非数字（.nan）',
    infinite: '无穷大',
    true: ' true',
    false: ' false',
    object: '“键: 值”的结构',
    other: '另一种类型的值',
  },
} as const;
export type WrittenValue = keyof typeof WRITTEN_VALUE.cases;

/** The expected type of a value, said in Chinese (year files and batch file alike). */
const EXPECTED_TYPE = {
  select: 'expected',
  cases: {
    number: '数字',
    int: '整数',
    string: '文字',
    boolean: ' true 或 false',
    array: '列表（每项另起一行，以“- ”开头）',
    object: '“键: 值”的结构',
    other: '另一种类型',
  },
} as const;

export const CATALOGUE = {
  // ------------------------------------------------------------ reading files
  TOOL_BUG: entry<{ stage: 'check' | 'build' | 'rollup' }>({
    severity: 'error',
    title: '工具内部错误',
    message: {
      select: 'stage',
      cases: {
        check: '检查这个文件时工具出错了。这是本工具的缺陷，不是您文件的问题。',
        build: '生成这个单位的报告时工具内部出错了。这是本工具的缺陷，不是您文件的问题。',
        rollup: '生成汇总表时工具内部出错了，汇总表没有写出。这是本工具的缺陷，不是您文件的问题。',
      },
    },
    hint: '其他单位不受影响。请把这个文件和完整的输出（check 加 --debug 运行可看到详细信息）发给工具维护者。',
  }),
  INTERNAL_ERROR: retired<{ stage: 'check' | 'build' | 'rollup' }>({
    severity: 'error',
    title: '工具内部错误（旧代码）',
    message: '检查这个文件时工具出错了。这是本工具的缺陷，不是您文件的问题。',
    hint: REPORT_BUG,
    deprecated: { replacedBy: 'TOOL_BUG', since: 'issue 13' },
  }),
  FILE_NOT_FOUND: entry<{ input: string }>({
    severity: 'error',
    title: '找不到文件',
    message: '找不到“%{input}”，也没有与之匹配的 YAML 文件。',
    hint: '检查路径是否写对；文件名应以 .yaml 或 .yml 结尾。',
  }),
  FILE_UNREADABLE: entry<{ cause: ReadProblem; errno?: string }>({
    severity: 'error',
    title: '无法读取文件',
    message: ['无法读取文件：', READ_PROBLEM, '。'],
    hint: '检查文件是否存在、是否有读取权限。',
  }),
  FILE_TOO_LARGE: entry<{ size: number; limit: number }>({
    severity: 'error',
    title: '文件过大',
    message: '文件有 %{size} 字节，超过了上限 %{limit} 字节，不像是一年的工作记录。',
    hint: '检查是否选错了文件；一年的记录通常只有几十 KB。',
  }),
  ENCODING_UTF16: entry({
    severity: 'error',
    title: '文件是 UTF-16 编码',
    message: '文件是 UTF-16 编码（常见于记事本“Unicode”格式），本工具只读 UTF-8。',
    hint: '请另存为 UTF-8：记事本“另存为”时编码选“UTF-8”，或在编辑器右下角切换编码后保存。',
  }),
  ENCODING_UTF32: entry({
    severity: 'error',
    title: '文件是 UTF-32 编码',
    message: '文件是 UTF-32 编码，本工具只读 UTF-8。',
    hint: '请在编辑器中把文件另存为 UTF-8（编辑器右下角或“另存为”对话框里选择编码）。',
  }),
  ENCODING_NOT_UTF8: entry<{ line: number }>({
    severity: 'error',
    title: '文件不是 UTF-8 编码',
    message: '文件不是 UTF-8 编码（第 %{line} 行起无法按 UTF-8 读取，可能是 GBK/GB2312 编码），中文会变成乱码。',
    hint: '请另存为 UTF-8：记事本“另存为”时编码选“UTF-8”，或在编辑器右下角切换编码后保存。',
  }),
  NESTING_TOO_DEEP: entry<{ limit: number }>({
    severity: 'error',
    title: '嵌套层数过多',
    message: '这里的嵌套超过了 %{limit} 层，工作记录不会有这么深的结构，文件可能已损坏。',
    hint: '检查缩进和括号是否成对；为了安全，工具不再读取这个文件的其余部分。',
  }),
  COLLECTION_TOO_LONG: entry<{ limit: number }>({
    severity: 'error',
    title: '列表或键值过多',
    message: '这里的列表（或键值）超过了 %{limit} 项，一年的工作记录不会有这么多，文件可能是生成错了。',
    hint: '检查这个列表是否重复粘贴了内容；为了安全，工具不再读取这个文件的其余部分。',
  }),
  DATA_TOO_LARGE: entry<{ limit: number }>({
    severity: 'error',
    title: '文件中的条目过多',
    message: '文件中的内容过多：超过了 %{limit} 个键、值和列表项（或与之相当的 YAML 记号），从这里起超出上限。一个单位一年的工作记录不会有这么多。',
    hint: '检查文件是否重复粘贴了内容，或把不属于本单位的内容移走；为了安全，工具不再读取这个文件的其余部分。',
  }),

  // ------------------------------------------------------------ YAML syntax
  YAML_SYNTAX: entry<{ problem: YamlSyntaxProblem; yamlCode: string }>({
    severity: 'error',
    title: 'YAML 语法错误',
    // yaml's English message is never shown; its code stays in brackets for searching.
    message: ['YAML 语法错误：', { select: 'problem', cases: YAML_SYNTAX_CASES }, '（%{yamlCode}）'],
    hint: '检查这一行和上一行的缩进、冒号和引号；冒号后要有一个空格。',
  }),
  DUPLICATE_KEY: entry<{ key: string }>({
    severity: 'error',
    title: '重复的键',
    message: '“%{key}”在同一层写了两次，同一层的每一项只能写一次。',
    hint: '删去其中一个，或把两处内容合并到一处。',
  }),
  TAB_AS_INDENT: entry({
    severity: 'error',
    title: '用了 Tab 缩进',
    message: '这一行用 Tab 键缩进，YAML 只允许用空格缩进。',
    hint: '把行首的 Tab 换成空格（每层两个空格）；编辑器里可以开启“用空格代替 Tab”。',
  }),
  MULTIPLE_DOCS: entry({
    severity: 'error',
    title: '一个文件里有多份文档',
    message: '文件里出现了“---”分隔的第二份文档，一个文件只能写一个单位一年的记录。',
    hint: '删去多余的“---”行；需要分开保存时，把内容放到同一文件夹下的另一个 .yaml 文件里。',
  }),
  UNQUOTED_COLON: entry({
    severity: 'error',
    title: '值里有英文冒号',
    message: '值里出现了“英文冒号+空格”，YAML 会把它当成又一层键值。',
    hint: '给值加引号（如 topic: "会议: 第一次"）或用全角冒号“：”。',
  }),
  ALIAS_LIMIT: entry<{ limit: number }>({
    severity: 'error',
    title: '别名展开过多',
    message: '文件中的别名（*引用）展开后过大，可能是恶意构造的文件：展开次数超过 %{limit}',
    hint: '工作记录不需要 & 锚点和 * 别名，请直接写出内容。',
  }),
  ALIAS_UNDEFINED: entry<{ name: string }>({
    severity: 'error',
    title: '别名没有对应的锚点',
    message: '别名“*%{name}”引用的锚点“&%{name}”不存在（或写在了别名之后）。',
    hint: '工作记录不需要 & 锚点和 * 别名：请直接写出内容；若“*”是正文的一部分，请给整段文字加引号。',
  }),
  YAML_PARSE_FAILED: entry<{ cause: 'tooLarge' | 'unparsable' }>({
    severity: 'error',
    title: '无法解析文件',
    message: ['解析文件时出错：', { select: 'cause', cases: { tooLarge: '内容过深或过大', unparsable: '文件结构无法解析' } }],
    hint: '检查文件内容是否完整；如确认文件无误，请向工具维护者报告。',
  }),
  YAML_WARNING: entry<{ problem: YamlWarningProblem; yamlCode: string }>({
    severity: 'warning',
    title: 'YAML 警告',
    message: ['YAML 警告：', { select: 'problem', cases: YAML_WARNING_CASES }, '（%{yamlCode}）'],
  }),
  YAML_UNKNOWN_TAG: entry<{ tag: string }>({
    severity: 'warning',
    title: '无法识别的 YAML 标签',
    message: 'YAML 警告：无法识别的标签“%{tag}”，这一项按普通文字读取。',
    hint: '工作记录不需要以 ! 开头的标签；若“!”是正文的一部分，请给整段文字加引号。',
  }),
  DIRECTION_CONTROL: entry<Field & { codePoint: string }>({
    severity: 'warning',
    title: '文字中有改变文字方向的控制字符',
    message: '%{field}中有看不见的方向控制字符 %{codePoint}，它会让文字（包括生成的文件名）显示得与实际内容不同；生成的文件名中会删去它，报告正文里保留。',
    hint: '这类字符多来自复制的文字，也可能是有意伪装文件名；重新输入这一段可去掉它。',
  }),
  COMMENT_IN_TEXT: entry<{ value: string; comment: string }>({
    severity: 'warning',
    title: '文字中的 # 被当成注释',
    message: '“ #”后面的“%{comment}”被当成了注释，这一项实际只读到“%{value}”。',
    hint: '如果“#”是正文的一部分，请给整段文字加引号，如 "%{value} #%{comment}"。',
  }),
  NUMBER_FORMAT: entry<{ written: string; read: string }>({
    severity: 'error',
    title: '数字的写法不对',
    message: '“%{written}”会被读成 %{read}，这不是平常的写法（十六进制、八进制、前导 0 或“+”号），工具不猜测它的意思。',
    hint: '请写成普通的十进制数字，如 %{read}；若这是文字（编号等），请加引号，如 "%{written}"。',
  }),
  LINE_BREAK_IN_SENTENCE: entry<Field>({
    severity: 'warning',
    title: '一项文字中间有换行',
    message: '%{field}中间有换行；报告把它排在一句话里，换行处会直接接上。',
    hint: '一项写一句话；要分成两句，请在换行前加上标点（如“；”），或拆成两项。',
  }),
  EMPTY_FILE: entry({
    severity: 'error',
    title: '文件是空的',
    message: '文件里没有任何记录。',
    hint: '参照 examples/ 中的例子填写。',
  }),
  NOT_A_MAPPING: entry({
    severity: 'error',
    title: '文件顶层不是“键: 值”',
    message: '文件的顶层应当是“键: 值”的形式（year:、office: 等）。',
    hint: '参照 examples/ 中的例子，顶层写 year:、office:、meetings: 等。',
  }),
  KEY_IN_TWO_FILES: entry<{ key: string; other: string }>({
    severity: 'error',
    title: '同一项写在了两个文件里',
    message: '顶层的“%{key}”在 %{other} 已经写过，同一文件夹的多个文件不能重复同一项。',
    hint: '把两处内容合并到一个文件里。',
  }),
  NO_YAML_IN_FOLDER: entry<{ folder: string }>({
    severity: 'error',
    title: '文件夹里没有 YAML 文件',
    message: '文件夹“%{folder}”里没有 .yaml 或 .yml 文件。',
  }),

  // ------------------------------------------------------------ schema
  // In a year's records or in a batch file (`file: 'batch'`, which also took BATCH_UNKNOWN_KEY's place).
  UNKNOWN_KEY: entry<Field & { key: string; suggestion?: string; file?: 'batch' }>({
    severity: 'error',
    title: '未知的键',
    message: '%{field}中没有“%{key}”这一项。',
    hint: {
      ifPresent: 'suggestion',
      then: '是不是想写“%{suggestion}”？',
      else: { select: 'file', cases: { batch: '删除这个字段，或对照 docs/batch.md 改正字段名。', other: '删去这一项，或对照 docs/data-format.md 改成已有的项。' } },
    },
  }),
  MISSING_FIELD: entry<Field & { key: string }>({
    severity: 'error',
    title: '缺少必填项',
    message: '缺少必填项%{field}。',
    hint: '在这里补上“%{key}: …”。',
  }),
  WRONG_TYPE: entry<Field & { expected: ExpectedType; got: WrittenValue; gotText?: string }>({
    severity: 'error',
    title: '类型不对',
    message: ['%{field}应为', EXPECTED_TYPE, '，这里写的是', WRITTEN_VALUE, '。'],
    hint: '数字不要加引号或单位；文字含有特殊符号时加引号；列表每项以“- ”开头。',
  }),
  BLANK_TEXT: entry<Field>({
    severity: 'error',
    title: '文字为空',
    message: '%{field}是空的。',
    hint: '填上内容，或删去这一项（如果它不是必填项）。',
  }),
  // `corrected`: the same date in the right form, when the value is a real date written loosely (2021-6-1).
  INVALID_DATE: entry<Field & { value: string; corrected?: string }>({
    severity: 'error',
    title: '日期不对',
    message: ['%{field}“%{value}”', { ifPresent: 'corrected', then: '的写法不对：年、月、日之间用“-”，月和日都写两位数', else: '不是一个有效日期' }, '。'],
    hint: { ifPresent: 'corrected', then: '写成“%{corrected}”。', else: '写成“2021-06-24”（年-月-日）或“2021-06”（年-月），月、日用两位数，并确认这一天存在。' },
  }),
  INVALID_CHOICE: entry<Field & { value: string; allowed: string }>({
    severity: 'error',
    title: '不在可选范围内',
    message: '%{field}写的是“%{value}”，只能是：%{allowed}。',
    hint: '从“%{allowed}”中选一个。',
  }),
  INVALID_COUNT: entry<Field>({
    severity: 'error',
    title: '数字写法不对',
    message: '%{field}应为一个整数，约数写成 { value: 20, approx: 余 }。',
    hint: '例如 forums: 4，或 visits: { value: 40, approx: 余 }；数字不要加引号或单位。',
  }),
  // `limit` is shown as given: the code that finds the problem formats it (10,000).
  OUT_OF_RANGE: entry<Field & { bound: OutOfRangeBound; limit: string }>({
    severity: 'error',
    title: '数值超出范围',
    message: [
      '%{field}',
      {
        select: 'bound',
        cases: {
          max: '不能大于 %{limit}，一个单位一年的数字不会这么大',
          moneyWan: '以“万元”为单位时不能大于 %{limit}（即 10 亿元），一个单位一年的金额不会这么大',
          min: '不能小于 %{limit}',
          minExclusive: '不能小于 %{limit}（且不能等于）',
          multipleOf: '应为 %{limit} 的倍数',
        },
      },
      '。',
    ],
    hint: '核对这个数字；数字不要加引号或单位。',
  }),
  TEXT_TOO_LONG: entry<Field & { limit: number; length: number }>({
    severity: 'error',
    title: '文字过长',
    message: '%{field}有 %{length} 个字符，超过了 %{limit} 个字符的上限。',
    hint: '这一项应是一句话或一段话；过长的内容可能是误粘贴，请拆分或删减。',
  }),
  LIST_TOO_LONG: entry<Field & { limit: number; length: number }>({
    severity: 'error',
    title: '列表项过多',
    message: '%{field}有 %{length} 项，超过了 %{limit} 项的上限。',
    hint: '一年的工作记录不会有这么多项；请检查是否重复粘贴了内容。',
  }),
  INVALID_VALUE: entry<Field & { rule: 'ownKey' | 'other' }>({
    severity: 'error',
    title: '值不对',
    message: {
      select: 'rule',
      cases: {
        ownKey: '%{field}不符合要求：代号只能用英文字母和数字，以小写字母开头，最多 31 个字符。',
        other: '%{field}不符合要求。',
      },
    },
    hint: '对照 docs/data-format.md 中这一项的写法改正。',
  }),

  // ------------------------------------------------------------ rules across records
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
  COUNT_MISMATCH: entry<{ countTitle: string; countKey: string; countAt: string; value: number; records: string; actual: number; where: string }>({
    severity: 'error',
    title: '数字与逐条记录不一致',
    message: '“数字”中的%{countTitle}（counts.%{countKey}，%{countAt}）是 %{value}，而逐条记录的%{records}合计 %{actual}（%{where}）。',
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
  SECTION_WITHOUT_CONTENT: entry<{ section: string; key: string; feeds: string }>({
    severity: 'warning',
    title: '报告的一部分没有内容',
    message: '报告的“%{section}”部分没有任何记录可写（来源：%{feeds}）。',
    hint: '补充相关记录或 report.sections.%{key}.points；确实不写这一部分时，设 report.sections.%{key}.omit: true。',
  }),
  SECTION_ORDER_REPEATED: entry<{ section: string; key: string }>({
    severity: 'warning',
    title: '部分顺序中重复',
    message: '部分顺序（report.order）中“%{section}”（%{key}）写了两次，报告只写一次。',
    hint: '删去重复的一项。',
  }),
  SECTION_ORDER_UNKNOWN: entry<{ key: string; known: string }>({
    severity: 'warning',
    title: '部分顺序里有不认识的部分',
    message: 'report.order 中的“%{key}”既不是四个部分之一，也不是 report.own 中自设部分的代号，这一项不起作用。',
    hint: '可写的代号：%{known}。自设部分要先在 report.own 中写明 key 和标题。',
  }),
  TEXT_WORD_DOUBLED: entry<Field & { word: string; sentence: string }>({
    severity: 'warning',
    title: '一句话里同一个词用了两次',
    message: '%{field}中“%{word}”在同一句里出现了两次（“%{sentence}”），报告会原样印出。',
    hint: '一次就够：删去一处，或换一种说法（如“进一步加深了理解，履职能力得到提升”）。',
  }),
  SECTION_ORDER_INCOMPLETE: entry<{ sections: string }>({
    severity: 'warning',
    title: '部分顺序中缺少某些部分',
    message: '部分顺序（report.order）中没有写%{sections}，报告把它们接在其他部分之后。',
    hint: '在 report.order 中写全四个部分；确实不写某一部分时，设 report.sections.<部分>.omit: true。',
  }),
  DUPLICATE_RECORD: entry<{ list: string; first: number }>({
    severity: 'warning',
    title: '重复的记录',
    message: '这条%{list}与第 %{first} 行的记录日期、类别和内容都相同。',
    hint: '如果是同一件事写了两次，请删去一条。',
  }),

  // ============================================================ build-time problems
  // Other stages (templates, rendering, writing, batch) add their entries BELOW
  // this line, in the same shape. Keep codes permanent; never reuse one.

  // ------------------------------------------------------------ templates and rendering (src/render)
  TEMPLATE_DIR_NOT_FOUND: entry<{ dir: string }>({
    severity: 'error',
    title: '找不到模板文件夹',
    message: '找不到模板文件夹“%{dir}”。',
    hint: '检查 --templates 后的路径；文件夹里放要替换的 .hbs 文件，如 leadership.hbs、partials/meeting.hbs。',
  }),
  TEMPLATE_UNREADABLE: entry<{ cause: ReadProblem; errno?: string; limit?: number }>({
    severity: 'error',
    title: '无法读取模板',
    message: ['无法读取模板文件：', READ_PROBLEM, '。'],
    hint: '检查文件是否存在、是否为 UTF-8 编码的文本文件。',
  }),
  TEMPLATE_UNKNOWN_FILE: entry<{ name: string; known: string }>({
    severity: 'warning',
    title: '多余的模板文件',
    message: '模板“%{name}”不是任何一部分的模板，不会被使用。',
    hint: '可替换的模板有：%{known}。',
  }),
  // `excerpt`: the template's own text where the parser stopped; `open`/`close`: block names; `token`: the parser's token name.
  TEMPLATE_SYNTAX: entry<{ problem: TemplateSyntaxProblem; excerpt?: string; open?: string; close?: string; token?: string }>({
    severity: 'error',
    title: '模板语法错误',
    message: [
      '模板语法错误，',
      {
        select: 'problem',
        cases: {
          endMismatch: '结束标签 {{/%{close}}} 与开始标签 {{#%{open}}} 不配对。',
          other: [
            { ifPresent: 'excerpt', then: '“%{excerpt}”附近', else: '这里' },
            {
              select: 'problem',
              cases: {
                unclosedBlock: '：模板结束了，但还有 {{#…}} 块没有写结束标签 {{/…}}。',
                badMustache: '：{{ }} 的写法不对，可能少了“}}”或写了模板不认识的符号。',
                extraEnd: '：多了一个结束标签 {{/…}}，前面没有对应的 {{#…}}。',
                other: ['：模板写法不对', { ifPresent: 'token', then: '（在 %{token} 处）' }, '。'],
              },
            },
          ],
        },
      },
    ],
    hint: '检查 {{ }} 是否成对，{{#块}} 是否有对应的 {{/块}}。',
  }),
  TEMPLATE_TOO_DEEP: entry<{ limit: number }>({
    severity: 'error',
    title: '模板嵌套层数过多',
    message: '模板中的块嵌套超过了 %{limit} 层。',
    hint: '正常的模板只有几层嵌套；请检查模板是否损坏。',
  }),
  TEMPLATE_TOO_COMPLEX: entry<{ what: 'tags' | 'elseChain' | 'subexpressionDepth' | 'eachDepth'; limit: number }>({
    severity: 'error',
    title: '模板过于复杂',
    message: [
      '模板中',
      { select: 'what', cases: { tags: '{{ }} 标签的个数', elseChain: '连写的 {{else if}} 分支的个数', subexpressionDepth: '一个标签里 ( ) 子表达式的嵌套层数', eachDepth: '#each 的嵌套层数' } },
      '超过了 %{limit}，从这里起超出上限。',
    ],
    hint: '正常的模板远用不到这么多；请检查模板是否损坏或是生成错了。',
  }),
  TEMPLATE_OUTPUT_TOO_LARGE: entry<{ limit: number; what: 'runs' | 'chars' | 'time' }>({
    severity: 'error',
    title: '模板生成的内容过多',
    message: [
      '按这个模板渲染时',
      { select: 'what', cases: { runs: '渲染的块（每个 #each 条目、#if 分支、段落各算一次）', chars: '生成的字符数', time: '耗时（毫秒）' } },
      '超过了 %{limit} 的上限（多半是 #each 套在 #each 里），没有生成报告。',
    ],
    hint: '检查这一位置的 #each 是否嵌套过深，或遍历了不该遍历的列表（如 @root 下的全部记录）。',
  }),
  TEMPLATE_PARTIAL_RECURSION: entry<{ partial: string; chain: string }>({
    severity: 'error',
    title: '模板片段调用了自己',
    message: '模板片段“%{partial}”经由 %{chain} 又调用了自己，渲染时会无限循环。',
    hint: '片段（partial）不能直接或间接调用自己；请改写这一调用。',
  }),
  TEMPLATE_TEXT_OUTSIDE_BLOCK: entry<{ text: string }>({
    severity: 'error',
    title: '模板中有写在段落之外的文字',
    message: '“%{text}”写在了 {{#paragraph}}、{{#heading}} 等块之外，报告中不会出现。',
    hint: '把文字放进 {{#paragraph}}…{{/paragraph}} 里；只是注释的话，写成 {{!-- 注释 --}}。',
  }),
  // `context`: where the field was looked for; `label`: that field's Chinese label (for `field`).
  TEMPLATE_UNKNOWN_FIELD: entry<{ path: string; context: 'dataVariable' | 'parent' | 'field'; label?: string; suggestion: string }>({
    severity: 'error',
    title: '模板用了不存在的字段',
    message: ['模板用了字段“%{path}”，但', { select: 'context', cases: { dataVariable: '数据变量', parent: '上一层上下文', field: '“%{label}”' } }, '中没有这个字段。'],
    hint: [{ ifPresent: 'suggestion', then: '是不是“%{suggestion}”？' }, '可用的字段见 docs/templates.md。'],
  }),
  TEMPLATE_UNKNOWN_HELPER: entry<{ name: string; suggestion: string }>({
    severity: 'error',
    title: '模板用了不存在的辅助函数',
    message: '模板用了辅助函数“%{name}”，但没有这个辅助函数。',
    hint: [{ ifPresent: 'suggestion', then: '是不是“%{suggestion}”？' }, '可用的辅助函数见 docs/templates.md。'],
  }),
  TEMPLATE_UNKNOWN_PARTIAL: entry<{ name: string }>({
    severity: 'error',
    title: '模板引用了不存在的片段',
    message: '模板引用了片段“%{name}”，但 partials 中没有这个片段。',
    hint: '片段放在模板文件夹的 partials/ 下，文件名为“片段名.hbs”。',
  }),
  // `name`: the helper or block as written in the template.
  TEMPLATE_UNSUPPORTED: entry<{ what: TemplateConstruct; name?: string }>({
    severity: 'error',
    title: '模板用了不支持的写法',
    message: [
      '模板用了不支持的写法：',
      {
        select: 'what',
        cases: {
          notAHelper: '“%{name}”不能当作辅助函数调用',
          blockParams: '块参数（as |x|）',
          literalParam: '#%{name} 只能用于数据中的字段，不能用于字面量',
          subexpressionParam: '#%{name} 只能用于数据中的字段，不能用于子表达式 ( )',
          eachNotList: '#each 只能用于列表',
          notABlockHelper: '“%{name}”不是块辅助函数',
          dynamicPartial: '动态片段名',
          partialHash: '片段的命名参数',
          partialBlock: '片段块（{{#> }}）',
          decorator: '修饰器（decorator）',
        },
      },
      '。',
    ],
    hint: '为了能在加载时检查模板，模板只能用固定的字段名、片段名和辅助函数。',
  }),
  TEMPLATE_RENDER: entry<{ problem: 'missingField' | 'tooDeep' | 'misuse'; name?: string }>({
    severity: 'error',
    title: '模板渲染失败',
    message: [
      '模板渲染失败：',
      {
        select: 'problem',
        cases: {
          missingField: '字段“%{name}”不存在。',
          tooDeep: '模板嵌套或调用过深，渲染中止。',
          misuse: '模板在这里对数据的用法不对（例如对数字或文字取字段，或把辅助函数用在不适用的值上）。',
        },
      },
    ],
    hint: '检查这一位置用到的字段和辅助函数。',
  }),
  RECORD_NOT_PLACED: entry<{ record: string; counted: string }>({
    severity: 'warning',
    title: '记录没有写进报告',
    message: ['这条记录（%{record}）没有写进报告正文', { ifPresent: 'counted', then: '，只计入了“%{counted}”' }, '。'],
    hint: '检查记录的类别是否写对；使用自己的模板时，确认模板写到了这类记录。',
  }),

  // ------------------------------------------------------------ writing the report (src/build, src/write)
  // Also what BATCH_BAD_NAME (never given) was meant for.
  OUTPUT_NAME_INVALID: entry<{ name: string }>({
    severity: 'error',
    title: '报告文件名不可用',
    message: '“%{name}”去掉不能用在文件名中的字符后什么也不剩，不能用作报告的文件名。',
    hint: '用 --name 指定一个文件名，或检查单位全称（office.name）。',
  }),
  OUTPUT_EXISTS: entry<{ target: string }>({
    severity: 'error',
    title: '报告文件已存在',
    message: '“%{target}”已经存在，没有覆盖它。',
    hint: '确认可以覆盖时加 --force；或用 --out、--name 换一个位置或文件名。',
  }),
  OUTPUT_BUSY: entry<{ target: string; cause: WriteProblem; errno?: string }>({
    severity: 'error',
    title: '报告文件正被占用',
    message: ['无法写入“%{target}”：', WRITE_PROBLEM],
    hint: '原有文件没有被改动。',
  }),
  OUTPUT_WRITE_FAILED: entry<{ target: string; cause: WriteProblem; errno?: string }>({
    severity: 'error',
    title: '报告文件写入失败',
    message: ['无法写入“%{target}”：', WRITE_PROBLEM],
    hint: '原有文件没有被改动，也没有留下写了一半的文件。',
  }),
  OUTPUT_DIR_INVALID: entry<{ dir: string; cause: FolderProblem; errno?: string }>({
    severity: 'error',
    title: '输出文件夹不可用',
    message: ['输出文件夹“%{dir}”不可用：', FOLDER_PROBLEM],
    hint: '用 --out 指定一个文件夹（不存在时会自动创建）。',
  }),
  CHARACTERS_REMOVED: entry<{ count: number }>({
    severity: 'warning',
    title: '删去了不可见字符',
    message: '报告中删去了 %{count} 个会使 Word 文件无法打开的不可见字符。',
    hint: '上面的 INVISIBLE_CHARACTER 警告指出了它们在数据中的位置；在数据中删去后这条警告就会消失。',
  }),
  PREVIOUS_YEAR_NOT_FOUND: entry<{ input: string }>({
    severity: 'error',
    title: '找不到上一年的记录',
    message: '找不到用于与上年比较的记录“%{input}”。',
    hint: '检查 --previous（或批量文件中 previous）的路径；不需要与上年比较时去掉它。',
  }),
  PREVIOUS_YEAR_INVALID: entry<{ input: string; first: string }>({
    severity: 'error',
    title: '上一年的记录有错误',
    // `first`: the first error's own catalogue message, with its place, without the final “。”.
    message: ['用于与上年比较的记录“%{input}”有错误，所以没有生成报告', { ifPresent: 'first', then: '。第一个错误：%{first}' }, '。'],
    hint: '先运行 summary check %{input} 改正上一年的记录；或去掉 --previous。',
  }),

  // ------------------------------------------------------------ batches (src/batch)
  // A batch's own problems, not an office's data.
  BATCH_NO_INPUT: entry<{ input: string }>({
    severity: 'error',
    title: '找不到要生成的单位',
    message: '“%{input}”中没有找到任何单位的年度工作记录（.yaml 或 .yml 文件）。',
    hint: '检查路径或通配符是否写对；文件名应以 .yaml 或 .yml 结尾。',
  }),
  // `label`: the field's Chinese name from the batch file's schema.
  BATCH_FILE_INVALID: entry<{ problem: BatchFileProblem; label: string; expected?: ExpectedType; allowed?: string }>({
    severity: 'error',
    title: '批量文件写法不对',
    message: [
      '批量文件有误：',
      {
        select: 'problem',
        cases: {
          missing: '缺少“%{label}”。',
          wrongType: ['“%{label}”的类型不对，应为', EXPECTED_TYPE, '。'],
          officeShape: '“%{label}”应写成文件路径，或 { path: 路径, fileName: 文件名模板 } 的形式。',
          choice: '“%{label}”只能是：%{allowed}。',
          noOffices: '“%{label}”至少要列一个单位。',
          tooSmall: '“%{label}”太小。',
          tooBig: '“%{label}”太大。',
          blank: '“%{label}”不能为空，也不能只有空格。',
        },
      },
    ],
    hint: '对照 docs/batch.md 中的批量文件示例修改。',
  }),
  BATCH_UNKNOWN_KEY: retired<{ key: string; suggestion?: string }>({
    severity: 'error',
    title: '批量文件中有不认识的字段（旧代码）',
    deprecated: { replacedBy: 'UNKNOWN_KEY', since: 'issue 13' },
    message: '批量文件中有不认识的字段“%{key}”。',
    hint: { ifPresent: 'suggestion', then: '是不是想写“%{suggestion}”？', else: '删除这个字段，或对照 docs/batch.md 改正字段名。' },
  }),
  BATCH_PATTERN_FIELD: entry<{ field: string; allowed: string }>({
    severity: 'error',
    title: '文件名模板中有不认识的字段',
    message: '文件名模板中的“{%{field}}”不认识。',
    hint: '可用的字段：%{allowed}。',
  }),
  INPUT_NOT_A_FILE: entry<{ input: string; kind: NotAFileKind }>({
    severity: 'error',
    title: '不是普通文件，没有读取',
    message: [
      '“%{input}”名为 YAML 文件，却是',
      { select: 'kind', cases: { folder: '一个文件夹', fifo: '一个管道（FIFO）', brokenLink: '一个指向不存在文件的链接', unreadable: '无法读取的条目', special: '一个特殊文件' } },
      '，所以没有读取，也没有计入任何单位。',
    ],
    hint: '把它换成真正的 .yaml 文件，或移出数据文件夹、改掉 .yaml 后缀。',
  }),
  INPUT_OUTSIDE: entry<{ input: string; target: string; root: string }>({
    severity: 'error',
    title: '要读的文件在数据文件夹之外',
    message: '“%{input}”指向“%{target}”，在“%{root}”之外，所以没有读取。',
    hint: '数据文件应放在数据文件夹（批量文件所在的文件夹，或运行命令的文件夹）里；确需读取外面的文件时加 --allow-outside。',
  }),
  BATCH_DUPLICATE_INPUT: entry<{ other: string }>({
    severity: 'warning',
    title: '同一单位列了两次',
    message: '这个单位已经列在“%{other}”，只生成一次。',
  }),
  BATCH_NAME_COLLISION: entry<{ name: string; other: string }>({
    severity: 'error',
    title: '两个单位会写入同一个文件',
    message: '这个单位的报告文件名“%{name}”与“%{other}”的相同（不分大小写），两份报告会互相覆盖，所以都没有生成。',
    hint: '检查两个单位的名称是否写重了；或在批量文件的 fileName 中加入 {township} 等字段，或为其中一个单位单独指定 fileName。',
  }),
  BATCH_BAD_NAME: retired<{ name: string; reason: string }>({
    severity: 'error',
    title: '报告文件名不可用（旧代码）',
    deprecated: { replacedBy: 'OUTPUT_NAME_INVALID', since: 'issue 13' },
    message: '按文件名模板得到的“%{name}”不能用作文件名：%{reason}。',
    hint: '修改批量文件中的 fileName，或为这个单位单独指定 fileName。',
  }),
  BATCH_YEAR_MISMATCH: entry<{ year: number; expected: number }>({
    severity: 'error',
    title: '年份与批量文件不一致',
    message: '这个单位的记录是 %{year} 年的，而批量文件写的是 %{expected} 年，所以没有生成。',
    hint: '检查是否选错了文件，或改正记录中的 year（年份）。',
  }),
  BATCH_ROLLUP_OTHER_YEAR: entry<{ office: string; year: number; rollupYear: number }>({
    severity: 'warning',
    title: '有单位不是汇总的年份',
    message: '“%{office}”的记录是 %{year} 年的，没有计入 %{rollupYear} 年的汇总表（它自己的报告照常生成）。',
    hint: '如果这个文件放错了文件夹，请移走；要汇总某一年，可在批量文件中写 year。',
  }),
  BATCH_ROLLUP_NOT_WRITTEN: entry<{ cause: WriteProblem; errno?: string }>({
    severity: 'error',
    title: '汇总表未能写入',
    message: ['汇总表未能写入：', WRITE_PROBLEM],
    hint: '文件已存在时加 --force 覆盖；文件在 Word 或 WPS 中打开时请先关闭。',
  }),
  BATCH_ROLLUP_NO_SIGNATURE: entry<Record<string, never>>({
    severity: 'warning',
    title: '汇总表没有落款',
    message: '汇总表没有落款和成文日期：没有指定报送汇总的单位。',
    hint: '用 --superior 指定落款（如 --superior 青山县政协办公室），或在批量文件中写 superior；日期用 --date 2025-01-10。',
  }),
  BATCH_ROLLUP_DATE_TODAY: entry<{ date: string }>({
    severity: 'warning',
    title: '汇总表的成文日期用了今天',
    message: '汇总表的成文日期没有指定，用了生成的这一天：%{date}。',
    hint: '用 --date 指定成文日期（如 --date 2025-01-10）；也可设置 SOURCE_DATE_EPOCH。',
  }),
  BATCH_INTERNAL_ERROR: retired<{ stage: 'check' | 'build' | 'rollup' }>({
    severity: 'error',
    title: '生成时工具内部出错（旧代码）',
    message: '生成这个单位的报告时工具内部出错。',
    hint: REPORT_BUG,
    deprecated: { replacedBy: 'TOOL_BUG', since: 'issue 13' },
  }),
  // `how`: the worker ended by itself (with an exit code), was closed while the office waited, or crashed with an error.
  BATCH_WORKER_DIED: entry<{ how: 'exited' | 'closed' | 'crashed'; exitCode?: string }>({
    severity: 'error',
    title: '生成进程意外退出',
    message: [
      '生成这个单位的报告时，工具的后台进程意外退出',
      { select: 'how', cases: { exited: '（退出码 %{exitCode}）', closed: '（进程池已关闭）', crashed: '（进程出错）' } },
      '。',
    ],
    hint: REPORT_BUG,
  }),
  BATCH_TIMEOUT: entry<{ seconds: number }>({
    severity: 'error',
    title: '生成超时',
    message: '生成这个单位的报告超过了 %{seconds} 秒，已被中止。',
    hint: REPORT_BUG,
  }),
} as const;

export type CatalogueCode = keyof typeof CATALOGUE;
