/** A report section with nothing to feed it would print a heading over nothing. */
import { diagnostic } from '../../diagnostics/create.js';
import { SECTION_KEYS, SECTION_TITLES } from '../../schema/sections.js';
import type { Rule } from './context.js';
import { feedLabels, sectionHasContent, sectionOmitted } from './section-feeds.js';

/** An office's own outline that has no chapter of this section has decided to leave it out: nothing to warn of. */
const leftOutByOutline = (data: Parameters<Rule>[0]['data'], key: string): boolean => data.report?.outline !== undefined && !data.report.outline.some((c) => c.section === key);

export const sectionsFed: Rule = ({ data, locate }) =>
  SECTION_KEYS.filter((key) => !sectionOmitted(data, key) && !leftOutByOutline(data, key) && !sectionHasContent(data, key)).map((key) => {
    // Point at the section's settings when there are any, else at the top of the file; in a ledger at the cell that
    // holds the sections' settings (报告设置), which always has a row, and the hint speaks of that cell.
    const settings = locate(['report', 'sections', key], 'key');
    const cell = settings.sheet !== undefined ? settings.cell : undefined;
    const at = data.report?.sections?.[key] || cell !== undefined ? settings : locate([]);
    const feeds = feedLabels(key, cell !== undefined).join('、');
    return diagnostic('SECTION_WITHOUT_CONTENT', { section: SECTION_TITLES[key], key, feeds, ...(cell !== undefined && { sheet: settings.sheet!, cell }) }, at);
  });

/**
 * report.order as written: a section named twice is written once, and one not
 * named is appended after the others. Both are said, not done silently.
 */
export const orderAsWritten: Rule = ({ data, locate }) => {
  const order = data.report?.order;
  if (!order) return [];
  const out = [];
  const seen = new Set<string>();
  const own = new Map((data.report?.own ?? []).map((o) => [o.key, o.heading]));
  const title = (key: string): string => (SECTION_TITLES as Record<string, string>)[key] ?? own.get(key) ?? key;
  // In a ledger the order is a row of the settings sheet, its sections written by their titles: so is the message.
  const orderAt = locate(['report', 'order'], 'key');
  const ledger = orderAt.sheet !== undefined ? { sheet: orderAt.sheet } : undefined;
  for (const [i, key] of order.entries()) {
    if (!(SECTION_KEYS as readonly string[]).includes(key) && !own.has(key)) {
      const known = [...(ledger ? SECTION_KEYS.map((k) => SECTION_TITLES[k]) : SECTION_KEYS), ...own.keys()].join('、');
      out.push(diagnostic('SECTION_ORDER_UNKNOWN', { key, known, ...ledger }, locate(['report', 'order', i])));
      continue;
    }
    if (seen.has(key)) out.push(diagnostic('SECTION_ORDER_REPEATED', { section: title(key), key, ...ledger }, locate(['report', 'order', i])));
    seen.add(key);
  }
  const missing = SECTION_KEYS.filter((key) => !seen.has(key) && !sectionOmitted(data, key));
  if (missing.length > 0) {
    const sections = missing.map((k) => (ledger ? `“${SECTION_TITLES[k]}”` : `${SECTION_TITLES[k]}（${k}）`)).join('、');
    out.push(diagnostic('SECTION_ORDER_INCOMPLETE', { sections, ...ledger }, orderAt));
  }
  return out;
};
