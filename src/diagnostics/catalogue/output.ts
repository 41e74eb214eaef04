/** Writing the report (src/office, src/write). */
import { entry } from './entry.js';
import { FOLDER_PROBLEM, WRITE_PROBLEM, type FolderProblem, type WriteProblem } from './cases.js';

export const OUTPUT = {
  // Also what BATCH_BAD_NAME (never given) was meant for.
  OUTPUT_NAME_INVALID: entry<{ name: string }>({
    severity: 'error',
    title: '报告文件名不可用',
    message: '“%{name}”去掉不能用在文件名中的字符后什么也不剩，不能用作报告的文件名。',
    hint: '用 --name 指定一个文件名，或检查单位全称（office.name）。',
  }),
  OUTPUT_EXISTS: entry<{ target: string }>({
    severity: 'error',
    paths: ['target'],
    title: '文件已存在',
    message: '“%{target}”已经存在，没有覆盖它。',
    hint: '确认可以覆盖时加 --force；或换一个位置或文件名。',
  }),
  // The re-run rule (src/write/output-file.ts commitTracked): a generated file changed since the tool wrote it is the user's.
  OUTPUT_EDITED: entry<{ target: string; why: 'edited' | 'unknown' }>({
    severity: 'error',
    paths: ['target'],
    title: '文件生成之后被改过，没有按新数据重写',
    message: {
      select: 'why',
      cases: {
        edited: '“%{target}”在上次生成之后被改过（例如在 Word 里修改并保存了），而这次的数据与那时不同；为了不丢掉其中的修改，没有用新数据覆盖它。',
        unknown:
          '已经有一个“%{target}”，内容与这次要写的不同，而这个文件夹的生成记录（.summary-outputs.json）里没有它：不知道它是不是本工具生成的、之后有没有被改过，所以没有覆盖它。',
      },
    },
    hint: '要按这次的数据重新生成它：先把这个文件改名或移到别处（其中的修改都还在），再运行一次；加 --force 则覆盖所有已有的同名文件，包括有修改的。',
  }),
  OUTPUT_BUSY: entry<{ target: string; cause: WriteProblem; errno?: string }>({
    severity: 'error',
    paths: ['target'],
    title: '报告文件正被占用',
    message: ['无法写入“%{target}”：', WRITE_PROBLEM],
    hint: '原有文件没有被改动。',
  }),
  OUTPUT_WRITE_FAILED: entry<{ target: string; cause: WriteProblem; errno?: string }>({
    severity: 'error',
    paths: ['target'],
    title: '报告文件写入失败',
    message: ['无法写入“%{target}”：', WRITE_PROBLEM],
    hint: '原有文件没有被改动，也没有留下写了一半的文件。',
  }),
  OUTPUT_DIR_INVALID: entry<{ dir: string; cause: FolderProblem; errno?: string }>({
    severity: 'error',
    paths: ['dir'],
    title: '输出文件夹不可用',
    message: ['输出文件夹“%{dir}”不可用：', FOLDER_PROBLEM],
    // convert, ledger and init take no --out: their file's folder is written before its name.
    hint: '换一个文件夹：生成报告时用 --out 指定；convert、ledger、init 在文件名前写上文件夹（如 台账/2025.xlsx）。不存在的文件夹会自动创建。',
  }),
  CHARACTERS_REMOVED: entry<{ count: number }>({
    severity: 'warning',
    title: '删去了不可见字符',
    message: '报告中删去了 %{count} 个会使 Word 文件无法打开的不可见字符。',
    hint: '上面的 INVISIBLE_CHARACTER 警告指出了它们在数据中的位置；在数据中删去后这条警告就会消失。',
  }),
  PREVIOUS_YEAR_NOT_FOUND: entry<{ input: string }>({
    severity: 'error',
    paths: ['input'],
    title: '找不到上一年的记录',
    message: '找不到用于与上年比较的记录“%{input}”。',
    hint: '检查 --previous（或批量文件中 previous）的路径；不需要与上年比较时去掉它。',
  }),
  PREVIOUS_YEAR_INVALID: entry<{ input: string; first: string }>({
    severity: 'error',
    paths: ['input'],
    title: '上一年的记录有错误',
    // `first`: the first error's own catalogue message, with its place, without the final “。”.
    message: ['用于与上年比较的记录“%{input}”有错误，所以没有生成报告', { ifPresent: 'first', then: '。第一个错误：%{first}' }, '。'],
    hint: '先运行 summary check %{input} 改正上一年的记录；或去掉 --previous。',
  }),

} as const;
