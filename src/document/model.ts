/**
 * The document model: what the report says, in the order it says it, with no
 * idea of .docx or Markdown. Templates render into it (src/render); writers
 * turn it into a file (src/write/docx, src/write/markdown). Like pandoc's AST,
 * it is the one thing both writers share, so the preview and the .docx can
 * never disagree about the text.
 */

/** A heading level as GB/T 9704 §7.3.3 numbers them: 一、 → （一） → 1. → （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  /** The document title (二号小标宋, centred). */
  | { type: 'title'; text: string }
  /** A heading; `text` already carries its ordinal (“一、加强领导、健全机制”). */
  | { type: 'heading'; level: HeadingLevel; text: string }
  /** A body paragraph, first line indented two characters. `\n` inside is a line break. */
  | { type: 'paragraph'; text: string }
  /** A table; the first row of `rows` is not a header: `header` is. */
  | { type: 'table'; title?: string; header: string[]; rows: string[][]; note?: string }
  /** 落款 and 成文日期, placed as GB/T 9704 §7.3.5.2 says. */
  | { type: 'signature'; name: string; date: string }
  /** Start the next block on a new page (the statistics appendix). */
  | { type: 'pageBreak' };

export interface ReportDocument {
  /** Title, also written to the .docx core properties. */
  title: string;
  /** Author property: the office's full name. */
  author: string;
  /** The year the report covers. */
  year: number;
  blocks: Block[];
}
