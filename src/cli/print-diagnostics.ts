/** Diagnostics as text with code frames, from the sources the pipeline already read (never a second read), paths from the current folder. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatText } from '../diagnostics/format/text.js';
import type { CommandContext } from './io.js';
import { showDiagnostics, showFrom, showSources } from './display-paths.js';

export function printDiagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, ctx: CommandContext, wantColor: boolean): void {
  if (diagnostics.length === 0) return;
  const summary = {
    files: new Set(diagnostics.map((d) => d.file)).size,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  const color = wantColor && ctx.io.isTTY && !ctx.io.env.NO_COLOR;
  const show = showFrom(ctx.io.cwd);
  ctx.io.stderr.write(formatText({ diagnostics: showDiagnostics(diagnostics, show), sources: showSources(sources, show), summary }, { color, summary: false }));
}
