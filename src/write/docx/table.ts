/**
 * Table blocks (w:tbl, ECMA-376 §17.4): a title line above (centred, 黑体),
 * the table in 四号 with an exact line of its own (so rows don't clip under the
 * body's exact 28.95 pt lines, layout pitfall 2), and an optional note below.
 */
import type { Block } from '../../document/model.js';
import { TABLE, TEXT_WIDTH } from './layout.js';
import { paragraphXml } from './paragraph.js';
import { runsXml, textRuns } from './run.js';
import type { TextCleaner } from './sanitize-text.js';
import { STYLE, tableTextStyle } from './styles.js';
import { tableLayout } from './table-layout.js';
import { el } from './xml.js';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Column widths in twips (table-layout.ts), kept for callers that only want the widths. */
export function columnWidths(header: string[], rows: string[][]): number[] {
  return tableLayout(header, rows).widths;
}

type Merge = 'restart' | 'continue' | undefined;

/** For each row and column: start a merged run, continue one, or neither. */
function merges(block: TableBlock, count: number): Merge[][] {
  const cols = new Set(block.mergeRepeats ?? []);
  return block.rows.map((row, r) =>
    Array.from({ length: count }, (_, c): Merge => {
      if (!cols.has(c)) return undefined;
      const v = row[c] ?? '';
      const same = (other: string[] | undefined) => other !== undefined && v !== '' && (other[c] ?? '') === v;
      if (same(block.rows[r - 1])) return 'continue';
      return same(block.rows[r + 1]) ? 'restart' : undefined;
    }),
  );
}

const SINGLE = { 'w:val': 'single', 'w:sz': 4, 'w:color': 'auto' } as const;
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => el(`w:${side}`, SINGLE)).join('')}</w:tblBorders>`;

/** CT_TblPr: width, centred, single borders, fixed layout, cell margins once for the table (not on every cell). */
function tablePropertiesXml(): string {
  const margin = (side: string, w: number) => el(`w:${side}`, { 'w:w': w, 'w:type': 'dxa' });
  const margins =
    margin('top', TABLE.cellMarginTopBottom) +
    margin('left', TABLE.cellMarginLeftRight) +
    margin('bottom', TABLE.cellMarginTopBottom) +
    margin('right', TABLE.cellMarginLeftRight);
  return `<w:tblPr>${el('w:tblW', { 'w:w': TEXT_WIDTH, 'w:type': 'dxa' })}<w:jc w:val="center"/>${BORDERS}<w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>`;
}

function cellXml(text: string, width: number, cleaner: TextCleaner, style: string, bold: boolean, merge: Merge): string {
  const tcPr = `<w:tcPr>${el('w:tcW', { 'w:w': width, 'w:type': 'dxa' })}${merge === undefined ? '' : `<w:vMerge w:val="${merge}"/>`}<w:vAlign w:val="center"/></w:tcPr>`;
  const runs = merge === 'continue' ? '' : runsXml(textRuns(text, cleaner, { bold }));
  return `<w:tc>${tcPr}<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs}</w:p></w:tc>`;
}

export function tableXml(block: TableBlock, cleaner: TextCleaner, pageBreakBefore: boolean): string {
  const layout = tableLayout(block.header, block.rows);
  const widths = layout.widths;
  const style = tableTextStyle(layout.size);
  const merged = merges(block, widths.length);
  const pad = (r: string[]) => widths.map((_, i) => r[i] ?? '');
  let out = '';
  const title = block.title === undefined ? '' : cleaner.clean(block.title).trim();
  if (title !== '' || pageBreakBefore) {
    // A table row cannot carry pageBreakBefore, so the break rides on the title line.
    out += paragraphXml({ style: STYLE.tableTitle, pageBreakBefore: pageBreakBefore || undefined }, textRuns(title, cleaner));
  }
  const cells = (row: string[], bold: boolean, merge: (i: number) => Merge) =>
    pad(row).map((t, i) => cellXml(t, widths[i] ?? 0, cleaner, style, bold, merge(i))).join('');
  // The header row repeats at the top of every page the table runs onto (w:tblHeader); no row splits.
  let rows = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells(block.header, true, () => undefined)}</w:tr>`;
  block.rows.forEach((r, ri) => {
    rows += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells(r, false, (i) => merged[ri]?.[i])}</w:tr>`;
  });
  const grid = `<w:tblGrid>${widths.map((w) => el('w:gridCol', { 'w:w': w })).join('')}</w:tblGrid>`;
  out += `<w:tbl>${tablePropertiesXml()}${grid}${rows}</w:tbl>`;
  // Cleaned once: what was removed is counted once (the text cleaned again loses nothing more).
  const note = block.note === undefined ? '' : cleaner.clean(block.note);
  if (note.trim() !== '') out += paragraphXml({ style: STYLE.tableNote }, textRuns(note, cleaner));
  return out;
}
