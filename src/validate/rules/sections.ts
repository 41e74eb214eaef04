/** A report section with nothing to feed it would print a heading over nothing. */
import { diagnostic } from '../../diagnostics/catalogue.js';
import { SECTION_KEYS, SECTION_TITLES } from '../../schema/year.js';
import type { Rule } from './context.js';
import { SECTION_FEEDS, sectionHasContent, sectionOmitted } from './section-feeds.js';

export const sectionsFed: Rule = ({ data, locate }) =>
  SECTION_KEYS.filter((key) => !sectionOmitted(data, key) && !sectionHasContent(data, key)).map((key) => {
    // Point at the section's settings when there are any, else at the top of the file.
    const at = data.report?.sections?.[key] ? locate(['report', 'sections', key], 'key') : locate([]);
    const feeds = SECTION_FEEDS[key].map((f) => f.label).join('、');
    return diagnostic('SECTION_WITHOUT_CONTENT', { section: SECTION_TITLES[key], key, feeds }, at);
  });
