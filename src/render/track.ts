/**
 * Placement tracking: which records the templates actually wrote into the
 * report. Each record of the model is wrapped in a Proxy that marks the record
 * when a template reads one of its fields; the block helpers scope the marks,
 * so a point that renders nothing and is dropped places nothing. Helpers that
 * only count or sum records read through `unwrap` and place nothing either.
 */

const RAW = Symbol('raw record');

export class Tracker {
  private readonly stack: Set<string>[] = [new Set()];

  /** Start collecting marks for a block whose fate is not known yet. */
  push(): void {
    this.stack.push(new Set());
  }

  /** Stop collecting for the current block and hand back what it read. */
  pop(): Set<string> {
    return this.stack.length > 1 ? (this.stack.pop() ?? new Set()) : new Set();
  }

  /** Marks of an inline piece that was kept pass up to the block around it. */
  merge(marks: Iterable<string>): void {
    const top = this.stack[this.stack.length - 1];
    if (top) for (const m of marks) top.add(m);
  }

  mark(ref: string): void {
    this.stack[this.stack.length - 1]?.add(ref);
  }

  /** Marks read outside any block (stray template text). */
  root(): Set<string> {
    return this.stack[0] ?? new Set();
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A copy of the model in which every record (an object with a string `ref`) is
 * a tracking Proxy. The same record reached through two lists (meetings.all and
 * meetings.forums) is the same Proxy.
 */
export function trackedView<T>(model: T, tracker: Tracker): T {
  const seen = new Map<object, unknown>();
  const view = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const hit = seen.get(value);
      if (hit) return hit;
      const out: unknown[] = [];
      seen.set(value, out);
      for (const v of value) out.push(view(v));
      return out;
    }
    if (!isPlainObject(value)) return value;
    const hit = seen.get(value);
    if (hit) return hit;
    const copy: Record<string, unknown> = {};
    const ref = value['ref'];
    const result = typeof ref === 'string' ? new Proxy(copy, recordHandler(ref, tracker)) : copy;
    seen.set(value, result);
    for (const [k, v] of Object.entries(value)) copy[k] = view(v);
    return result;
  };
  return view(model) as T;
}

function recordHandler(ref: string, tracker: Tracker): ProxyHandler<Record<string, unknown>> {
  return {
    get(target, prop, receiver) {
      if (prop === RAW) return target;
      if (typeof prop === 'string' && prop !== 'ref' && Object.prototype.hasOwnProperty.call(target, prop)) tracker.mark(ref);
      return Reflect.get(target, prop, receiver);
    },
  };
}

/** Read a record without placing it (for counting, summing, sorting). */
export function unwrap<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    const raw = (value as Record<symbol, unknown>)[RAW];
    if (raw !== undefined) return raw as T;
  }
  return value;
}
