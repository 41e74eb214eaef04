/**
 * `summary init --from 2021.yaml`: last year's file as the start of the next.
 * Worked on yaml's Document, so the office's own comments and layout survive
 * on everything that is kept. What lasts is kept (the office, its members and
 * groups, the report's layout); the year's records are emptied, each list
 * offering one record to copy; what the office will want to look back on
 * (last year's plans, shortcomings, mechanisms, numbers, wording) is kept as
 * comments. docs/init.md gives the field-by-field list and why.
 */
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, stringify, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { KINDS } from '../schema/kinds/index.js';
import { recordLines } from './skeleton.js';

/** Last year's numbers are kept as a comment to look back on (with the lists kept under them, `counts.other`). */
const COUNTS_NOTE = '去年的数字（改成今年的，再去掉“# ”，并删去 {}）';

/** Last year's date one year on; 29 February becomes the 28th. */
export function shiftYear(date: string, years: number): string {
  const m = /^(\d{4})(-\d{2})(-\d{2})?$/.exec(date);
  if (!m) return date;
  const year = Number(m[1]) + years;
  let day = m[3];
  if (m[2] === '-02' && day === '-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) day = '-28';
  return `${year}${m[2]}${day ?? ''}`;
}

/** YAML text of a value, as comment lines (yaml adds the “#”). */
const asComment = (note: string, value: unknown): string => [` ${note}：`, ...stringify(value, { lineWidth: 0 }).trimEnd().split('\n').map((l) => ` ${l}`)].join('\n');

const pairOf = (map: unknown, key: string): Pair<Scalar, Node> | undefined =>
  isMap(map) ? (map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, Node> | undefined) : undefined;

/** An empty flow list `[]` under which yaml prints `comment` as indented comment lines. */
function emptyList(comment: string | undefined): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  if (comment) seq.comment = comment;
  return seq;
}

const copyNote = (lines: string[]): string => [' 写第一条时删去 []，再去掉下面各行的“# ”；每条一项，可复制多条：', ...lines.map((l) => ` ${l}`)].join('\n');

/** Remove a pair, its old content kept as a comment before the next key (or after the map). */
function commentOutPair(map: YAMLMap, key: string, note: string): void {
  const i = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (i < 0) return;
  const pair = map.items[i]!;
  const text = asComment(note, { [key]: (pair.value as Node | null)?.toJSON() });
  map.items.splice(i, 1);
  const next = map.items[i]?.key;
  if (isScalar(next)) next.commentBefore = next.commentBefore ? `${text}\n${next.commentBefore}` : text;
  else map.comment = map.comment ? `${map.comment}\n${text}` : text;
}

export interface RollResult {
  text: string;
  /** Top-level keys this file held. */
  keys: string[];
}

/** Roll one file of last year's office forward by `years` (1 for the next year). */
export function rollForward(source: string, years: number, newYear: number): RollResult {
  const doc = parseDocument(source, { schema: 'core' }) as Document.Parsed;
  const root = doc.contents;
  if (!isMap(root)) return { text: source, keys: [] };
  const keys = root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));

  // The heading `summary init` wrote names the year too (yaml keeps it on the document or on the first key).
  const heading = (c: string | null | undefined) => c?.replace(/\d{4} 年的工作记录（summary init 生成）/, `${newYear} 年的工作记录（summary init 生成）`);
  if (doc.commentBefore) doc.commentBefore = heading(doc.commentBefore) ?? null;
  const firstKey = root.items[0]?.key;
  if (isScalar(firstKey) && firstKey.commentBefore) firstKey.commentBefore = heading(firstKey.commentBefore);
  const year = pairOf(root, 'year');
  if (year && isScalar(year.value)) year.value.value = newYear;
  const date = pairOf(pairOf(root, 'office')?.value, 'date');
  if (date && isScalar(date.value) && typeof date.value.value === 'string') date.value.value = shiftYear(date.value.value, years);

  // Each kind's list as its declaration says (src/schema/kinds/); those kept under `counts` go with it.
  for (const kind of KINDS) {
    if (kind.nextYear === 'keep' || kind.path[0] === 'counts') continue;
    const parent = kind.path.length === 1 ? root : pairOf(root, kind.path[0]!)?.value;
    const key = kind.path.at(-1)!;
    const pair = pairOf(parent, key);
    if (!pair) continue;
    pair.value = kind.nextYear === 'empty' ? emptyList(copyNote(recordLines(kind.listSchema, key, newYear))) : emptyList(asComment(kind.nextYear.comment, pair.value?.toJSON()));
  }
  const counts = pairOf(root, 'counts');
  if (counts) {
    const old = counts.value?.toJSON() as unknown;
    const empty = new YAMLMap();
    empty.flow = true;
    empty.comment = asComment(COUNTS_NOTE, old);
    counts.value = empty;
  }

  rollText(pairOf(root, 'text')?.value, newYear - years);
  rollReport(pairOf(root, 'report')?.value, years);
  return { text: doc.toString({ lineWidth: 0 }), keys };
}

/** text: last year's plans and shortcomings kept as comments; the year's own wording commented out. */
function rollText(text: unknown, oldYear: number): void {
  if (!isMap(text)) return;
  const plans = pairOf(text, 'plans');
  if (plans) plans.value = emptyList(asComment(`${oldYear}年总结里写的明年工作打算：今年落实得怎样，写进各项记录和工作亮点；再在这里写下一年的打算`, plans.value?.toJSON()));
  const shortcomings = pairOf(text, 'shortcomings');
  if (shortcomings) shortcomings.value = emptyList(asComment(`${oldYear}年写的存在的不足（今年仍有的可再写上）`, shortcomings.value?.toJSON()));
  commentOutPair(text, 'opening', `${oldYear}年的开头`);
  commentOutPair(text, 'highlights', `${oldYear}年的工作亮点`);
}

/** report: the layout stays; the year's wording (intros, points, own sections) becomes comments. */
function rollReport(report: unknown, years: number): void {
  if (!isMap(report)) return;
  const title = pairOf(report, 'title');
  if (title && isScalar(title.value) && typeof title.value.value === 'string') {
    title.value.value = title.value.value.replace(/(?<!\d)(\d{4})(?=年)/g, (y) => String(Number(y) + years));
  }
  const sections = pairOf(report, 'sections')?.value;
  if (isMap(sections)) {
    for (const section of sections.items) {
      if (!isMap(section.value)) continue;
      commentOutPair(section.value, 'intro', '去年的导语');
      commentOutPair(section.value, 'points', '去年的补充要点');
    }
  }
  const own = pairOf(report, 'own');
  if (own && isSeq(own.value)) {
    const ownKeys = own.value.items.map((i) => (isMap(i) ? pairOf(i, 'key')?.value : undefined)).map((k) => (isScalar(k) ? k.value : undefined));
    const order = pairOf(report, 'order')?.value;
    if (isSeq(order)) order.items = order.items.filter((i) => !(isScalar(i) && ownKeys.includes(i.value)));
    commentOutPair(report, 'own', '去年的自设部分（标题和要点是去年的，今年要写时改好再去掉“# ”，并在 order 里加回它的代号）');
  }
}
