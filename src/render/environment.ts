/**
 * An isolated Handlebars environment for a set of templates: `Handlebars.create()` so
 * nothing the templates register leaks into (or from) the global instance;
 * prototype access is never enabled (Handlebars ≥ 4.6 denies it by default).
 */
import type Handlebars from 'handlebars';
import { budgeted, RenderBudget } from './budget.js';
import type { RenderState } from './drafts.js';
import { blockHelpers } from './helpers/blocks.js';
import { formatHelpers } from './helpers/format.js';
import { logicHelpers } from './helpers/logic.js';
import { WORDING_HELPER_NAMES, wordingHelpers } from './helpers/wording.js';

/** Handlebars' own helpers that templates may use. */
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with'] as const;

/** Block helpers that render their body with the same context (`this`). */
export const CONTEXT_KEEPING_BLOCKS = ['if', 'unless', 'paragraph', 'points', 'point', 'list', 'item'] as const;

export const HELPER_NAMES: readonly string[] = [
  ...BUILTIN_HELPERS,
  ...Object.keys(formatHelpers),
  ...Object.keys(logicHelpers),
  ...WORDING_HELPER_NAMES,
  'dateOnce',
  'paragraph',
  'points',
  'point',
  'list',
  'item',
];

export type Env = typeof Handlebars;

/**
 * `base` is the full Handlebars (to compile) or its runtime (for precompiled templates): ./handlebars.ts.
 * `budget` is the current part's (render-report.ts renews it per part); one for the environment's life by default.
 */
export function createEnvironment(current: () => RenderState, base: Env, budget?: () => RenderBudget): Env {
  const own = new RenderBudget();
  const currentBudget = budget ?? (() => own);
  const env = base.create();
  // `lookup` and `log` reach around the field check (lookup takes a computed
  // name), and helperMissing/blockHelperMissing would let an unknown name
  // render as text; the load-time check rejects unknown names instead.
  env.unregisterHelper('lookup');
  env.unregisterHelper('log');
  env.registerHelper({ ...formatHelpers, ...logicHelpers, ...wordingHelpers(current), ...blockHelpers(current) } as Handlebars.HelperDeclareSpec);
  // Every helper, Handlebars' own #each/#if/#with included, renders its blocks against the budget (./budget.ts).
  const helpers = env.helpers as Record<string, (this: unknown, ...args: unknown[]) => unknown>;
  for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, budgeted(helper, currentBudget) as Handlebars.HelperDelegate);
  return env;
}

export const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  // The report is data, not markup: a template may not switch these back on.
  preventIndent: true,
} as const;
