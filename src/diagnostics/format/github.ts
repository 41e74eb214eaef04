/**
 * GitHub Actions workflow commands, one per diagnostic, so problems show on
 * the changed lines of a pull request. GitHub shows at most 10 error
 * annotations per step, which is why the CLI prints the full text log too.
 */
import { randomBytes } from 'node:crypto';
import { titleOf } from '../create.js';
import { printable } from './printable.js';
import type { FormatInput } from './records.js';

/** Escaping of a command's message (GitHub's toolkit `escapeData`). */
export const escapeData = (s: string): string => printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));

/** Escaping of a property value (`escapeProperty`): also `:` and `,`, which delimit properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Text of many lines from the data (a report's preview) as a GitHub Actions
 * log may carry it: between `::stop-commands::TOKEN` and `::TOKEN::`, the
 * runner's own way to print untrusted text, so no line of it is run as a
 * workflow command. Outside GitHub Actions the text is unchanged.
 */
export function withoutWorkflowCommands(text: string, env: Record<string, string | undefined>): string {
  if (env.GITHUB_ACTIONS !== 'true') return text;
  const token = `summary-${randomBytes(8).toString('hex')}`;
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

export function formatGithub(input: FormatInput): string {
  const lines = input.diagnostics.map((d) => {
    const props: string[] = [`file=${escapeProperty(d.file)}`];
    // A workbook has no lines: the annotation goes on the file, the cell into its title and message.
    const cell = d.sheet !== undefined ? `${d.sheet}${d.cell !== undefined ? `!${d.cell}` : ''}${d.header ? `（${d.header}）` : ''}` : undefined;
    if (d.line > 0 && cell === undefined) {
      props.push(`line=${d.line}`, `col=${d.column}`);
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
    }
    props.push(`title=${escapeProperty(`${d.code} ${titleOf(d.code)}${cell ? ` ${cell}` : ''}`)}`);
    const text = cell ? `${cell}：${d.message}` : d.message;
    const message = d.hint ? `${text}\n提示：${d.hint}` : text;
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(message)}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
