/** Small pure folds over lists, shared by the model and the kinds' views. */

/** Sum a field over items; `undefined` when no item gives it, so "unknown" never reads as 0. */
export function sumOf<T>(items: readonly T[], pick: (item: T) => number | undefined): number | undefined {
  let total: number | undefined;
  for (const item of items) {
    const v = pick(item);
    if (v !== undefined) total = (total ?? 0) + v;
  }
  return total;
}

/** One decimal, the precision the seeds print (83.3%); `undefined` without a base. */
export function percent(part: number, whole: number): number | undefined {
  if (whole <= 0) return undefined;
  return Math.round((part / whole) * 1000) / 10;
}

/** Each value once, in the order first met. */
export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The months (1–12) items are dated in (a day, a month or a part of one; not 上半年), ascending. */
export const monthsOf = (items: readonly { date?: string | undefined }[]): number[] =>
  unique(items.flatMap((i) => {
    const m = /^\d{4}-(\d{2})/.exec(i.date ?? '');
    return m ? [Number(m[1])] : [];
  })).sort((a, b) => a - b);

/** Items split by a key, the groups in the order their first item comes. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return [...out].map(([k, v]) => ({ key: k, items: v }));
}
