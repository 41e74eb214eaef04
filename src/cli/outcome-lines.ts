/**
 * The line that says what became of a generated file (a report built alone,
 * each roll-up file), by the re-run rule's outcome (src/write/output-file.ts
 * commitTracked). One wording for the report and the roll-up alike.
 */
import type { FileOutcome } from '../write/output-file.js';

const LINES: Record<FileOutcome, (file: string, what: string) => string> = {
  written: (file, what) => `已生成${what}：${file}`,
  replaced: (file, what) => `已更新${what}：${file}（按这次的数据重写了上次生成的文件）`,
  unchanged: (file, what) => `${what}已是最新：${file}（与这次的数据一致，没有改动）`,
  kept: (file, what) => `保留了修改过的${what}：${file}（它在生成之后被改过，而数据与那时相同；要按数据重新生成，先把它改名或移走再运行）`,
  refused: (file, what) => `${what}有修改，没有更新：${file}（见上）`,
};

/** `what`: 报告 or 汇总表. */
export const outcomeLine = (outcome: FileOutcome, file: string, what: string): string => `${LINES[outcome](file, what)}\n`;
