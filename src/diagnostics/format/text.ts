/**
 * Human-readable output, in the manner of eslint's stylish and tsc's pretty:
 * `file:line:col 错误 CODE message`, a code frame, then the hint.
 */
import type { Diagnostic } from '../diagnostic.js';
import { codeFrame } from './code-frame.js';
import { printable, printableLines } from './printable.js';
import { SEVERITY_ZH, summaryLine, type FormatInput } from './records.js';

export interface TextOptions {
  color?: boolean;
  /** Leave out code frames (e.g. for very long logs). */
  frames?: boolean;
  /** Printed between the diagnostics and the summary line (the per-office table). */
  beforeSummary?: string;
  /** Leave out the closing summary line (`build` prints its own result). */
  summary?: boolean;
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** `examples/x.yaml:3:1`, or in a ledger `台账.xlsx 会议!C5（日期）：`. */
export function placeOf(d: Diagnostic): string {
  if (d.cell !== undefined) return `${d.file} ${d.sheet}!${d.cell}${d.header ? `（${d.header}）` : ''}：`;
  if (d.sheet !== undefined) return `${d.file} ${d.sheet}：`;
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
}

export function formatText(input: FormatInput, opts: TextOptions = {}): string {
  const color = opts.color ?? false;
  const blocks: string[] = [];
  for (const d of input.diagnostics) {
    const sev = paint(color, d.severity === 'error' ? '31' : '33', SEVERITY_ZH[d.severity]);
    // File names and messages quote the data; only the colours added here are escape sequences.
    const lines = [`${paint(color, '1', printable(placeOf(d)))} ${sev} ${paint(color, '2', d.code)} ${printable(d.message)}`];
    const source = input.sources?.get(d.file);
    if (opts.frames !== false && source !== undefined && d.line > 0 && d.cell === undefined) {
      const frame = codeFrame(source, d.line, d.column, d.endLine, d.endColumn);
      if (frame) lines.push(frame);
    }
    if (d.hint) lines.push(`  ${paint(color, '36', '提示：')}${printable(d.hint)}`);
    blocks.push(lines.join('\n'));
  }
  if (opts.beforeSummary) blocks.push(printableLines(opts.beforeSummary.trimEnd()));
  if (opts.summary !== false) blocks.push(summaryLine(input.summary));
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}
