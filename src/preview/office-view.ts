/**
 * One office as the preview shows it, kept up to date: each refresh takes the
 * build's own stages (office/prepare → office/render, as `summary build` and
 * `summary preview` do) and turns the result into what the page shows. When
 * the data no longer passes (a file saved half-way, a typo, a workbook WPS is
 * still replacing), the last good report stays, marked stale, under the
 * problem. Never throws for the user's input.
 */
import path from 'node:path';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatText } from '../diagnostics/format/text.js';
import { prepareOffice } from '../office/prepare.js';
import { prepareOptions, renderOptions } from '../office/build-office.js';
import { renderOffice } from '../office/render.js';
import type { OfficeOptions } from '../office/types.js';
import { toHtml } from '../write/html/report-html.js';
import { sentenceOf, traceReport, type SentenceTrace, type TracedRecord } from './trace.js';

/** A diagnostic as the page lists it: check's text (place, code, message, code frame, hint). */
export interface ShownDiagnostic {
  severity: Diagnostic['severity'];
  code: string;
  text: string;
  /** The sentence of the report that read the record it is about. */
  sentence?: number;
}

/** The report part of the page: replaced only by a report that rendered. */
export interface GoodReport {
  title: string;
  html: string;
  records: Record<string, TracedRecord>;
  sentences: SentenceTrace[];
  /** The version of the data it was made from. */
  version: number;
}

export interface OfficeView {
  /** Counts refreshes: the page asks for the view when it changes. */
  version: number;
  /** The last report that rendered; undefined until one has. */
  report?: GoodReport;
  /** The report is older than the data: the data now has errors. */
  stale: boolean;
  diagnostics: ShownDiagnostic[];
  errors: number;
  warnings: number;
}

export interface PreviewOptions {
  /** How the build names and writes this office's report (the same options `build` would use). */
  office: OfficeOptions;
  /** How a file is shown to the reader (relative to where the command was started). */
  show: (file: string) => string;
}

export class OfficePreview {
  view: OfficeView = { version: 0, stale: false, diagnostics: [], errors: 0, warnings: 0 };
  /** Files and folders whose change means a refresh. */
  watched: string[] = [];
  private running: Promise<void> | undefined;
  private again = false;
  private readonly listeners = new Set<(view: OfficeView) => void>();

  constructor(
    /** The office's file or folder, resolved. */
    readonly input: string,
    readonly options: PreviewOptions,
  ) {}

  onChange(listener: (view: OfficeView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Read the files again; a refresh asked for while one runs is run once after it, with what is on disk then. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          this.view = await this.compute().catch(() => this.failed());
          for (const l of this.listeners) l(this.view);
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** A bug of the tool while reading: said as `build` says it, the last good report kept; the server goes on. */
  private failed(): OfficeView {
    let file = this.input;
    try {
      file = this.options.show(this.input);
    } catch {
      // The bug may be in showing a path: the full one will do.
    }
    const text = formatText({ diagnostics: [diagnostic('TOOL_BUG', { stage: 'build' }, wholeFile(file))], summary: { files: 1, errors: 1, warnings: 0 } }, { summary: false }).trimEnd();
    const { report } = this.view;
    return { version: this.view.version + 1, ...(report && { report }), stale: report !== undefined, diagnostics: [{ severity: 'error', code: 'TOOL_BUG', text }], errors: 1, warnings: 0 };
  }

  private async compute(): Promise<OfficeView> {
    const { office, show } = this.options;
    const version = this.view.version + 1;
    // The build's own options for each stage (--annex, --previous, --templates, a batch's files …), so the page shows what the write button writes.
    const prepared = await prepareOffice(this.input, prepareOptions(office));
    const diagnostics = [...prepared.diagnostics];
    const rendered = prepared.value ? renderOffice(prepared.value, renderOptions(office)) : undefined;
    if (rendered) diagnostics.push(...rendered.diagnostics);
    this.watched = watchList(this.input, prepared.files, office);

    let report = this.view.report;
    let trace: ReturnType<typeof traceReport> | undefined;
    if (prepared.value && rendered?.value && !hasErrors(diagnostics)) {
      const { document, placements, entries } = rendered.value;
      trace = traceReport({ document, placements, entries, model: prepared.value.model, locate: prepared.value.locate, show });
      const segments = trace.segments;
      report = {
        title: document.title,
        html: toHtml(document, { segments: (block) => segments.get(block) ?? [] }),
        records: trace.records,
        sentences: trace.sentences,
        version,
      };
    }
    const sources = new Map([...prepared.sources].map(([file, text]) => [show(file), text]));
    const shown = diagnostics.map((d): ShownDiagnostic => {
      const visible = { ...d, file: show(d.file) };
      const text = formatText({ diagnostics: [visible], sources, summary: { files: 1, errors: 0, warnings: 0 } }, { summary: false }).trimEnd();
      const sentence = trace ? sentenceOf(d, trace) : undefined;
      return { severity: d.severity, code: d.code, text, ...(sentence !== undefined && { sentence }) };
    });
    return {
      version,
      ...(report && { report }),
      stale: report !== undefined && report.version !== version,
      diagnostics: shown,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    };
  }
}

/** The office's files, the office itself (a folder gains files; a missing file may appear), last year's data and the templates. */
function watchList(input: string, files: readonly string[], office: OfficeOptions): string[] {
  const out = new Set([input, ...files.map((f) => path.resolve(office.cwd, f))]);
  if (office.previous !== undefined) out.add(path.resolve(office.cwd, office.previous));
  if (office.templatesDir !== undefined) out.add(office.templatesDir);
  return [...out];
}
