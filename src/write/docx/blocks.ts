/**
 * Document model blocks → the body's paragraphs and tables. Layout lives in
 * the styles (styles.ts); this file only picks the style for each block, so
 * the numbers are in one place.
 */
import { attachmentNoteLines, type Block } from '../../document/model.js';
import { CHAR, LINE } from './layout.js';
import { NARROW_BLANK, planEnding } from './pagination.js';
import { paragraphXml, type Spacing } from './paragraph.js';
import { textRuns } from './run.js';
import type { TextCleaner } from './sanitize-text.js';
import { signatureXml } from './signature.js';
import { STYLE } from './styles.js';
import { tableXml } from './table.js';
import { PAGE_HEIGHT } from './table-pages.js';
import { titleLines } from './title-lines.js';

/** Lines an attachment's first page gives its label, a blank line and its title (§8). */
const ATTACHMENT_LINES = 3;

/** The body's XML: one block after another. */
export function blocksXml(blocks: readonly Block[], cleaner: TextCleaner): string {
  let out = '';
  // Which last paragraphs keep with the signature, and whether its blank lines narrow (pagination.ts).
  const ending = planEnding(blocks);
  const blank: Spacing | undefined = ending?.squeeze ? { line: Math.round(LINE * NARROW_BLANK), lineRule: 'exact' } : undefined;
  const tight = (index: number): Spacing | undefined => (ending?.tight.has(index) ? { line: Math.round(LINE * ending.tightShare), lineRule: 'exact' } : undefined);
  // A page break is carried onto the next block as pageBreakBefore, rather than
  // written as a paragraph holding a break, which would leave an empty line at
  // the top of the new page and throw the 22-line count off.
  let breakPending = false;
  const take = (): true | undefined => {
    const was = breakPending;
    breakPending = false;
    return was || undefined;
  };

  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'pageBreak':
        breakPending = true;
        break;
      case 'title':
        out += paragraphXml({ style: STYLE.title, pageBreakBefore: take() }, textRuns(titleLines(block.text).join('\n'), cleaner));
        break;
      case 'heading':
        out += paragraphXml({ style: STYLE.heading[block.level], pageBreakBefore: take(), spacing: tight(index) }, textRuns(block.text, cleaner));
        break;
      case 'paragraph': {
        // The body's last lines keep with the signature, so a page never holds a signature
        // alone (“此页无正文”, which §7.3.5 forbids); how many, the ending plan says.
        const next = blocks[index + 1]?.type;
        const planned = ending?.keep.get(index);
        const keepNext = ending ? planned !== undefined : next === 'signature' || next === 'attachmentNote';
        const props = { style: STYLE.body, keepNext: keepNext || undefined, keepLines: planned?.whole || undefined, pageBreakBefore: take(), spacing: tight(index) };
        out += paragraphXml(props, textRuns(block.text, cleaner));
        break;
      }
      case 'table': {
        // An attachment's table starts on the fourth line of its page (附件, a blank line, the
        // title), so its pages can be planned (table-pages.ts); elsewhere the reader breaks it.
        const firstPage = blocks[index - 1]?.type === 'attachment' ? PAGE_HEIGHT - ATTACHMENT_LINES * LINE : undefined;
        out += tableXml(block, cleaner, take() ?? false, firstPage);
        break;
      }
      case 'attachmentNote': {
        // §7.4: one blank line under the body, then 附件：… two characters in; several
        // attachments are numbered, the later names aligned under the first (a hanging indent).
        out += paragraphXml({ style: STYLE.body, keepNext: true, pageBreakBefore: take(), spacing: blank });
        const lines = attachmentNoteLines(block.titles);
        const indent = lines.length > 1 ? { left: 5 * CHAR, hanging: 3 * CHAR } : undefined;
        for (const line of lines) out += paragraphXml({ style: STYLE.body, keepNext: true, indent }, textRuns(line.trimStart(), cleaner));
        break;
      }
      case 'attachment':
        // §8: a new page; 附件 on the first line, top left; the title on the third line, centred.
        take();
        out += paragraphXml({ style: STYLE.attachmentLabel, pageBreakBefore: true }, textRuns(block.label, cleaner));
        out += paragraphXml({ style: STYLE.attachmentLabel });
        out += paragraphXml({ style: STYLE.tableTitle }, textRuns(block.title, cleaner));
        break;
      case 'signature':
        // A break before a signature goes on its blank line; the rest follow it.
        out += signatureXml(cleaner.clean(block.name), cleaner.clean(block.date), take() ?? false, blank);
        break;
    }
  });
  // A trailing break has nothing to carry it: an empty body paragraph on a new page.
  if (breakPending) out += paragraphXml({ style: STYLE.body, pageBreakBefore: true });
  return out;
}
