/**
 * One helper call held to its signature (./helpers/signatures.ts): the
 * number of arguments, the kind of each (a field's declared kind, a
 * literal's value, another helper's result), literal choices and dates, and
 * the options. Called by the load-time check (./check-template.ts) for every
 * mustache, subexpression and block; the words are the catalogue's
 * (TEMPLATE_HELPER_ARGS).
 */
import { diagnostic, type Location, type ParamsOf } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isCalendarDate } from '../schema/year.js';
import type { FieldSpec } from './fields.js';
import { HASH_CHOICES, HELPER_SIGNATURES, KIND_WORDS, type ArgKind, type HelperSignature } from './helpers/signatures.js';

/** What an argument is, as far as the template says before any data: a field, a literal, or a helper's result. */
export type Arg =
  | { source: 'field'; spec: FieldSpec; name: string }
  /** A field the check could not resolve (already reported as TEMPLATE_UNKNOWN_FIELD). */
  | { source: 'unknown' }
  | { source: 'literal'; value: string | number | boolean | null | undefined }
  | { source: 'helper'; name: string; returns: HelperSignature['returns'] };

const isDateField = (spec: FieldSpec): boolean => spec.kind === 'string' && spec.label.includes('日期');
const hasField = (spec: FieldSpec, name: string): boolean => spec.kind === 'object' && Object.prototype.hasOwnProperty.call(spec.fields, name);

/** Whether `arg` can be of `kind`; an unresolved field is given the benefit of the doubt (its own error is said). */
function fits(kind: ArgKind, arg: Arg): boolean {
  if (kind === 'any' || arg.source === 'unknown') return true;
  // A helper that gives back one of its arguments (either) may give any kind: known only with the data.
  if (arg.source === 'helper' && arg.returns === 'any') return true;
  if (arg.source === 'literal') {
    const v = arg.value;
    if (kind === 'number' || kind === 'count' || kind === 'amount') return typeof v === 'number';
    if (kind === 'scalar') return typeof v === 'string' || typeof v === 'number';
    if (kind === 'text' || kind === 'key' || kind === 'date') return typeof v === 'string';
    return false;
  }
  if (arg.source === 'helper') {
    const r = arg.returns;
    if (kind === 'number' || kind === 'count' || kind === 'amount') return r === 'number';
    if (kind === 'scalar') return r === 'text' || r === 'number';
    // A helper's text may be a date (concat "2021-" …): not known before the data.
    if (kind === 'text' || kind === 'date') return r === 'text';
    if (kind === 'list') return r === 'list';
    return false;
  }
  const spec = arg.spec;
  switch (kind) {
    case 'number':
      return spec.kind === 'number';
    case 'count':
      return spec.kind === 'number' || hasField(spec, 'value');
    case 'amount':
      return spec.kind === 'number' || (hasField(spec, 'value') && hasField(spec, 'unit'));
    case 'text':
      return spec.kind === 'string';
    case 'scalar':
      return spec.kind === 'string' || spec.kind === 'number';
    case 'date':
      return isDateField(spec);
    case 'list':
      return spec.kind === 'list';
    case 'key':
      return false;
  }
}

/** An argument as the message names it. */
function given(arg: Arg): string {
  switch (arg.source) {
    case 'field':
      return `字段“${arg.name}”（${arg.spec.label}，${arg.spec.kind === 'list' ? '列表' : arg.spec.kind === 'object' ? '一组字段' : arg.spec.kind === 'number' ? '数字' : arg.spec.kind === 'boolean' ? '真假值' : '文字'}）`;
    case 'literal':
      return typeof arg.value === 'string' ? `“${arg.value}”` : typeof arg.value === 'number' ? `数字 ${arg.value}` : `字面量 ${String(arg.value)}`;
    case 'helper':
      return `“${arg.name}”的结果（${KIND_WORDS[arg.returns]}）`;
    case 'unknown':
      return '';
  }
}

/** Of many choices, those of the given one's family (`title.` for `title.nosuch`), else one of each family (`title.…`). */
function near(choices: readonly string[], given: string): string[] {
  const family = given.split('.')[0] ?? '';
  const same = choices.filter((c) => c.startsWith(`${family}.`));
  return same.length > 0 ? same : [...new Set(choices.map((c) => `${c.split('.')[0]}.…`))];
}

const literalText = (arg: Arg): string | undefined => (arg.source === 'literal' && typeof arg.value === 'string' ? arg.value : undefined);

/** The problems of one call of `name` with these arguments and options, at `at` (the tag). */
export function checkHelperCall(name: string, args: readonly Arg[], hash: readonly { key: string; arg: Arg }[], at: Location): Diagnostic[] {
  const sig = HELPER_SIGNATURES[name];
  if (!sig) return [];
  const out: Diagnostic[] = [];
  const say = (problem: ParamsOf<'TEMPLATE_HELPER_ARGS'>['problem'], extra: Omit<ParamsOf<'TEMPLATE_HELPER_ARGS'>, 'name' | 'problem' | 'usage'> = {}) =>
    out.push(diagnostic('TEMPLATE_HELPER_ARGS', { name, problem, usage: sig.usage, ...extra }, at));
  const required = sig.optional ?? sig.args.length;
  if (args.length < required) say('tooFew');
  else if (!sig.rest && args.length > sig.args.length) say('tooMany');
  args.forEach((arg, i) => {
    const kind = sig.args[Math.min(i, sig.args.length - 1)];
    if (kind === undefined) return;
    const index = i + 1;
    if (!sig.kindsCheckedWithBody && !fits(kind, arg)) return say('kind', { index, expected: KIND_WORDS[kind], given: given(arg) });
    const text = literalText(arg);
    const choices = sig.choices?.[i];
    if (choices && text !== undefined && !choices.includes(text)) return say('choice', { index, allowed: (sig.choicesNear ? near(choices, text) : choices).join('、'), given: text });
    if (kind === 'date' && text !== undefined && !isCalendarDate(text)) return say('date', { index, given: text });
    const from = sig.wholeFrom?.[i];
    if (from !== undefined && arg.source === 'literal' && typeof arg.value === 'number' && !(Number.isInteger(arg.value) && arg.value >= from)) return say('whole', { index, allowed: String(from), given: String(arg.value) });
  });
  // money of a bare number: the unit must be said (`{{money year}}` wrote “2021元”).
  const first = args[0];
  if (name === 'money' && args.length === 1 && first && first.source !== 'literal' && fits('number', first) && first.source !== 'unknown') say('unit');
  for (const { key, arg } of hash) {
    const kind = sig.hash?.[key] ?? sig.openHash;
    if (kind === undefined) {
      say('option', { option: key, allowed: Object.keys(sig.hash ?? {}).join('、') || '（无）' });
      continue;
    }
    if (!fits(kind, arg)) say('optionValue', { option: key, expected: KIND_WORDS[kind], given: given(arg) });
    const choices = HASH_CHOICES[name]?.[key];
    const text = literalText(arg);
    if (choices && text !== undefined && !choices.includes(text)) say('optionChoice', { option: key, allowed: choices.join('、'), given: text });
  }
  return out;
}
