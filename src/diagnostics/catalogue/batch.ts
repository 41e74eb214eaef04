/** Batches and the county roll-up (src/batch, src/rollup): a batch's own problems, not an office's data. */
import { entry, retired, REPORT_BUG } from './entry.js';
import { EXPECTED_TYPE, WRITE_PROBLEM, type BatchFileProblem, type ExpectedType, type NotAFileKind, type WriteProblem } from './cases.js';

export const BATCH = {
  // A batch's own problems, not an office's data.
  BATCH_NO_INPUT: retired<{ input: string }>({
    severity: 'error',
    title: '找不到要生成的单位（旧代码）',
    deprecated: { replacedBy: 'NO_YAML_FILES', since: 'issue 13' },
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
    hint: '对照 docs/batch.md“批量文件”中的示例修改。',
  }),
  BATCH_UNKNOWN_KEY: retired<{ key: string; suggestion?: string }>({
    severity: 'error',
    title: '批量文件中有不认识的字段（旧代码）',
    deprecated: { replacedBy: 'UNKNOWN_KEY', since: 'issue 13' },
    message: '批量文件中有不认识的字段“%{key}”。',
    hint: { ifPresent: 'suggestion', then: '是不是想写“%{suggestion}”？', else: '删除这个字段，或对照 docs/batch.md“批量文件”改正字段名。' },
  }),
  BATCH_PATTERN_FIELD: entry<{ field: string; allowed: string }>({
    severity: 'error',
    title: '文件名模板中有不认识的字段',
    message: '文件名模板中的“{%{field}}”不认识。',
    hint: '可用的字段：%{allowed}。',
  }),
  INPUT_NOT_A_FILE: entry<{ input: string; kind: NotAFileKind }>({
    severity: 'error',
    paths: ['input'],
    title: '不是普通文件，没有读取',
    message: [
      '“%{input}”名为 YAML 文件，却是',
      {
        select: 'kind',
        cases: { folder: '一个文件夹', fifo: '一个管道（FIFO）', brokenLink: '一个指向不存在文件的链接', linkLoop: '一个指向自己的链接（链接循环）', unreadable: '无法读取的条目', special: '一个特殊文件' },
      },
      '，所以没有读取，也没有计入任何单位。',
    ],
    hint: '把它换成真正的 .yaml 文件，或移出数据文件夹、改掉 .yaml 后缀。',
  }),
  INPUT_OUTSIDE: entry<{ input: string; target: string; root: string }>({
    severity: 'error',
    paths: ['input', 'target', 'root'],
    title: '要读的文件在数据文件夹之外',
    message: '“%{input}”指向“%{target}”，在数据文件夹“%{root}”之外，所以没有读取。',
    hint: '数据文件应放在数据文件夹（批量文件所在的文件夹，或运行命令的文件夹）里；确需读取外面的文件时加 --allow-outside。',
  }),
  BATCH_DUPLICATE_INPUT: entry<{ other: string }>({
    severity: 'warning',
    paths: ['other'],
    title: '同一单位列了两次',
    message: '这个单位已经列在“%{other}”，只生成一次。',
  }),
  BATCH_NAME_COLLISION: entry<{ name: string; other: string[] }>({
    severity: 'error',
    paths: ['other'],
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
  // The roll-up is written by the one file writer, whose OUTPUT_* diagnostics name the roll-up's file.
  BATCH_ROLLUP_NOT_WRITTEN: retired<{ cause: WriteProblem; errno?: string }>({
    severity: 'error',
    title: '汇总表未能写入',
    deprecated: { replacedBy: 'OUTPUT_WRITE_FAILED', since: 'issue 18' },
    message: ['汇总表未能写入：', WRITE_PROBLEM],
    hint: '文件已存在时加 --force 覆盖；文件在 Word 或 WPS 中打开时请先关闭。',
  }),
  // Retired in issue 21: the tool's own untouched roll-up is rewritten when the data changed; one edited since is OUTPUT_EDITED, as a report is.
  BATCH_ROLLUP_STALE: retired<Record<string, never>>({
    severity: 'error',
    deprecated: { replacedBy: 'OUTPUT_EDITED', since: 'issue 21' },
    title: '已有的汇总表已过时，没有覆盖（旧代码）',
    message: '已有同名汇总表，内容与这次给出的数据不同（是以前生成的，已过时），没有覆盖。',
    hint: '请加 --force 重新生成，或先移走旧文件。',
  }),
  // `dated`: a date was given (--date, SOURCE_DATE_EPOCH): it is not printed either, since it stands under the signature.
  BATCH_ROLLUP_NO_SIGNATURE: entry<{ dated?: boolean }>({
    severity: 'warning',
    title: '汇总表没有落款',
    message: { ifPresent: 'dated', then: '汇总表没有落款：没有指定报送汇总的单位；成文日期写在落款下面，没有落款也就没有印出。', else: '汇总表没有落款和成文日期：没有指定报送汇总的单位。' },
    hint: { ifPresent: 'dated', then: '用 --superior 指定落款（如 --superior 青山县政协办公室），或在批量文件中写 superior。', else: '用 --superior 指定落款（如 --superior 青山县政协办公室），或在批量文件中写 superior；日期用 --date 2025-01-10。' },
  }),
  // Retired in issue 20: the build day is not guessed as the roll-up's date any more.
  BATCH_ROLLUP_DATE_TODAY: retired<{ date: string }>({
    severity: 'warning',
    title: '汇总表的成文日期用了今天（旧代码）',
    message: '汇总表的成文日期没有指定，用了生成的这一天：%{date}。',
    hint: '用 --date 指定成文日期（如 --date 2025-01-10）；也可设置 SOURCE_DATE_EPOCH。',
    deprecated: { replacedBy: 'BATCH_ROLLUP_NO_DATE', since: 'issue 20' },
  }),
  BATCH_ROLLUP_NO_DATE: entry<Record<string, never>>({
    severity: 'warning',
    title: '汇总表没有写成文日期',
    message: '汇总表的落款下没有写成文日期：没有用 --date 指定。生成的这一天不一定是成文的日子（重新生成往年的汇总时一定不是），所以不替你填。',
    hint: '用 --date 指定成文日期再生成一次，如 --date 2025-01-10（CI 里也可设置 SOURCE_DATE_EPOCH）。',
  }),
  BATCH_INTERNAL_ERROR: retired<{ stage: 'check' | 'build' | 'rollup' }>({
    severity: 'error',
    title: '生成时工具内部出错（旧代码）',
    message: '生成这个单位的报告时工具内部出错。',
    hint: REPORT_BUG,
    deprecated: { replacedBy: 'TOOL_BUG', since: 'issue 13' },
  }),
  // `how`: the worker ended by itself (with an exit code), was closed while the office waited, ran out of memory, or crashed.
  BATCH_WORKER_DIED: entry<{ how: 'exited' | 'closed' | 'outOfMemory' | 'crashed'; exitCode?: string }>({
    severity: 'error',
    title: '生成进程意外退出',
    message: [
      '生成这个单位的报告时，工具的后台进程意外退出',
      { select: 'how', cases: { exited: '（退出码 %{exitCode}）', closed: '（进程池已关闭）', outOfMemory: '（内存用尽）', crashed: '（进程出错）' } },
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
