/**
 * Text → runs. A `\n` written inside one run shows as a space in Word
 * (reliability row 14), so each line after the first becomes a run preceded by
 * a real line break (<w:br/>). Every string goes through the cleaner first, so
 * nothing Office refuses reaches the XML (reliability row 10).
 *
 * Runs carry no properties of their own but bold: language, font and size
 * come from the paragraph's style and the document defaults, once, instead of
 * a <w:lang> on every run (issue 7: half of document.xml was repeated runs'
 * properties).
 */
import { TextRun } from 'docx';
import type { TextCleaner } from './sanitize-text.js';

export interface RunLook {
  bold?: boolean;
}

export function textRuns(text: string, cleaner: TextCleaner, look: RunLook = {}): TextRun[] {
  const lines = cleaner.clean(text).split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        ...(look.bold === undefined ? {} : { bold: look.bold }),
      }),
  );
}
