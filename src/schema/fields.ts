/**
 * The field builders every part of the format is written with: each gives a
 * zod schema that carries its Chinese `title` and `description` (`.meta()`),
 * which the JSON Schema, the editors, the diagnostics, the ledger's headers
 * and `init`'s comments all read. A field's kind of value (a date, a count, a
 * choice of words …) is decided here once; the ledger's cell kinds, the
 * skeleton's examples and the model's normalising follow from it.
 *
 * Rules of the format:
 * - objects are strict: a key that is not here is an error, never dropped;
 * - nothing is coerced: `'12'` is not a number and `''` is not text;
 * - enumerated kinds are the Chinese words offices write;
 * - dates are ISO strings (`2021-06-24`, or `2021-06` when the day does not
 *   matter) so that YAML's core schema keeps them as text and we validate them;
 *   a record's date may also be a part of a month or of the year, or not be
 *   known at all (`when`, ./when.ts);
 * - a number an office may not know exactly (participants, a count) takes the
 *   words offices write instead (全体委员, 多次, 若干), never a made-up number.
 */
import * as z from 'zod';
import { AMOUNT_WORD_NOTES, AMOUNT_WORDS, APPROX, APPROX_NOTES, MONEY_UNIT_NOTES, MONEY_UNITS, PARTICIPATION_NOTES, PARTICIPATION_WORDS } from './choices.js';
import { LIMITS, YEARS } from './limits.js';
import { isWhen, PERIOD_WORDS, WHEN_FORMS } from './when.js';

/**
 * How a field's description says the report deliberately does not print it,
 * and why (issue 19: every value the office writes reaches the report, and a
 * field that does not says so, with the reason). The JSON Schema, the editors
 * and docs/data-format.md show the same words; tests/render/every-value.test.ts
 * reads the exemptions from here, not from a list of its own.
 */
export const NOT_PRINTED = '不写进报告：';
/** The sentence a description ends with when its field is not printed: “不写进报告：<reason>。” */
export const notPrinted = (reason: string): string => `${NOT_PRINTED}${reason}。`;
/** The reason a description gives for its field not being printed; undefined when the field is printed. */
export function notPrintedReason(description: string | undefined): string | undefined {
  const at = description?.indexOf(NOT_PRINTED) ?? -1;
  if (description === undefined || at < 0) return undefined;
  return description.slice(at + NOT_PRINTED.length).split('。')[0]!.trim();
}

/** How a date field's description says the report writes only its month (proposals: “1月提交提案3件”): the every-value test then looks for the month. */
export const PRINTED_AS_MONTH = '报告写到月份';

/** Attach the Chinese label and description every field must carry. */
export function labelled<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description });
}

/**
 * Characters that show nothing: format characters (U+200B zero-width space,
 * U+FEFF, bidi controls …), other controls, noncharacters, lone surrogates
 * (which no font draws; U+D800 printed as “\uFFFD” at best), and every
 * default-ignorable character (variation selectors such as U+FE0F, Hangul
 * fillers, tag characters). Text made only of these and spaces prints blank,
 * so it is blank (repro 24).
 */
const INVISIBLE_OR_SPACE = /[\s\p{Cf}\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\u2800]/gu;
export const isBlankText = (s: string): boolean => s.replace(INVISIBLE_OR_SPACE, '').length === 0;

/**
 * The examples a description gives (`如“县政协”“区政协”`), for editors'
 * `examples`: taken from the description so the two never say different things.
 */
export function examplesIn(description: string): string[] {
  const out: string[] = [];
  for (const m of description.matchAll(/如((?:“[^“”]+”)+)/g)) {
    for (const q of (m[1] ?? '').matchAll(/“([^“”]+)”/g)) if (q[1]) out.push(q[1]);
  }
  return out;
}

/** Required text: its visible content must not be empty (`"  "` and two U+200B are not text). */
export const text = (title: string, description: string, maxChars: number = LIMITS.textChars) => {
  const examples = examplesIn(description);
  return z
    .string()
    .max(maxChars)
    .refine((s) => !isBlankText(s), { message: 'blank' })
    .meta({ title, description, ...(examples.length > 0 ? { examples } : {}) });
};

/**
 * One of a fixed list of words, each with what it means: editors show the
 * meaning beside each choice (yaml-language-server reads
 * `markdownEnumDescriptions`, VS Code's JSON support `enumDescriptions`).
 */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, notes: Record<T[number], string>, title: string, description: string) => {
  const enumDescriptions = values.map((v: T[number]) => notes[v]);
  return z.enum(values).meta({ title, description, enumDescriptions, markdownEnumDescriptions: enumDescriptions });
};

/** A name: required text short enough for a title line and a file name. */
export const name = (title: string, description: string) => text(title, description, LIMITS.nameChars);

export const count = (title: string, description: string) => labelled(z.number().int().nonnegative().max(LIMITS.count), title, description);

/** A number of people that is at least one (受表彰人数): a record of nobody says nothing. */
export const positiveCount = (title: string, description: string) => labelled(z.number().int().min(1).max(LIMITS.count), title, description);

export const money = (title: string, description: string) => labelled(z.number().nonnegative().finite().max(LIMITS.moneyYuan), title, description);

/** A year of the range the tool writes summaries for (./limits.ts). */
export const year = (title: string, description: string) => labelled(z.number().int().min(YEARS.first).max(YEARS.last), title, description);

/** A list, never longer than a real year's. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);

/** A day (2021-06-24) or a month (2021-06). Checked as a real calendar date. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
/**
 * The date fields' schemas. A date is a string to zod (a refinement cannot be
 * looked into), so the ledger (src/ledger/layout.ts) asks here which columns
 * to format as dates and read from Excel's date cells.
 */
export const DATE_SCHEMAS = new WeakSet<z.ZodType>();
export const date = (title: string, description: string) => {
  const schema = z.string().refine(isCalendarDate, { message: 'date' }).meta({
    title,
    description: `${description}格式为“2021-06-24”（年-月-日），日期不重要时可写“2021-06”（年-月）。`,
    // For editors and JSON Schema validators; whether the day exists is checked by isCalendarDate.
    pattern: DATE_PATTERN.source,
    examples: ['2021-06-24', '2021-06'],
  });
  DATE_SCHEMAS.add(schema);
  return schema;
};

/** The forms of `when` as a pattern, for editors (./when.ts reads them). */
export const WHEN_PATTERN = new RegExp(`^(?:\\d{4}-\\d{2}(?:-(?:\\d{2}|上旬|中旬|下旬))?|${PERIOD_WORDS.join('|')})$`);
/** The `when` fields' schemas: their cells are dates where the value is a day, text otherwise. */
export const WHEN_SCHEMAS = new WeakSet<z.ZodType>();
/**
 * When a record happened, as the office knows it: a day, a month, a part of
 * a month (上旬/中旬/下旬) or of the year (年初, 上半年 …). Kinds give it as
 * optional: an office that does not know leaves it out, and the report
 * then says nothing of when.
 */
export const when = (title: string, description: string) => {
  const schema = z
    .string()
    .refine(isWhen, { message: 'when' })
    .meta({ title, description: `${description}写成${WHEN_FORMS}；不知道时不写。`, pattern: WHEN_PATTERN.source, examples: ['2021-06-24', '2021-06-下旬', '上半年'] });
  DATE_SCHEMAS.add(schema);
  WHEN_SCHEMAS.add(schema);
  return schema;
};

export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

export const textList = (title: string, description: string) => labelled(list(text(title, description)), title, description);

/** A number of people who took part, or the words for all or some of the members. */
export const participation = (title: string, description: string) =>
  labelled(
    z.union([z.number().int().nonnegative().max(LIMITS.count), choice(PARTICIPATION_WORDS, PARTICIPATION_NOTES, title, description)]),
    title,
    `${description}写人数，或写“全体委员”“部分委员”。`,
  );

/** An amount the office knows only as 多次 or 若干: printed as it is written, never summed as a number. */
const amountWord = (what: string) => choice(AMOUNT_WORDS, AMOUNT_WORD_NOTES, what, `不知道确切数字时写“多次”或“若干”。`);

export const QuantitySchema = labelled(
  z.strictObject({
    value: labelled(z.union([z.number().nonnegative().finite().max(LIMITS.quantity), amountWord('数值')]), '数值', '数量；不知道确切数字时写“若干”或“多次”。'),
    unit: text('单位', '数量的单位，如“人次”“份”“户”。'),
    approx: choice(APPROX, APPROX_NOTES, '约数', '数量为约数时写“余”或“多”，如“200余份”。').optional(),
  }),
  '数量',
  '带单位的数量。',
);

export const AmountSchema = labelled(
  z
    .strictObject({
      value: money('金额', '金额的数值。'),
      unit: choice(MONEY_UNITS, MONEY_UNIT_NOTES, '金额单位', '金额的单位：元或万元。'),
    })
    // 1e9 万元 passes the bound in 元 and is still no office's money.
    .refine((a) => a.unit !== '万元' || a.value <= LIMITS.moneyWan, { message: 'moneyWan', path: ['value'] }),
  '金额',
  '带单位的金额。',
);

/**
 * A count kept without itemised records: a number, a number with 余/多 or in
 * the office's own unit (信息12篇), or 多次/若干 where the office does not
 * know the number.
 */
export const countValue = (title: string, description: string) =>
  labelled(
    z.union([
      z.number().int().nonnegative().max(LIMITS.count),
      amountWord(title),
      z.strictObject({
        value: labelled(z.union([z.number().int().nonnegative().max(LIMITS.count), amountWord('数值')]), '数值', '数量。'),
        approx: choice(APPROX, APPROX_NOTES, '约数', '约数写“余”或“多”，如“20余次”。').optional(),
        unit: text('单位', '本单位的说法与默认单位不同时写，如社情民意信息写“篇”。', LIMITS.nameChars).optional(),
      }),
    ]),
    title,
    `${description}写一个整数；约数写成 { value: 20, approx: 余 }，本单位用别的单位时写成 { value: 12, unit: 篇 }，不知道确切数字时写“多次”或“若干”。`,
  );

/** A list the office gives must say something: an empty one (`parts: []`) is an error, not a blank in the report. */
export const nonEmptyTextList = (title: string, description: string) => labelled(list(text(title, description)).min(1), title, description);
