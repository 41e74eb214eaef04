/** The same record typed twice (same date, kind and topic) would be counted and printed twice. */
import { diagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { YearData } from '../../schema/year.js';
import type { Rule } from './context.js';

/** What makes two records the same, per list. */
const IDENTITY: { list: keyof YearData; label: string; fields: string[] }[] = [
  { list: 'meetings', label: '会议', fields: ['date', 'kind', 'topic'] },
  { list: 'studies', label: '学习', fields: ['date', 'form', 'topic'] },
  { list: 'inspections', label: '视察调研', fields: ['date', 'kind', 'subject'] },
  { list: 'proposals', label: '提案建议', fields: ['date', 'kind', 'title'] },
  { list: 'activities', label: '活动', fields: ['date', 'kind', 'title'] },
  { list: 'mechanisms', label: '工作制度', fields: ['date', 'action', 'name'] },
  { list: 'support', label: '保障投入', fields: ['date', 'kind', 'description'] },
];

export const noDuplicates: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  for (const { list, label, fields } of IDENTITY) {
    const items = (data[list] ?? []) as Record<string, unknown>[];
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const id = JSON.stringify(fields.map((f) => (typeof item[f] === 'string' ? (item[f] as string).trim() : item[f])));
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        return;
      }
      out.push(diagnostic('DUPLICATE_RECORD', { list: label, first: locate([list, first]).line }, locate([list, i])));
    });
  }
  return out;
};
