/** The same record typed twice (same date, kind and topic, as its kind says) would be counted and printed twice. */
import { diagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { KINDS } from '../../schema/kinds/index.js';
import type { Rule } from './context.js';

export const noDuplicates: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  for (const kind of KINDS) {
    const fields = kind.identity;
    if (!fields) continue;
    const seen = new Map<string, number>();
    kind.recordsIn(data).forEach((item, i) => {
      const id = JSON.stringify(fields.map((f) => (typeof item[f] === 'string' ? (item[f] as string).trim() : item[f])));
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        return;
      }
      out.push(diagnostic('DUPLICATE_RECORD', { list: kind.title, first: locate([...kind.path, first]).line }, locate([...kind.path, i])));
    });
  }
  return out;
};
