/**
 * What one part of the report may cost to render. The load-time check bounds
 * a template's shape (depth, tags, #each inside #each), but what it costs
 * depends on the data too: a few nested #each over long lists multiply. Every
 * block body Handlebars renders passes through here, so the count of bodies,
 * the characters they produce and the time spent are bounded while rendering,
 * and the first block past a limit is named with its template line and column.
 */

/** Block bodies (one per #each item, #if branch, #paragraph …) in one part. The built-ins use a few hundred. */
export const MAX_BLOCK_RUNS = 20_000;
/**
 * Characters produced by block bodies in one part, counted at every level of
 * nesting (text inside three blocks counts three times). A full section is a
 * few thousand characters.
 */
export const MAX_OUTPUT_CHARS = 2_000_000;
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

  /** One block body rendered, producing `length` characters, at `loc` in the template. */
  spend(length: number, loc: BlockLoc | undefined): void {
    if (++this.runs > MAX_BLOCK_RUNS) throw new TemplateBudgetError('runs', MAX_BLOCK_RUNS, loc);
    this.chars += length;
    if (this.chars > MAX_OUTPUT_CHARS) throw new TemplateBudgetError('chars', MAX_OUTPUT_CHARS, loc);
    // Checked every 256 runs: Date.now() on every body would cost more than the body.
    if ((this.runs & 0xff) === 0 && Date.now() - this.started > MAX_RENDER_MS) throw new TemplateBudgetError('time', MAX_RENDER_MS, loc);
  }
}

interface HandlebarsOptions {
  fn?: (context: unknown, options?: unknown) => string;
  inverse?: (context: unknown, options?: unknown) => string;
  loc?: { start: { line: number; column: number } };
}

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The same helper, with its block bodies (options.fn and options.inverse)
 * counted against the budget current while it runs.
 */
export function budgeted(helper: Helper, budget: () => RenderBudget): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as HandlebarsOptions | undefined;
    if (options && typeof options === 'object') {
      const loc = options.loc ? { line: options.loc.start.line, column: options.loc.start.column + 1 } : undefined;
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
    return helper.apply(this, args);
  };
}
