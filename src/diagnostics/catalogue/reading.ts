/** Reading files: finding, reading and decoding them, and the limits on their size and shape. */
import { entry, retired, REPORT_BUG } from './entry.js';
import { READ_PROBLEM, type ReadProblem } from './cases.js';

export const READING = {
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
    paths: ['input'],
    title: '找不到文件',
    message: '找不到“%{input}”，也没有与之匹配的记录文件（YAML 或工作台账）。',
    hint: '检查路径是否写对；文件名应以 .yaml、.yml 或 .xlsx（工作台账）结尾。',
  }),
  // A folder or pattern with no year records in it, whether it was to be one office or many (it took the place of
  // NO_YAML_IN_FOLDER and BATCH_NO_INPUT, named after the two code paths that found it).
  NO_YAML_FILES: entry<{ input: string }>({
    severity: 'error',
    paths: ['input'],
    title: '找不到年度工作记录',
    message: '“%{input}”中没有找到任何单位的年度工作记录（.yaml、.yml 文件或 .xlsx 工作台账）。',
    hint: '检查路径或通配符是否写对；文件名应以 .yaml、.yml 或 .xlsx（工作台账）结尾。',
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
  // The year's text over all its files: what the render budget is sized for (src/render/budget.ts).
  DATA_TEXT_TOO_LARGE: entry<{ limit: number }>({
    severity: 'error',
    title: '全年记录的文字过多',
    message: '这个单位全年记录中的文字共超过了 %{limit} 个字符（所有文件合计），一个单位一年的工作记录不会有这么多，没有继续处理。',
    hint: '检查是否重复粘贴了内容，或把不属于本单位的文件移出它的文件夹。',
  }),
  DATA_TOO_LARGE: entry<{ limit: number }>({
    severity: 'error',
    title: '文件中的条目过多',
    message: '文件中的内容过多：超过了 %{limit} 个键、值和列表项（或与之相当的 YAML 记号），从这里起超出上限。一个单位一年的工作记录不会有这么多。',
    hint: '检查文件是否重复粘贴了内容，或把不属于本单位的内容移走；为了安全，工具不再读取这个文件的其余部分。',
  }),

} as const;
