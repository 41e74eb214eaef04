/**
 * The office's outline and its records' own places (issue 19): a record's
 * `point` names a point the program writes or one of the outline's; a
 * record's `section` names a chapter; the outline's own chapters and points
 * say what they need to; a rule has a name or says what it is. And what the
 * outline's compilation noticed (a point with content it did not name, one
 * named twice, one both named and omitted) is said, never done silently.
 */
import { diagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { KINDS } from '../../schema/kinds/index.js';
import { compileOutline } from '../../schema/outline.js';
import { isPointId, pointSpec, POINT_IDS } from '../../schema/points.js';
import { SECTION_KEYS } from '../../schema/sections.js';
import { fieldName } from '../schema-labels.js';
import type { Rule } from './context.js';

/** Point titles of the office's outline, and the chapter keys a record's `section` may name. */
function placesOf(data: Parameters<Rule>[0]['data']): { titles: Set<string>; chapters: Set<string> } {
  const outline = data.report?.outline ?? [];
  const titles = new Set<string>();
  for (const c of outline) for (const p of c.points ?? []) if (typeof p !== 'string' && p.title !== undefined) titles.add(p.title.trim());
  const chapters = new Set<string>([...SECTION_KEYS, ...(data.report?.own ?? []).map((o) => o.key), ...outline.flatMap((c) => (c.key ? [c.key] : []))]);
  return { titles, chapters };
}

export const placesKnown: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  const { titles, chapters } = placesOf(data);
  for (const kind of KINDS) {
    kind.recordsIn(data).forEach((record, i) => {
      const point = record['point'];
      if (typeof point === 'string' && !isPointId(point) && !titles.has(point.trim())) {
        const path = [...kind.path, i, 'point'];
        const known = [...POINT_IDS.slice(0, 6), '…', ...[...titles].map((t) => `“${t}”`)].join('、');
        const at = locate(path);
        out.push(diagnostic('RECORD_PLACE_UNKNOWN', { field: fieldName(path), value: point, which: 'point', known, ...ledgerSheet(at) }, at));
      }
      const section = record['section'];
      if (kind.key !== 'others' && typeof section === 'string' && !chapters.has(section)) {
        const path = [...kind.path, i, 'section'];
        out.push(diagnostic('RECORD_PLACE_UNKNOWN', { field: fieldName(path), value: section, which: 'section', known: [...chapters].join('、') }, locate(path)));
      }
    });
  }
  return out;
};

/**
 * In a ledger the outline is the 提纲 sheet and the records' places are cells of its columns: a message says
 * so in the sheet's words (its name and headers), never in the YAML's keys. The sheet is known from where
 * the message points; the YAML's messages keep their keys.
 */
const OUTLINE_SHEET = '提纲';
const ledgerSheet = (at: { sheet?: string }): { sheet?: string } => (at.sheet === undefined ? {} : { sheet: OUTLINE_SHEET });

export const outlineComplete: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  (data.report?.outline ?? []).forEach((c, ci) => {
    const at = ['report', 'outline', ci];
    const chapterAt = locate(at);
    const sheet = ledgerSheet(chapterAt);
    if (c.section === undefined && c.heading === undefined) out.push(diagnostic('OUTLINE_INCOMPLETE', { n: ci + 1, missing: 'heading', ...sheet }, chapterAt));
    if (c.section === undefined && (c.points === undefined || c.points.length === 0)) out.push(diagnostic('OUTLINE_INCOMPLETE', { n: ci + 1, missing: 'points', ...sheet }, chapterAt));
    (c.points ?? []).forEach((p, pi) => {
      if (typeof p === 'string') return;
      const path = [...at, 'points', pi];
      // In a ledger, at the cell to fill: 正文 for a point with nothing, 小标题 for own text without one.
      if (p.use === undefined && p.text === undefined) out.push(diagnostic('OUTLINE_INCOMPLETE', { n: ci + 1, m: pi + 1, missing: 'pointBody', ...sheet }, locate(path)));
      else if (p.use === undefined && p.title === undefined) out.push(diagnostic('OUTLINE_INCOMPLETE', { n: ci + 1, m: pi + 1, missing: 'pointTitle', ...sheet }, locate(path)));
    });
  });
  return out;
};

export const outlineNotices: Rule = ({ data, locate }) =>
  compileOutline(data).warnings.map((w) => {
    if (w.code === 'OUTLINE_TEXT_UNUSED') {
      const at = locate(w.path, w.why === 'settings' ? 'key' : undefined);
      return diagnostic('OUTLINE_TEXT_UNUSED', { why: w.why, n: w.n ?? 0, ...(w.m !== undefined && { m: w.m }), key: w.key ?? '', ...ledgerSheet(at) }, { ...at, path: w.path });
    }
    const params = { id: w.id, label: pointSpec(w.id).label };
    const at = locate(w.path, w.code === 'OUTLINE_POINT_ADDED' ? 'key' : 'value');
    if (w.code === 'OUTLINE_POINT_ADDED') return diagnostic('OUTLINE_POINT_ADDED', { ...params, chapter: w.chapter ?? '', ...ledgerSheet(at) }, at);
    if (w.code === 'OUTLINE_OMIT_USED') return diagnostic('OUTLINE_OMIT_USED', { ...params, ...ledgerSheet(at) }, at);
    return diagnostic(w.code, params, at);
  });

/** A rule says what it is: by its name, or, for a practice without one, by what it is. */
export const rulesSaySomething: Rule = ({ data, locate }) =>
  (data.mechanisms ?? []).flatMap((m, i) => {
    if (m.name !== undefined || m.content !== undefined) return [];
    const path = ['mechanisms', i, 'content'];
    return [diagnostic('MISSING_FIELD', { field: fieldName(path), key: 'content' }, { ...locate(['mechanisms', i]), path })];
  });
