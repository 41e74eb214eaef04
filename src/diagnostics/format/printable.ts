/**
 * Text from the data made safe for a terminal or a CI log. An office name
 * holding ESC ] 0 ; … BEL sets the terminal's title, ESC [ 2 J clears the
 * screen, and U+202E turns the rest of a line around; printed raw, a data
 * file could rewrite what the user sees. Every control character (C0 except
 * line feed and tab, DEL, C1) and every bidi control is shown as a visible
 * escape instead: `\x1B`, `<U+202E>`.
 */
// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const escapeOne = (ch: string): string => {
  const cp = ch.charCodeAt(0);
  return cp < 0x100 ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
};

export const printable = (s: string): string => s.replace(UNSAFE, escapeOne);
