/**
 * Progress of a batch, written to an injected stream (nothing below the CLI
 * touches process.stdout).
 *
 * - TTY: one line redrawn in place: phase, bar, done/total, the offices being
 *   built at this moment (one per worker, named when a worker takes them),
 *   elapsed time and an estimate. A small renderer rather than a
 *   library: the ones that fit (cli-progress, progress) measure text by
 *   `.length`, so a line with Chinese office names is twice as wide as they
 *   think and wraps, leaving a trail of half-bars; this one measures display
 *   width and cuts the line to the terminal.
 * - not a TTY, or CI: one plain line per finished office, no control
 *   sequences at all (logs keep every byte).
 * - quiet: nothing.
 */
import type { OfficeBuildResult } from '../office/types.js';
import { STATUS_LABELS, rowDetail } from '../office/labels.js';
import { displayWidth, truncate } from './text-width.js';
import { printable } from '../diagnostics/format/printable.js';

export interface Progress {
  /**
   * A new phase (“检查”, “生成”) over `total` offices; `quiet`: plain output names only its failures;
   * `staged`: an office finished here is staged, not yet written (its line says 已排版, never 已生成).
   */
  phase(label: string, total: number, opts?: { quiet?: boolean; staged?: boolean }): void;
  /** A worker took this office (`name` is its input). */
  started(name: string): void;
  /** The office whose input is `result.input` is done. */
  finished(result: OfficeBuildResult): void;
  /** Clear the bar; called once at the end. */
  done(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream;
  /** `stream` itself is a terminal (the CLI passes stderr's isTTY, the stream the bar goes to). */
  tty: boolean;
  /** CI=true: plain lines even on a terminal. */
  ci?: boolean;
  quiet?: boolean;
  /** Terminal width; default 80. */
  columns?: number;
  now?: () => number;
}

export function createProgress(opts: ProgressOptions): Progress {
  if (opts.quiet) return { phase() {}, started() {}, finished() {}, done() {} };
  if (!opts.tty || opts.ci) return plainProgress(opts);
  return barProgress(opts);
}

function plainProgress(opts: ProgressOptions): Progress {
  let total = 0;
  let count = 0;
  let silent = false;
  let staged = false;
  return {
    phase(_label, n, o) {
      total = n;
      count = 0;
      silent = o?.quiet ?? false;
      staged = o?.staged ?? false;
    },
    started() {},
    finished(r) {
      count++;
      if (silent && r.status === 'built') return;
      const detail = r.status === 'built' ? (r.output ?? '') : rowDetail(r);
      // An office stopped while planning never reaches the build phase: its line says so without a count.
      const counter = silent ? '[未生成]' : `[${count}/${total}]`;
      // Names and messages quote the data: one printable line each (src/diagnostics/format/printable.ts).
      const label = staged && r.status === 'built' ? STAGED_LABEL : STATUS_LABELS[r.status];
      opts.stream.write(`${counter} ${label} ${printable(r.office ?? r.input)}${detail ? `：${printable(detail)}` : ''}\n`);
    },
    done() {},
  };
}

/** An office staged, not yet put in place: it is not 已生成 until the batch commits it (a stopped batch never does). */
export const STAGED_LABEL = '已排版，待写入';

const BAR_WIDTH = 20;
const REDRAW_MS = 100;

function barProgress(opts: ProgressOptions): Progress {
  const now = opts.now ?? Date.now;
  const columns = Math.max(40, opts.columns ?? 80);
  let label = '';
  let total = 0;
  let count = 0;
  // Inputs a worker is on now, in the order they were taken.
  let running: string[] = [];
  let start = now();
  let lastDraw = 0;
  let drawn = false;

  const draw = (force = false) => {
    const t = now();
    if (!force && t - lastDraw < REDRAW_MS) return;
    lastDraw = t;
    const filled = total === 0 ? BAR_WIDTH : Math.round((count / total) * BAR_WIDTH);
    const elapsed = t - start;
    const eta = count > 0 && count < total ? ` 预计还需 ${clock((elapsed / count) * (total - count))}` : '';
    const head = `${label} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${count}/${total}`;
    const tail = ` 已用 ${clock(elapsed)}${eta}`;
    const room = columns - 1 - displayWidth(head) - displayWidth(tail) - 1;
    const name = room > 4 && running.length > 0 ? ` ${truncate(printable(running.join('、')), room)}` : '';
    // \r and erase-line: redraw in place without scrolling.
    opts.stream.write(`\r\x1b[2K${head}${name}${tail}`);
    drawn = true;
  };

  return {
    phase(l, n) {
      label = l;
      total = n;
      count = 0;
      running = [];
      start = now();
      draw(true);
    },
    started(name) {
      running.push(name);
      draw();
    },
    finished(r) {
      count++;
      const i = running.indexOf(r.input);
      if (i >= 0) running.splice(i, 1);
      draw(count === total);
    },
    done() {
      if (drawn) opts.stream.write('\r\x1b[2K');
    },
  };
}

/** 0:07, 1:05, 1:02:03. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
