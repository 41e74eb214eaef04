/**
 * A set of templates checked and compiled once: the report's parts, the
 * partials they share, and the points' templates (templates/points/<id>.hbs). Compiling is most of a render's cost
 * (Handlebars compiles lazily, to JavaScript), so a process that renders many
 * reports (a batch worker) compiles each set of templates once; the built-in
 * set is precompiled at package build (./precompiled.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pointTemplateName } from '../schema/points.js';
import { RenderBudget } from './budget.js';
import { checkTemplate } from './check-template.js';
import { RenderState } from './drafts.js';
import { COMPILE_OPTIONS, createEnvironment, HELPER_NAMES, type Env } from './environment.js';
import { MODEL_FIELDS } from './fields.js';
import { fullHandlebars, runtimeHandlebars } from './handlebars.js';
import type { LoadedTemplate, LoadedTemplates } from './load-templates.js';
import { loadPrecompiled } from './precompiled.js';

export interface Compiled {
  env: Env;
  /** By name: a part (`opening`), or a point's template (`points/members.study`). */
  templates: Map<string, { run: HandlebarsTemplateDelegate; file: string }>;
  checks: Diagnostic[];
  /** The state the block helpers write into while a part renders. */
  state: RenderState;
  /** What the part being rendered may still cost. */
  budget: RenderBudget;
}

/**
 * Check every template against the model's fields, helpers and partials
 * (also run on the built-ins before they are precompiled): each has the
 * whole model as its context (a point's template sees only the records
 * placed at it, in the same fields).
 */
export function checkAll(t: LoadedTemplates): Diagnostic[] {
  const helpers = new Set(HELPER_NAMES);
  const partials = new Map([...t.partials].map(([k, v]) => [k, { file: v.file, ast: v.ast }]));
  const check = (p: LoadedTemplate, context: typeof MODEL_FIELDS) => checkTemplate({ file: p.file, ast: p.ast, root: MODEL_FIELDS, context, helpers, partials });
  const all = [...t.parts.values(), ...t.points.values()].flatMap((p) => check(p, MODEL_FIELDS));
  // A partial used by several sections reports each of its problems once.
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.code}:${d.file}:${d.line}:${d.column}:${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const compiledCache = new Map<string, Compiled>();
const MAX_CACHED = 8;

const emptyCompiled = (checks: Diagnostic[]): Compiled => ({ env: undefined as unknown as Env, templates: new Map(), checks, state: new RenderState(), budget: new RenderBudget() });

export function compiledFor(t: LoadedTemplates): Compiled {
  const all = [...t.parts.values(), ...t.partials.values(), ...t.points.values()];
  const key = all.map((x) => `${x.file}\u0000${x.source}`).join('\u0001');
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const compiled = emptyCompiled(checkAll(t));
  compiled.env = createEnvironment(
    () => compiled.state,
    fullHandlebars(),
    () => compiled.budget,
  );
  const compile = (p: LoadedTemplate) => compiled.env.compile(p.ast as never, COMPILE_OPTIONS);
  for (const [name, p] of t.partials) compiled.env.registerPartial(name, compile(p));
  for (const [name, p] of t.parts) compiled.templates.set(name, { run: compile(p), file: p.file });
  for (const [name, p] of t.points) compiled.templates.set(pointTemplateName(name), { run: compile(p), file: p.file });
  if (compiledCache.size >= MAX_CACHED) compiledCache.delete(compiledCache.keys().next().value as string);
  compiledCache.set(key, compiled);
  return compiled;
}

/** The built-in templates as precompiled at package build, on the Handlebars runtime; undefined when missing or stale. */
let precompiled: Compiled | null | undefined;
export function precompiledBuiltins(): Compiled | undefined {
  if (precompiled !== undefined) return precompiled ?? undefined;
  precompiled = null;
  const mod = loadPrecompiled();
  if (!mod) return undefined;
  const compiled = emptyCompiled([]);
  const env = createEnvironment(() => compiled.state, runtimeHandlebars(), () => compiled.budget);
  compiled.env = env;
  for (const [name, p] of Object.entries(mod.partials)) env.registerPartial(name, env.template(p.spec as TemplateSpecification));
  for (const [name, p] of Object.entries(mod.parts)) compiled.templates.set(name, { run: env.template(p.spec as TemplateSpecification), file: p.file });
  for (const [name, p] of Object.entries(mod.points)) compiled.templates.set(pointTemplateName(name), { run: env.template(p.spec as TemplateSpecification), file: p.file });
  precompiled = compiled;
  return compiled;
}
