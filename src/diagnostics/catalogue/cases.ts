/**
 * Wordings shared by several entries, or too long to read inline: each a
 * `select` over a parameter whose values the code that finds the problem
 * passes (a yaml error code, a file-system cause…). Data only.
 */
/** What yaml's syntax errors mean, by yaml 2's error code (its ErrorCode type) or a finer kind read from its message. */
export const YAML_SYNTAX_CASES = {
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
export const YAML_WARNING_CASES = {
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
export const READ_PROBLEM = {
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
export const WRITE_PROBLEM = {
  select: 'cause',
  cases: {
    exists: '文件已存在。如需覆盖，请使用 --force。',
    busy: '文件正被其他程序占用（%{errno}），可能正在 Word 或 WPS 中打开，请关闭该文件后重试。',
    denied: '没有在这个文件夹中写文件的权限（%{errno}）。请换一个文件夹写（生成报告时用 --out 指定），或请管理员开放写入权限。',
    missingDir: '输出文件夹不存在。',
    diskFull: '磁盘已满。',
    readOnly: '这个文件夹所在的磁盘或分区是只读的（%{errno}）。请换一个文件夹写（生成报告时用 --out 指定）。',
    systemFolder: '这是系统的内核或设备目录（/proc、/sys、/dev），不能在其中保存报告。',
    empty: '要写的内容是空的，没有写出文件。这是本工具的缺陷，请把命令和输入文件发给工具维护者。',
    other: { ifPresent: 'errno', then: '写入失败（系统错误 %{errno}）。', else: '写入失败（系统错误 未知）。' },
  },
} as const;
export type WriteProblem = keyof typeof WRITE_PROBLEM.cases;

/** Why an output folder cannot be used. */
export const FOLDER_PROBLEM = {
  select: 'cause',
  cases: {
    systemFolder: '这是系统的内核或设备目录（/proc、/sys、/dev），不能在其中保存报告。',
    isFile: '这是一个文件，不是文件夹。',
    denied: '没有创建它的权限（%{errno}）。',
    readOnly: '它所在的磁盘或分区是只读的（%{errno}），不能在上面建文件夹。',
    other: { ifPresent: 'errno', then: '无法创建（系统错误 %{errno}）。', else: '无法创建（系统错误 未知）。' },
  },
} as const;
export type FolderProblem = keyof typeof FOLDER_PROBLEM.cases;

/** What a path named like a YAML file turned out to be. */
export type NotAFileKind = 'folder' | 'fifo' | 'brokenLink' | 'linkLoop' | 'unreadable' | 'special';

/** What the user wrote where another type was wanted (`gotText`: the value as written, clipped). */
export const WRITTEN_VALUE = {
  select: 'got',
  cases: {
    null: '空值',
    array: '列表',
    string: '文字“%{gotText}”',
    emptyString: '空的文字（""）',
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
export const EXPECTED_TYPE = {
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
