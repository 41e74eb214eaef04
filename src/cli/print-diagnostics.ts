/**
 * Diagnostics on stderr as text with code frames, from the sources the
 * pipeline already read (never a second read), paths shown from the current
 * folder, coloured by stderr's own terminal. `build`, `preview`, `init`,
 * `ledger` and `convert` print through here (`check` prints its own formats
 * on stdout).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatText } from '../diagnostics/format/text.js';
import type { CommandContext } from './io.js';
import { colorFor } from './color.js';
import { showDiagnostics, showFrom, showSources } from './display-paths.js';

export function printDiagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, ctx: CommandContext, wantColor = true): void {
  if (diagnostics.length === 0) return;
  const show = showFrom(ctx.io.cwd);
  const color = colorFor(ctx.io, 'stderr', wantColor);
  // The summary line is the command's own (已生成…, 没有生成报告…): formatText prints none here.
  ctx.io.stderr.write(formatText({ diagnostics: showDiagnostics(diagnostics, show), sources: showSources(sources, show), summary: { files: 0, errors: 0, warnings: 0 } }, { color, summary: false }));
}
