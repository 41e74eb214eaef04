/**
 * The small language the catalogue's messages are written in, and the one
 * function that fills them in. It is data, not code, so that the catalogue
 * stays a table a translator or reviewer can read (as Astro's errors-data.ts):
 *
 * - a string, with `%{name}` where a parameter goes (`%{…}` because messages
 *   quote Handlebars `{{…}}` and file-name fields `{township}` literally);
 * - `{ select: 'p', cases: { a: …, b: …, other?: … } }`: the case named by
 *   parameter p (`other` when no case has its value);
 * - `{ ifPresent: 'p', then: …, else?: … }`: `then` when p is given and not empty;
 * - an array: its parts one after the other.
 */
export type MessageText =
  | string
  | readonly MessageText[]
  | { readonly select: string; readonly cases: Readonly<Record<string, MessageText>> }
  | { readonly ifPresent: string; readonly then: MessageText; readonly else?: MessageText };

export type Params = Readonly<Record<string, unknown>>;

/** How a parameter that is not given is shown: the docs show every message with placeholders. */
export type MissingParam = (name: string) => string;

const PLACEHOLDER = /%\{(\w+)\}/g;

const given = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** A value a placeholder can show: anything given, an empty text included (it shows as nothing, never as a placeholder). */
const shown = (v: unknown): boolean => v !== undefined && v !== null;

export function fillMessage(text: MessageText, params: Params, missing: MissingParam = () => '…'): string {
  if (typeof text === 'string') return text.replace(PLACEHOLDER, (_m, name: string) => (shown(params[name]) ? String(params[name]) : missing(name)));
  if (Array.isArray(text)) return (text as readonly MessageText[]).map((t) => fillMessage(t, params, missing)).join('');
  if ('select' in text) {
    const chosen = text.cases[String(params[text.select])] ?? text.cases.other;
    return chosen === undefined ? missing(text.select) : fillMessage(chosen, params, missing);
  }
  if ('ifPresent' in text) {
    const branch = given(params[text.ifPresent]) ? text.then : text.else;
    return branch === undefined ? '' : fillMessage(branch, params, missing);
  }
  return '';
}
