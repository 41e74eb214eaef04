/**
 * Document model → HTML: the report as one continuous sheet of A4 width, each
 * block an element carrying its index (`data-b`). The stylesheet
 * (assets/preview/preview.css) sets the GB/T 9704 measures; the preview's
 * script cuts the sheet into pages. Without the script the text still reads
 * in order, top to bottom. Like the Markdown writer it knows nothing of
 * files, records or the server: the tracing comes in as `segments`.
 */
import { attachmentNoteLines, type Block, type ReportDocument } from '../../document/model.js';
import { shownRows } from '../markdown.js';
import { titleLines } from '../docx/title-lines.js';

/** A stretch of a block's text to wrap in its own element (a sentence the reader can click). */
export interface Segment {
  start: number;
  end: number;
  /** Written as `data-t`. */
  trace: number;
}

export interface HtmlOptions {
  /** The stretches of a paragraph to mark, in order and not overlapping; none: the text as it is. */
  segments?: (block: number, text: string) => readonly Segment[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Text with its line breaks. */
const lines = (s: string): string => escapeHtml(s).split('\n').join('<br>');

function marked(text: string, segments: readonly Segment[]): string {
  let out = '';
  let at = 0;
  for (const s of segments) {
    if (s.start > at) out += lines(text.slice(at, s.start));
    out += `<span class="s" data-t="${s.trace}">${lines(text.slice(s.start, s.end))}</span>`;
    at = s.end;
  }
  return out + lines(text.slice(at));
}

function tableHtml(b: Extract<Block, { type: 'table' }>, i: number): string {
  const head = `<tr>${b.header.map((h) => `<th>${lines(h)}</th>`).join('')}</tr>`;
  // A value repeated down a merged column is shown once, as the .docx merges those cells.
  const merge = new Set(b.mergeRepeats ?? []);
  const body = shownRows(b)
    .map((row, r) => `<tr>${row.map((v, c) => `<td${merge.has(c) && r > 0 && v === '' && (b.rows[r]?.[c] ?? '') !== '' ? ' class="merged"' : ''}>${lines(v)}</td>`).join('')}</tr>`)
    .join('');
  return [
    `<div class="b-table" data-b="${i}">`,
    b.title ? `<p class="table-title">${lines(b.title)}</p>` : '',
    `<table><thead>${head}</thead><tbody>${body}</tbody></table>`,
    b.note ? `<p class="table-note">${lines(b.note)}</p>` : '',
    '</div>',
  ].join('');
}

function blockHtml(b: Block, i: number, next: Block | undefined, opts: HtmlOptions): string {
  switch (b.type) {
    case 'title':
      return `<h1 class="b-title" data-b="${i}">${titleLines(b.text).map(lines).join('<br>')}</h1>`;
    case 'heading':
      return `<h${b.level + 1} class="b-h${b.level}" data-b="${i}">${marked(b.text, opts.segments?.(i, b.text) ?? [])}</h${b.level + 1}>`;
    case 'paragraph': {
      // The body's last lines stay with the signature (the .docx's keepNext), so no page holds a signature alone.
      const keep = next?.type === 'signature' || next?.type === 'attachmentNote' ? ' keep-next' : '';
      return `<p class="b-p${keep}" data-b="${i}">${marked(b.text, opts.segments?.(i, b.text) ?? [])}</p>`;
    }
    case 'table':
      return tableHtml(b, i);
    case 'attachmentNote': {
      // Several attachments: numbered, the later names aligned under the first (the .docx's hanging indent).
      const all = attachmentNoteLines(b.titles);
      const noted = all.map((l) => `<p class="att-line${all.length > 1 ? ' hang' : ''}">${lines(l.trimStart())}</p>`);
      return `<div class="b-attnote keep-next" data-b="${i}"><p class="blank"></p>${noted.join('')}</div>`;
    }
    case 'attachment':
      return `<div class="b-attachment break-before" data-b="${i}"><p class="att-label">${lines(b.label)}</p><p class="blank"></p><p class="att-title">${lines(b.title)}</p></div>`;
    case 'signature':
      return `<div class="b-sig" data-b="${i}"><p class="blank"></p><div class="sig"><p class="sig-name">${lines(b.name)}</p><p class="sig-date">${lines(b.date)}</p></div></div>`;
    case 'pageBreak':
      return `<div class="b-break break-before" data-b="${i}"></div>`;
  }
}

/** The report's blocks as one `<article>`; deterministic, like the other writers. */
export function toHtml(doc: ReportDocument, opts: HtmlOptions = {}): string {
  const blocks = doc.blocks.map((b, i) => blockHtml(b, i, doc.blocks[i + 1], opts));
  return `<article class="sheet" id="sheet" lang="zh-CN">\n${blocks.join('\n')}\n</article>`;
}
