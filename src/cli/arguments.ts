/**
 * How the commands read option values: each parser once, for every command
 * that takes such a value. A parser throws commander's InvalidArgumentError,
 * which usage-error.ts says in Chinese (exit 2).
 */
import { InvalidArgumentError } from 'commander';
import { YEARS, yearArgument } from '../schema/limits.js';

/** A year a report may be for: the data's own range (src/schema/limits.ts). */
export const yearArg = (value: string): number => {
  const year = yearArgument(value);
  if (year === undefined) throw new InvalidArgumentError(`应为 ${YEARS.first} 到 ${YEARS.last} 之间的四位年份，如 2024。`);
  return year;
};

export const positiveInt = (value: string): number => {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('应为正整数。');
  return Number(value);
};

/** A TCP port for the preview server: 1–65535. */
export const portNumber = (value: string): number => {
  const n = /^[1-9]\d{0,4}$/.test(value) ? Number(value) : 0;
  if (n < 1 || n > 65535) throw new InvalidArgumentError('应为 1 到 65535 之间的端口号。');
  return n;
};

/** `--max-warnings`: a count, or -1 for no limit (as eslint's): any number of warnings then passes. */
export const warningLimit = (value: string): number => {
  if (value.trim() === '-1') return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('应为不小于 0 的整数（-1 表示不限）。');
  return Number(value);
};

/** `2025-01-10` → that calendar day at 00:00 UTC; refuses 2025-02-30 rather than rolling it over. */
export const calendarDate = (value: string): Date => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
    throw new InvalidArgumentError('应为 YYYY-MM-DD 格式的日期，如 2025-01-10。');
  }
  return date;
};
