/**
 * Stage 2 of an office: the prepared model through the section templates
 * into the document model (headings, paragraphs, the statistics table), and
 * the account of where every record went. A record no template placed is a
 * warning on every build, not only with --explain. Never throws.
 */
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { ReportDocument } from '../document/model.js';
import { explainPlacements, explainText, type ExplainEntry } from '../render/explain.js';
import type { Placement } from '../render/drafts.js';
import { renderWithPlacements } from '../render/render-report.js';
import type { PreparedOffice } from './prepare.js';
import type { Result } from '../result.js';

export interface RenderedOffice {
  document: ReportDocument;
  /** The `.explain.txt` text: one line per record. */
  explanation: string;
  /** Which block of `document` read which record: the live preview traces sentences with these. */
  placements: Placement[];
  /** Every record with its label and the numbers that count it, in data order. */
  entries: ExplainEntry[];
}

/** `templatesDir`: the office's own templates; `allowOutside`: their links may leave that folder. */
export function renderOffice(prepared: PreparedOffice, opts: { templatesDir?: string; allowOutside?: boolean } = {}): Result<RenderedOffice> {
  const rendered = renderWithPlacements(prepared.model, { ...(opts.templatesDir !== undefined && { templatesDir: opts.templatesDir }), ...(opts.allowOutside && { allowOutside: true }) });
  if (!rendered.value || hasErrors(rendered.diagnostics)) return { diagnostics: rendered.diagnostics };
  const placed = explainPlacements(prepared.model, rendered.value, prepared.locate);
  return {
    value: { document: rendered.value.document, explanation: explainText(placed.entries), placements: rendered.value.placements, entries: placed.entries },
    diagnostics: [...rendered.diagnostics, ...placed.diagnostics],
  };
}
