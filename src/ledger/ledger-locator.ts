/**
 * Data path → sheet!cell with the column's Chinese header, so that the
 * schema's and the rules' diagnostics point into the workbook as they point
 * into YAML. A path with no cell of its own (a record, a missing field, a
 * whole list) goes to the nearest place that has one: its row, its sheet.
 */
import type { Location } from '../diagnostics/create.js';
import type { DataPath, PathLocator, Target } from '../load/positions.js';

export interface CellPlace {
  sheet: string;
  /** 1-based row and column. */
  row: number;
  col: number;
  header?: string;
}

/** `C5` from row 5, column 3. */
export function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

const keyOf = (path: DataPath): string => JSON.stringify(path);

export class LedgerLocator implements PathLocator {
  private readonly places = new Map<string, CellPlace>();

  constructor(readonly file: string) {}

  set(path: DataPath, place: CellPlace): void {
    const key = keyOf(path);
    if (!this.places.has(key)) this.places.set(key, place);
  }

  has(path: DataPath): boolean {
    return this.places.has(keyOf(path));
  }

  /** A place for a path: its own cell, else its nearest ancestor's. */
  place(path: DataPath): CellPlace | undefined {
    for (let n = path.length; n >= 0; n--) {
      const found = this.places.get(keyOf(path.slice(0, n)));
      if (found) return found;
    }
    return undefined;
  }

  /** Paths whose sheet the workbook lacks (单位与委员 deleted), with that sheet's name. */
  private readonly missing: { path: DataPath; sheet: string }[] = [];

  /** `path` belongs to a sheet the workbook does not have. */
  setMissing(path: DataPath, sheet: string): void {
    this.missing.push({ path, sheet });
  }

  /**
   * The cell of exactly this path; for a path of a sheet the workbook lacks, that sheet with no cell (a message
   * then says which sheet to put back, not where a YAML key goes).
   */
  cellOf(path: DataPath): Location | undefined {
    if (this.has(path)) return this.locate(path);
    const within = (a: DataPath, b: DataPath) => a.length <= b.length && a.every((seg, i) => seg === b[i]);
    const gone = this.missing.find((m) => within(path, m.path) || within(m.path, path));
    return gone ? { file: this.file, line: 0, column: 0, path, sheet: gone.sheet } : undefined;
  }

  locate(path: DataPath, _target: Target = 'value'): Location {
    void _target;
    const at = this.place(path);
    if (!at) return { file: this.file, line: 0, column: 0, path };
    const loc: Location = { file: this.file, line: at.row, column: at.col, path, sheet: at.sheet, cell: cellAddress(at.row, at.col) };
    if (at.header !== undefined) loc.header = at.header;
    return loc;
  }
}
