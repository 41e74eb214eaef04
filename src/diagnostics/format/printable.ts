/**
 * Text from the data made safe for a terminal or a CI log, for one line. An
 * office name holding ESC ] 0 ; … BEL sets the terminal's title, ESC [ 2 J
 * clears the screen, and U+202E turns the rest of a line around; a line break
 * lets the data start a line of its own, which GitHub Actions runs as a
 * workflow command (`::error file=README.md::…`, `::stop-commands::`, repro
 * 27). Printed raw, a data file could rewrite what the user sees or what CI
 * does. Every control character (C0 but tab, line breaks included, DEL, C1),
 * every bidi control and the Unicode line and paragraph separators are shown
 * as a visible escape instead: `\x0A`, `\x1B`, `<U+202E>`, `<U+2028>`.
 * So are the zero-width characters and a stray byte-order mark (U+200B–U+200D,
 * U+2060, U+FEFF): a key “\uFEFFtopic” printed raw reads exactly like the
 * “topic” it is told to be (repro 36).
 * Text the tool lays out over several lines is made printable line by line.
 */
// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

const escapeOne = (ch: string): string => {
  const cp = ch.charCodeAt(0);
  return cp < 0x100 ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
};

export const printable = (s: string): string => s.replace(UNSAFE, escapeOne);

/** Text of several lines the tool laid out itself (a table): each line made printable, the breaks kept. */
export const printableLines = (s: string): string => s.split('\n').map(printable).join('\n');
