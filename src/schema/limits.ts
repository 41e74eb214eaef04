/**
 * Limits a real office's records stay far inside (docs/limits.md). They bound
 * the cost of every input — a 1,000,000-item list or a 40,000-character name
 * is refused with its position, not worked through for a minute — and catch
 * numbers no office could have (1e300 元).
 */
export const LIMITS = {
  /** Characters in one piece of text: a long paragraph. */
  textChars: 2000,
  /** Characters in a name (the office's, a township's, a superior's): a title line and a file name. */
  nameChars: 60,
  /** Items in a list of records (meetings, activities …) or of sentences. */
  listItems: 1000,
  /** A count of times, items or people (人次 included). */
  count: 1_000_000,
  /** An amount: in 元 up to 1,000,000,000 (10亿元); in 万元 up to 100,000. */
  moneyYuan: 1_000_000_000,
  moneyWan: 100_000,
  /** A quantity with its own unit (份, 户, 人次). */
  quantity: 10_000_000,
} as const;

/**
 * The years a summary may be written for: the year field of the format and of
 * a batch file, `init --year`, `ledger --year`, and which of Excel's date
 * serial numbers the ledger reader takes for dates all read this one range.
 */
export const YEARS = { first: 1949, last: 2100 } as const;

export const isYearInRange = (year: number): boolean => Number.isInteger(year) && year >= YEARS.first && year <= YEARS.last;

/** A year as a command-line argument is written (four digits, in range), or undefined. */
export const yearArgument = (text: string): number | undefined => (/^\d{4}$/.test(text) && isYearInRange(Number(text)) ? Number(text) : undefined);
