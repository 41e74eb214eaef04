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
 * A view of the model in which every record (an object with a string `ref`) is
 * a tracking Proxy. The same record reached through two lists (meetings.all and
 * meetings.forums) is the same Proxy.
 *
 * The view is made as it is read, not up front: a template run reads a few
 * lists of a model that holds the whole year (and last year's), and one office
 * runs ~25 templates. An object's view is a Proxy over a shallow copy of it
 * whose members become views when first read; an array's view is a copy whose
 * elements are views. What a template can observe is the same as a deep copy's.
 */
export function trackedView<T>(model: T, tracker: Tracker): T {
  const seen = new Map<object, unknown>();
  const views = new WeakSet<object>();
  const view = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || views.has(value)) return value;
    const hit = seen.get(value);
    if (hit !== undefined) return hit;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      views.add(out);
      for (const v of value) out.push(view(v));
      return out;
    }
    if (!isPlainObject(value)) return value;
    const ref = value['ref'];
    const result = new Proxy({ ...value }, viewHandler(typeof ref === 'string' ? ref : undefined, tracker, view));
    seen.set(value, result);
    views.add(result);
    return result;
  };
  return view(model) as T;
}

const hasOwn = (o: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Members become views when first read; a record's reads mark it, except its `ref`. `unwrap` gets the copy with every member a view. */
function viewHandler(ref: string | undefined, tracker: Tracker, view: (v: unknown) => unknown): ProxyHandler<Record<string, unknown>> {
  let whole = false;
  return {
    get(target, prop, receiver) {
      if (prop === RAW) {
        if (ref === undefined) return undefined;
        if (!whole) for (const k of Object.keys(target)) target[k] = view(target[k]);
        whole = true;
        return target;
      }
      if (typeof prop !== 'string' || !hasOwn(target, prop)) return Reflect.get(target, prop, receiver);
      if (ref !== undefined && prop !== 'ref') tracker.mark(ref);
      const v = target[prop];
      if (typeof v !== 'object' || v === null) return v;
      const w = view(v);
      if (w !== v) target[prop] = w;
      return w;
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
