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
  /**
   * A table; the first row of `rows` is not a header: `header` is. Columns in
   * `mergeRepeats` (by index) show a value once for a run of rows that repeat
   * it, as one merged cell (the statistics table's 类别).
   */
  | { type: 'table'; title?: string; header: string[]; rows: string[][]; note?: string; mergeRepeats?: number[] }
  /** 附件说明 (GB/T 9704 §7.4): after the body, before the signature, “附件：…” per attachment. */
  | { type: 'attachmentNote'; titles: string[] }
  /** An attachment's first lines (§8): a new page, “附件” (or “附件1”) top left, its title on the third line. */
  | { type: 'attachment'; label: string; title: string }
  /** 落款 and 成文日期, placed as GB/T 9704 §7.3.5.2 says. */
  | { type: 'signature'; name: string; date: string }
  /** Start the next block on a new page. */
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

/** 附件：标题, or for several 附件：1．… with the later ones under the first name. */
export function attachmentNoteLines(titles: readonly string[]): string[] {
  if (titles.length === 1) return [`附件：${titles[0]}`];
  return titles.map((t, i) => `${i === 0 ? '附件：' : '\u3000\u3000\u3000'}${i + 1}．${t}`);
}
