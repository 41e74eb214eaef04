/**
 * Document model → Markdown (preview, golden files, diffs) and plain text.
 * Deterministic: the same document always gives the same bytes.
 */
import { attachmentNoteLines, type Block, type ReportDocument } from '../document/model.js';

/** Characters that would start Markdown syntax at the start of a line or inside a table cell. */
const escapeInline = (s: string): string => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
const escapeLineStart = (s: string): string => s.replace(/^(\s*)([-+=]|\d+\.)(\s)/, '$1\\$2$3');

const paragraphMd = (text: string): string =>
  text
    .split('\n')
    .map((line) => escapeLineStart(escapeInline(line)))
    .join('  \n');

const cell = (s: string): string => escapeInline(s).replace(/\n/g, '<br>');

/**
 * Rows as shown: in a `mergeRepeats` column a value repeated from the row
 * above is left blank, as the .docx merges those cells into one.
 */
export function shownRows(b: Extract<Block, { type: 'table' }>): string[][] {
  const merge = new Set(b.mergeRepeats ?? []);
  if (merge.size === 0) return b.rows;
  return b.rows.map((row, r) => row.map((v, c) => (merge.has(c) && r > 0 && b.rows[r - 1]?.[c] === v && v !== '' ? '' : v)));
}


function tableMd(b: Extract<Block, { type: 'table' }>): string {
  const out: string[] = [];
  if (b.title) out.push(`**${escapeInline(b.title)}**`, '');
  out.push(`| ${b.header.map(cell).join(' | ')} |`, `| ${b.header.map(() => '---').join(' | ')} |`);
  for (const row of shownRows(b)) out.push(`| ${row.map(cell).join(' | ')} |`);
  if (b.note) out.push('', paragraphMd(b.note));
  return out.join('\n');
}

function blockMd(b: Block): string {
  switch (b.type) {
    case 'title':
      return `# ${escapeInline(b.text)}`;
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${escapeInline(b.text)}`;
    case 'paragraph':
      return paragraphMd(b.text);
    case 'table':
      return tableMd(b);
    case 'signature':
      // Markdown has no right alignment; the signature is set apart and marked as such.
      return `<div align="right">\n\n${escapeInline(b.name)}  \n${escapeInline(b.date)}\n\n</div>`;
    case 'pageBreak':
      return '---';
    case 'attachmentNote':
      return attachmentNoteLines(b.titles).map((l) => escapeLineStart(escapeInline(l))).join('  \n');
    case 'attachment':
      // A new page, then 附件 on its own line and the attachment's title.
      return `---\n\n${escapeInline(b.label)}\n\n**${escapeInline(b.title)}**`;
  }
}

export function toMarkdown(doc: ReportDocument): string {
  return `${doc.blocks.map(blockMd).join('\n\n')}\n`;
}

/** Width of a line in a monospaced terminal: CJK and full-width forms take two columns. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

const TEXT_WIDTH = 60;
const rightAlign = (s: string): string => `${' '.repeat(Math.max(0, TEXT_WIDTH - displayWidth(s)))}${s}`;
const pad = (s: string, width: number): string => `${s}${' '.repeat(Math.max(0, width - displayWidth(s)))}`;

function blockText(b: Block): string {
  switch (b.type) {
    case 'title':
      return `${' '.repeat(Math.max(0, Math.floor((TEXT_WIDTH - displayWidth(b.text)) / 2)))}${b.text}`;
    case 'heading':
      return b.text;
    case 'paragraph':
      // Two full-width spaces: the first-line indent of a Chinese paragraph.
      return b.text
        .split('\n')
        .map((l, i) => (i === 0 ? `\u3000\u3000${l}` : l))
        .join('\n');
    case 'table': {
      const rows = shownRows(b);
      const widths = b.header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
      const line = (r: string[]) => r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
      const lines = [line(b.header), ...rows.map(line)];
      if (b.title) lines.unshift(b.title, '');
      if (b.note) lines.push('', b.note);
      return lines.join('\n');
    }
    case 'signature':
      return `${rightAlign(b.name)}\n${rightAlign(b.date)}`;
    case 'pageBreak':
      return '\f';
    case 'attachmentNote':
      return attachmentNoteLines(b.titles).map((l) => `\u3000\u3000${l}`).join('\n');
    case 'attachment':
      return `\f${b.label}\n\n${' '.repeat(Math.max(0, Math.floor((TEXT_WIDTH - displayWidth(b.title)) / 2)))}${b.title}`;
  }
}

export function toPlainText(doc: ReportDocument): string {
  return `${doc.blocks.map(blockText).join('\n\n')}\n`;
}
