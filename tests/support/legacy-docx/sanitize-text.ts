/**
 * Characters that must never reach word/document.xml (reliability row 10).
 * docx drops most C0 controls itself, but writes U+FFFE and U+FFFF through, and
 * a file holding them is refused by Word, LibreOffice and python-docx alike.
 * Lone surrogates cannot be encoded as UTF-8 at all. We remove them here and
 * count them, so the caller can warn the user that text was changed.
 */

/** C0 controls except \t and \n, plus \r (a line break is only ever \n), U+FFFE, U+FFFF. */
// Matching control characters is this regex's whole purpose.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface SanitizedText {
  text: string;
  removed: number;
}

/**
 * Remove the characters XML 1.0 or Office cannot carry. `\r\n` and a lone
 * `\r` become `\n` first and are not counted: they are line breaks written on
 * Windows, not damage.
 */
export function sanitizeText(input: string): SanitizedText {
  let removed = 0;
  const text = input
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, () => {
      removed += 1;
      return '';
    })
    .replace(LONE_SURROGATE, () => {
      removed += 1;
      return '';
    });
  return { text, removed };
}

/**
 * Collects removals across a whole document: each writer step calls `clean`
 * and the total becomes renderDocx's `removedCharacters`.
 */
export class TextCleaner {
  removed = 0;

  clean(input: string): string {
    const result = sanitizeText(input);
    this.removed += result.removed;
    return result.text;
  }
}
