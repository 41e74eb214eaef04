/**
 * SOURCE_DATE_EPOCH (the reproducible-builds convention: whole seconds since
 * 1970), read once for every file that carries a date: the .docx properties
 * and the roll-up's 成文日期. Undefined when unset or not such a number, or
 * when it is outside the dates a Date holds (a 20-digit value would otherwise
 * make an Invalid Date that breaks the writer).
 */
export function sourceDateEpoch(env: Record<string, string | undefined> = process.env): Date | undefined {
  const text = env.SOURCE_DATE_EPOCH?.trim();
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  const date = new Date(Number(text) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
