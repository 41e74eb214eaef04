/**
 * Text → runs. A `\n` written inside one run shows as a space in Word
 * (reliability row 14), so each line after the first becomes a run preceded by
 * a real line break (<w:br/>). Every string goes through the cleaner first, so
 * nothing Office refuses reaches the XML (reliability row 10).
 */
import { TextRun } from 'docx';
import type { TextCleaner } from './sanitize-text.js';
import { LANGUAGE } from './styles.js';

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
        // Runs repeat the language so a reader that ignores style inheritance
        // (and Word's proofing, which works per run) still sees zh-CN.
        language: LANGUAGE,
        ...(look.bold === undefined ? {} : { bold: look.bold }),
      }),
  );
}
