/** The members counted by level must add up to the total. */
import { diagnostic } from '../../diagnostics/create.js';
import type { Rule } from './context.js';

const LEVELS = [
  ['province', '省级'],
  ['city', '市级'],
  ['county', '县（区）级'],
] as const;

export const levelsAddUp: Rule = ({ data, locate }) => {
  const m = data.members;
  if (!m?.byLevel) return [];
  const given = LEVELS.filter(([k]) => m.byLevel?.[k] !== undefined);
  if (given.length === 0) return [];
  const sum = given.reduce((s, [k]) => s + (m.byLevel?.[k] ?? 0), 0);
  if (sum === m.total) return [];
  const parts = given.map(([k, zh]) => `${zh} ${m.byLevel?.[k]}`).join('、');
  return [diagnostic('LEVELS_NOT_TOTAL', { sum, total: m.total, parts }, locate(['members', 'byLevel'], 'key'))];
};
