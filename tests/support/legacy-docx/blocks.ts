/**
 * Document model blocks → docx paragraphs and tables. Layout lives in the
 * styles (styles.ts); this file only picks the style for each block, so the
 * numbers are in one place.
 */
import { HeadingLevel, Paragraph, type Table } from 'docx';
import { attachmentNoteLines, type Block } from '../../../src/document/model.js';
import type { TextCleaner } from './sanitize-text.js';
import { signatureParagraphs } from './signature.js';
import { STYLE } from './styles.js';
import { tableBlocks } from './table.js';
import { textRuns } from './text-runs.js';
import { titleLines } from './title-lines.js';
import { CHAR } from './layout.js';

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

export function renderBlocks(blocks: readonly Block[], cleaner: TextCleaner): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  // A page break is carried onto the next block as pageBreakBefore, rather than
  // written as a paragraph holding a break, which would leave an empty line at
  // the top of the new page and throw the 22-line count off.
  let breakPending = false;
  const take = (): boolean => {
    const was = breakPending;
    breakPending = false;
    return was;
  };

  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'pageBreak':
        breakPending = true;
        break;
      case 'title':
        out.push(new Paragraph({ style: STYLE.title, pageBreakBefore: take(), children: textRuns(titleLines(block.text).join('\n'), cleaner) }));
        break;
      case 'heading':
        out.push(
          new Paragraph({ heading: HEADING[block.level], pageBreakBefore: take(), children: textRuns(block.text, cleaner) }),
        );
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            style: STYLE.body,
            pageBreakBefore: take(),
            // Keep the body's last lines with the signature, so a page never
            // holds a signature alone (“此页无正文”, which §7.3.5 forbids).
            keepNext: blocks[index + 1]?.type === 'signature' || blocks[index + 1]?.type === 'attachmentNote' ? true : undefined,
            children: textRuns(block.text, cleaner),
          }),
        );
        break;
      case 'table':
        out.push(...tableBlocks(block, cleaner, take()));
        break;
      case 'attachmentNote': {
        // §7.4: one blank line under the body, then 附件：… two characters in; several
        // attachments are numbered, the later names aligned under the first (a hanging indent).
        out.push(new Paragraph({ style: STYLE.body, pageBreakBefore: take(), keepNext: true, children: [] }));
        const lines = attachmentNoteLines(block.titles);
        const hanging = lines.length > 1 ? { left: 5 * CHAR, hanging: 3 * CHAR } : undefined;
        for (const line of lines) {
          out.push(new Paragraph({ style: STYLE.body, keepNext: true, ...(hanging && { indent: hanging }), children: textRuns(line.trimStart(), cleaner) }));
        }
        break;
      }
      case 'attachment':
        // §8: a new page; 附件 on the first line, top left; the title on the third line, centred.
        out.push(new Paragraph({ style: STYLE.attachmentLabel, pageBreakBefore: true, children: textRuns(block.label, cleaner) }));
        take();
        out.push(new Paragraph({ style: STYLE.attachmentLabel, children: [] }));
        out.push(new Paragraph({ style: STYLE.tableTitle, children: textRuns(block.title, cleaner) }));
        break;
      case 'signature': {
        const [blank, ...rest] = signatureParagraphs(cleaner.clean(block.name), cleaner.clean(block.date));
        // A break before a signature goes on its blank line; the rest follow it.
        if (take() && blank) out.push(new Paragraph({ style: STYLE.signature, pageBreakBefore: true, children: [] }));
        else if (blank) out.push(blank);
        out.push(...rest);
        break;
      }
    }
  });
  // A trailing break has nothing to carry it: an empty body paragraph on a new page.
  if (breakPending) out.push(new Paragraph({ style: STYLE.body, pageBreakBefore: true, children: [] }));
  return out;
}
