/**
 * What one part of the report may cost to render. The load-time check bounds
 * a template's shape (depth, tags, #each inside #each), but what it costs
 * depends on the data too: a few nested #each over long lists multiply. Every
 * helper Handlebars calls — a block's bodies and a plain helper's value
 * (`{{join list}}`) alike — passes through here, so the count of calls and
 * bodies, the characters they produce and the time spent are bounded while
 * rendering, as the text grows, and the first tag past a limit is named with
 * its template line and column. (Counting only finished block bodies let one
 * paragraph of 1,000 `{{join …}}` build 1.2 GB before it was counted, repro 31.)
 *
 * The limits admit what the data's own limits admit: the year's text is at
 * most MAX_DATA_CHARS (src/load/load-year.ts), and the built-in templates
 * print each value at most a few times, counted once per level of nesting;
 * tests/render/budget.test.ts renders data at that bound with them.
 */

/** Helper calls and block bodies (one per #each item, #if branch, #paragraph …) in one part. The built-ins use a few hundred. */
export const MAX_BLOCK_RUNS = 200_000;
/**
 * Characters produced by helpers and block bodies in one part, counted at
 * every level of nesting (text inside three blocks counts three times). A full
 * section is a few thousand characters; data at its largest makes ~4 million.
 */
export const MAX_OUTPUT_CHARS = 16_000_000;
/** Wall time for one part: a report part renders in milliseconds. */
export const MAX_RENDER_MS = 10_000;

export interface BlockLoc {
  line: number;
  column: number;
}

export class TemplateBudgetError extends Error {
  constructor(
    readonly what: 'runs' | 'chars' | 'time',
    readonly limit: number,
    readonly loc: BlockLoc | undefined,
  ) {
    super(`template budget: ${what}`);
  }
}

export class RenderBudget {
  private runs = 0;
  private chars = 0;
  private readonly started = Date.now();

  /** One helper call or block body done, producing `length` characters, at `loc` in the template. */
  spend(length: number, loc: BlockLoc | undefined): void {
    if (++this.runs > MAX_BLOCK_RUNS) throw new TemplateBudgetError('runs', MAX_BLOCK_RUNS, loc);
    this.chars += length;
    if (this.chars > MAX_OUTPUT_CHARS) throw new TemplateBudgetError('chars', MAX_OUTPUT_CHARS, loc);
    // Checked every 64 calls: Date.now() on every body would cost more than the body. Every helper is
    // linear in its input, so no single call runs long (src/render/text.ts).
    if ((this.runs & 0x3f) === 0 && Date.now() - this.started > MAX_RENDER_MS) throw new TemplateBudgetError('time', MAX_RENDER_MS, loc);
  }
}

interface HandlebarsOptions {
  fn?: (context: unknown, options?: unknown) => string;
  inverse?: (context: unknown, options?: unknown) => string;
  loc?: { start: { line: number; column: number } };
}

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The same helper, with its block bodies (options.fn and options.inverse) and
 * its own value counted against the budget current while it runs.
 */
export function budgeted(helper: Helper, budget: () => RenderBudget): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as HandlebarsOptions | undefined;
    let loc: BlockLoc | undefined;
    if (options && typeof options === 'object') {
      loc = options.loc ? { line: options.loc.start.line, column: options.loc.start.column + 1 } : undefined;
      for (const key of ['fn', 'inverse'] as const) {
        const body = options[key];
        if (typeof body !== 'function') continue;
        options[key] = (context: unknown, opts?: unknown) => {
          const out = body(context, opts);
          budget().spend(typeof out === 'string' ? out.length : 0, loc);
          return out;
        };
      }
    }
    let value: unknown;
    try {
      value = helper.apply(this, args);
    } catch (e) {
      // A failure inside a helper is named at its tag, not at the template's start (repro 29).
      if (e instanceof Error && !(e instanceof TemplateBudgetError) && loc && !('helperLoc' in e)) Object.assign(e, { helperLoc: loc });
      throw e;
    }
    budget().spend(typeof value === 'string' ? value.length : 0, loc);
    return value;
  };
}
