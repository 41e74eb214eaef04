/** YAML syntax, and what the parser reads differently from what was meant. */
import { entry, retired, type Field } from './entry.js';
import { YAML_SYNTAX_CASES, YAML_WARNING_CASES, type YamlSyntaxProblem, type YamlWarningProblem } from './cases.js';

export const YAML = {
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
  // `topic：…`: a key typed with the input method's colon. `value` is the rest of the line, trimmed and clipped (none when empty).
  FULLWIDTH_COLON_KEY: entry<{ key: string; value?: string }>({
    severity: 'error',
    title: '键后面用了全角冒号',
    message: '“%{key}”后面的冒号是全角的“：”，YAML 只认半角冒号，这一行读不出来。',
    hint: ['改成半角冒号加一个空格：%{key}:', { ifPresent: 'value', then: ' %{value}' }],
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
  // Every tag is now YAML_TAG, an error: `!!float 18` was “unknown” and then called 文字“18”, `!!binary` a “键: 值” structure.
  YAML_UNKNOWN_TAG: retired<{ tag: string }>({
    severity: 'warning',
    title: '无法识别的 YAML 标签',
    deprecated: { replacedBy: 'YAML_TAG', since: 'issue 22' },
    message: 'YAML 警告：无法识别的标签“%{tag}”，这一项按普通文字读取。',
    hint: '工作记录不需要以 ! 开头的标签；若“!”是正文的一部分，请给整段文字加引号。',
  }),
  YAML_TAG: entry<{ tag: string }>({
    severity: 'error',
    title: '记录里写了 YAML 标签',
    message: '这里写了以“!”开头的标签“%{tag}”。工作记录不用标签：数字、文字、日期都直接写，工具按字段知道它是什么。',
    hint: '删去“%{tag}”，只留后面的值（如 attendees: !!float 18 写成 attendees: 18）；若“!”是正文的一部分，请给整段文字加引号。',
  }),
  YAML_INVISIBLE_CHARACTER: entry<{ codePoint: string; count: number; what: 'bom' | 'nul' }>({
    severity: 'error',
    title: 'YAML 里有看不见的字符',
    message: [
      '这里有 %{count} 个看不见的字符“%{codePoint}”（',
      { select: 'what', cases: { bom: '字节顺序标记，记事本等会把它存在文件开头，这里却在文件中间', nul: '空字符，多是文件被截断或写坏留下的' } },
      '），这一行因此读不下去。',
    ],
    hint: '在编辑器里删去它：把光标放到这里按删除键，看不见时可把这一行删掉重打。',
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
  NO_YAML_IN_FOLDER: retired<{ folder: string }>({
    severity: 'error',
    title: '文件夹里没有 YAML 文件（旧代码）',
    deprecated: { replacedBy: 'NO_YAML_FILES', since: 'issue 13' },
    message: '文件夹“%{folder}”里没有 .yaml 或 .yml 文件。',
  }),

} as const;
