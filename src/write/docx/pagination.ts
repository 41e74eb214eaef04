/**
 * How the report ends on the page: which of the last body paragraphs keep
 * with the signature, and whether the blank lines before the 附件 note and
 * the signature are narrowed to bring the signature onto the page where the
 * body ends. Decided on an estimate of the pages (line-estimate.ts: every body
 * line is an exact 28.95 pt line, 22 to a page), as readers will lay them out.
 *
 * What a good ending is (issue 20): the signature never alone on a page
 * (“此页无正文”, §7.3.5); at least four lines of body above it on its page,
 * unless the report is that one page; and the page before it not left half
 * empty because a long paragraph was pulled over with the signature. GB/T 9704
 * §7.3.5's own remedy when the signature does not fit — adjust the spacing —
 * is the narrowing of the two blank lines.
 *
 * The page model follows LibreOffice, the reader the tests measure: a
 * paragraph that keeps with the next moves whole; a paragraph splits leaving
 * at least two lines on each page (widow control, written in styles.ts).
 */
import { attachmentNoteLines, type Block } from '../../document/model.js';
import { estimateLines } from './line-estimate.js';
import { titleLines } from './title-lines.js';

/** §5.2.3: lines on a page. */
export const PAGE_LINES = 22;
/** A narrowed blank line, in lines (its exact height is this share of the 28.95 pt line). */
export const NARROW_BLANK = 1 / 3;
/**
 * The most lines of a paragraph moved whole to the signature's page: keeping a longer one's lines
 * together would leave the page before it that much emptier (and LibreOffice starts a paragraph
 * longer than a page, kept whole, on a page of its own).
 */
const MAX_WHOLE = 6;
/** How much of a line a narrowed ending must leave free, for estimates that are a little short: counted on the narrowed lines. */
const SQUEEZE_MARGIN = 0.3;

type Role = 'title' | 'body' | 'tail';

interface FlowItem {
  lines: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  role: Role;
  /** The block it comes from (paragraphs and headings). */
  block?: number;
  /** A body paragraph, whose keeps the plan may set. */
  paragraph?: boolean;
  /** A blank line of the tail, which a squeeze narrows. */
  blank?: boolean;
}

interface Layout {
  /** Page of each item's first and last line. */
  firstPage: number[];
  lastPage: number[];
  /** Lines used on each page, and body (title, headings, paragraphs) lines on it. */
  used: number[];
  body: number[];
}

const splittable = (it: FlowItem) => !it.keepNext && !it.keepLines && it.lines >= 4;

/** Lay the items out on pages of `capacity` lines, as LibreOffice would (module comment). */
export function simulate(items: readonly FlowItem[], capacity = PAGE_LINES): Layout {
  const out: Layout = { firstPage: [], lastPage: [], used: [0], body: [0] };
  let page = 0;
  const put = (it: FlowItem, n: number) => {
    out.used[page] = (out.used[page] ?? 0) + n;
    if (it.role !== 'tail') out.body[page] = (out.body[page] ?? 0) + n;
  };
  const newPage = () => {
    page += 1;
    out.used[page] = 0;
    out.body[page] = 0;
  };
  const free = () => capacity - (out.used[page] ?? 0);
  for (let i = 0; i < items.length; i += 1) {
    const it = items[i] as FlowItem;
    if (it.pageBreakBefore && (out.used[page] ?? 0) > 0) newPage();
    // A chain of keeps moves to the next page together when its head does not fit here.
    let need = 0;
    let j = i;
    while ((items[j] as FlowItem).keepNext && j + 1 < items.length) need += (items[j++] as FlowItem).lines;
    const last = items[j] as FlowItem;
    need += splittable(last) ? Math.min(2, last.lines) : last.lines;
    if (need > free() + 1e-9 && (out.used[page] ?? 0) > 0 && need <= capacity) newPage();
    let left = it.lines;
    let first: number | undefined;
    while (left > 1e-9) {
      if (free() > 1e-9) first ??= page;
      if (left <= free() + 1e-9) {
        put(it, left);
        left = 0;
      } else if (splittable(it) && Math.floor(free()) >= 2 && left - Math.floor(free()) >= 2) {
        const here = Math.floor(free());
        put(it, here);
        left -= here;
        newPage();
      } else if (splittable(it) && left - 2 >= 2 && Math.floor(free()) >= left - 2) {
        put(it, left - 2);
        left = 2;
        newPage();
      } else if ((out.used[page] ?? 0) > 0) {
        newPage();
      } else {
        // Longer than a page and not splittable: it runs over as readers would.
        const here = Math.min(left, capacity);
        put(it, here);
        left -= here;
        if (left > 1e-9) newPage();
      }
    }
    out.firstPage[i] = first ?? page;
    out.lastPage[i] = page;
  }
  return out;
}

/** The flow of the blocks up to and including the signature; undefined when there is no signature. */
export function flowItems(blocks: readonly Block[]): FlowItem[] | undefined {
  const items: FlowItem[] = [];
  let pageBreak = false;
  const push = (it: Omit<FlowItem, 'pageBreakBefore'>) => {
    items.push({ ...it, pageBreakBefore: pageBreak });
    pageBreak = false;
  };
  for (const [index, b] of blocks.entries()) {
    switch (b.type) {
      case 'pageBreak':
        pageBreak = true;
        break;
      case 'title':
        // Its lines, then the one blank line of its spacing after (styles.ts).
        push({ lines: titleLines(b.text).length + 1, keepNext: true, keepLines: true, role: 'title' });
        break;
      case 'heading':
        push({ lines: estimateLines(b.text), keepNext: true, keepLines: true, role: 'body', block: index });
        break;
      case 'paragraph':
        push({ lines: estimateLines(b.text), keepNext: false, keepLines: false, role: 'body', block: index, paragraph: true });
        break;
      case 'table':
        // Not in a report's body today (the tables are attachments); as one unbroken block if it ever is.
        push({ lines: Math.ceil(((b.rows.length + 1) * 420) / 579) + 1, keepNext: false, keepLines: true, role: 'body' });
        break;
      case 'attachmentNote':
        push({ lines: 1, keepNext: true, keepLines: true, role: 'tail', blank: true });
        for (const line of attachmentNoteLines(b.titles)) push({ lines: estimateLines(line.trimStart()), keepNext: true, keepLines: true, role: 'tail' });
        break;
      case 'signature':
        push({ lines: 1, keepNext: true, keepLines: true, role: 'tail', blank: true });
        push({ lines: 1, keepNext: true, keepLines: true, role: 'tail' });
        push({ lines: 1, keepNext: false, keepLines: true, role: 'tail' });
        return items;
      case 'attachment':
        return undefined;
    }
  }
  return undefined;
}

/** What the writer does with the last paragraphs and the tail's blank lines. */
export interface EndingPlan {
  /** Body paragraphs (by block index) that keep with the next; `whole` ones also keep their lines together. */
  keep: Map<number, { whole: boolean }>;
  /** Narrow the blank lines before the 附件 note and the signature to NARROW_BLANK of a line. */
  squeeze: boolean;
  /** Paragraphs and headings (by block index) set on a closer line (tightShare of the 28.95 pt line). */
  tight: Set<number>;
  /** How close: TIGHT_SHARE, or CLOSEST_SHARE when only that brings the signature onto the body's last page. */
  tightShare: number;
}

/** GB/T 9704 §7.3.5's other remedy: lines 7 % closer on the signature's page (28.95 pt → 26.9 pt, still 1.7 lines of 三号). */
export const TIGHT_SHARE = 0.93;
/**
 * The same remedy taken further, last of all: 12 % closer (25.5 pt, 1.6 lines of 三号). With the annex's
 * note the tail is five lines, and a body ending with short paragraphs can leave no other good ending:
 * the last four lines moved over with the signature leave six empty lines on the page before, fewer
 * leave the signature under fewer than four lines of body (tests/e2e/page-layout.test.ts many-points-7-annex).
 */
export const CLOSEST_SHARE = 0.88;

interface Option extends EndingPlan {
  cost: number;
  /** The ending's own score, without the remedies' penalties: a short signature page and the gap before it. */
  raw: number;
}

/** The most empty lines at the foot of the page before the signature's that an ending may leave without the closest lines. */
const FULL_ENOUGH = 5;

/** The score of an ending: lower is better (module comment says what good is). */
function score(items: readonly FlowItem[]): number {
  const layout = simulate(items);
  const sigPage = layout.lastPage[items.length - 1] ?? 0;
  const bodyAbove = layout.body[sigPage] ?? 0;
  const totalBody = items.filter((it) => it.role !== 'tail').reduce((s, it) => s + it.lines, 0);
  if (bodyAbove < 1) return Infinity; // the signature alone on its page
  // Lines of a paragraph split over the page end are where the estimate errs (a reader that sets one more of
  // them on the page before leaves the signature under three): counted with a line's margin.
  const split = items.some((it, i) => it.role !== 'tail' && (layout.firstPage[i] ?? 0) < sigPage && layout.lastPage[i] === sigPage);
  const need = split ? 5 : 4;
  const short = sigPage > 0 && bodyAbove < need && totalBody >= need ? 8 + (need - bodyAbove) : 0;
  const gap = sigPage > 0 ? PAGE_LINES - (layout.used[sigPage - 1] ?? 0) : 0;
  return short + gap;
}

/** How far each remedy goes: narrowed blank lines, then also closer lines on the last page, then closer still. */
const SQUEEZES = [
  { squeeze: false, tighten: false, share: 1, penalty: 0 },
  { squeeze: true, tighten: false, share: 1, penalty: 0.5 },
  { squeeze: true, tighten: true, share: TIGHT_SHARE, penalty: 1 },
  { squeeze: true, tighten: true, share: CLOSEST_SHARE, penalty: 2.5 },
] as const;

/** Choose how the report ends (module comment); undefined when it has no signature to place. */
export function planEnding(blocks: readonly Block[]): EndingPlan | undefined {
  const base = flowItems(blocks);
  if (!base) return undefined;
  const paragraphs = base.filter((it) => it.paragraph);
  const last = paragraphs.at(-1);
  if (!last) return undefined;
  // What closer lines would apply to: the paragraphs and headings wholly on the page where the body ends; for the
  // closest lines, a paragraph running onto it from the page before too (its lines there take less room as well;
  // its lines on the page before only end that page a little higher).
  const natural = simulate(base);
  const lastBody = base.map((it) => it.role).lastIndexOf('body');
  const endPage = natural.lastPage[lastBody] ?? 0;
  const tight = new Set(base.flatMap((it, i) => (it.block !== undefined && natural.firstPage[i] === endPage ? [it.block] : [])));
  const running = new Set(base.flatMap((it, i) => (it.block !== undefined && natural.lastPage[i] === endPage ? [it.block] : [])));
  const setOf = (remedy: (typeof SQUEEZES)[number]) => (remedy.share === CLOSEST_SHARE ? running : tight);
  let best: Option | undefined;
  const consider = (keep: Map<number, { whole: boolean }>, remedy: (typeof SQUEEZES)[number], penalty: number) => {
    const items = base.map((it) => {
      const k = it.block === undefined ? undefined : keep.get(it.block);
      let n = it.lines;
      if (remedy.squeeze && it.blank) n = NARROW_BLANK + SQUEEZE_MARGIN / 2;
      if (remedy.tighten && it.block !== undefined && setOf(remedy).has(it.block)) n = it.lines * remedy.share;
      return k ? { ...it, lines: n, keepNext: true, keepLines: k.whole } : { ...it, lines: n };
    });
    const raw = score(items);
    const cost = raw + remedy.penalty + penalty;
    if (!best || cost < best.cost) best = { keep, squeeze: remedy.squeeze, tight: remedy.tighten ? setOf(remedy) : new Set(), tightShare: remedy.share, cost, raw };
  };
  for (const remedy of SQUEEZES) {
    // The closest lines only where nothing else gives a good ending: their estimate is the tightest, and a reader
    // that lays a line differently would then put the signature under too few lines.
    const current = best as Option | undefined;
    if (remedy.share === CLOSEST_SHARE && current !== undefined && current.raw <= FULL_ENOUGH) continue;
    // The last paragraph keeps with the signature (moving whole in LibreOffice, its last lines in Word) …
    consider(new Map([[last.block as number, { whole: false }]]), remedy, 0);
    // … or the last two to four move whole together, to give the signature's page four lines …
    for (let n = 2; n <= Math.min(4, paragraphs.length); n += 1) {
      const moved = paragraphs.slice(-n);
      if (moved.some((it) => it.lines > MAX_WHOLE)) break;
      consider(new Map(moved.map((it) => [it.block as number, { whole: true }])), remedy, 0.25 * n);
    }
    // … or, with no keep, the last paragraph splits where the page ends and the signature follows its
    // last lines (a risk when the estimate is short by two lines: the penalty).
    consider(new Map(), remedy, 1.5);
  }
  return best;
}
