/**
 * Mutation fuzz of the built-in templates through `build` (issue 22): a copy
 * of templates/ with tags inserted — every helper with arguments of every
 * kind (fields, literals, dates, subexpressions), blocks around them — or its
 * syntax broken. Each build ends in a report that python-docx opens, or in
 * template diagnostics placed in a template file; never a failure of the tool,
 * never a hang (tests/support/fuzz.ts).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOffice } from '../../src/office/build-office.js';
import { MODEL_FIELDS, type FieldSpec } from '../../src/render/fields.js';
import { HELPER_SIGNATURES } from '../../src/render/helpers/signatures.js';
import { EXAMPLES_DIR } from '../support/example-data.js';
import { countCase, expectSound, FUZZ_SEED, fuzzRuns, pythonDocxRefuses } from '../support/fuzz.js';
import { haveReader } from '../support/readers/readers.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'fuzz-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATE_FILES = [...readdirSync(path.join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs')), ...readdirSync(path.join(ROOT, 'templates', 'partials')).map((f) => `partials/${f}`)];
const SOURCES = new Map(TEMPLATE_FILES.map((f) => [f, readFileSync(path.join(ROOT, 'templates', f), 'utf8')]));

/** Field paths of the model, a sample of each kind, and some that are not fields. */
function paths(spec: FieldSpec, at: string, out: string[]): string[] {
  if (spec.kind === 'object') for (const [k, child] of Object.entries(spec.fields)) paths(child, at ? `${at}.${k}` : k, out);
  else out.push(at);
  if (spec.kind === 'list' || spec.kind === 'object') out.push(at);
  return out;
}
const FIELDS = [...new Set(paths(MODEL_FIELDS, '', []).filter((p) => p !== '' && !p.includes('current')))];
const NOT_FIELDS = ['nosuch', 'year.value', 'office.name.length', '../office', '@index', '@root.year', 'this', 'constructor', '__proto__'];

const literal = fc.oneof(
  fc.constantFrom('"2021-06-24"', '"2021-13-45"', '"paren"', '"nosuchstyle"', '"元"', '""', '"、"', 'true', 'null', 'undefined'),
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom('1e400', '3.5', '-0', '99999999999999999999'),
);
const argument = fc.oneof(fc.constantFrom(...FIELDS), fc.constantFrom(...FIELDS), fc.constantFrom(...NOT_FIELDS), literal);
const HELPERS = Object.keys(HELPER_SIGNATURES).filter((h) => HELPER_SIGNATURES[h]?.returns !== 'block');
const call = fc.record({ helper: fc.constantFrom(...HELPERS), args: fc.array(argument, { maxLength: 3 }) }).map(({ helper, args }) => `${helper}${args.map((a) => ` ${a}`).join('')}`);
const sub = call.map((c) => `(${c})`);
const tag = fc.oneof(
  call.map((c) => `{{${c}}}`),
  fc.tuple(fc.constantFrom(...HELPERS), sub, argument).map(([h, s, a]) => `{{${h} ${s} ${a}}}`),
  fc.constantFrom(...FIELDS).map((f) => `{{${f}}}`),
);
const block = fc.oneof(
  tag.map((t) => `{{#paragraph}}${t}{{/paragraph}}`),
  fc.tuple(fc.constantFrom(...FIELDS), tag).map(([f, t]) => `{{#each ${f}}}{{#paragraph}}${t}{{/paragraph}}{{/each}}`),
  fc.tuple(argument, tag).map(([a, t]) => `{{#if ${a}}}{{#paragraph}}${t}{{/paragraph}}{{/if}}`),
  tag.map((t) => `{{#points}}{{#point "标题"}}${t}{{/point}}{{/points}}`),
  fc.constantFrom('{{#paragraph}}{{nextYear}}{{/paragraph}}', '{{#points}}{{#point "标题"}}{{year}}{{/point}}{{/points}}', '{{#list sep="，" min="x"}}{{#item}}1{{/item}}{{/list}}'),
);
/** Break the syntax: an unclosed tag, a stray close, an else on its own. */
const breakage = fc.constantFrom('{{#paragraph}}', '{{/if}}', '{{else}}', '}}', '{{', '{{> nosuch}}', '{{#each}}{{/each}}', '{{!-- 注释');

const mutant = fc.record({
  file: fc.constantFrom(...TEMPLATE_FILES),
  at: fc.nat(),
  insert: fc.oneof(block, block, block, breakage),
});

let n = 0;

describe('template mutations through build', () => {
  it('a report python-docx opens, or template diagnostics in a template file; never a tool failure', async () => {
    const built: string[] = [];
    const example = path.join(EXAMPLES_DIR, 'qingshi-2021.yaml');
    await fc.assert(
      fc.asyncProperty(mutant, async ({ file, at, insert }) => {
        const i = n++;
        const tpl = path.join(dir, `t${i}`);
        cpSync(path.join(ROOT, 'templates'), tpl, { recursive: true });
        const source = SOURCES.get(file) as string;
        // Inserted between two lines of the template, so the built-in's own tags stay whole.
        const lines = source.split('\n');
        const line = at % (lines.length + 1);
        writeFileSync(path.join(tpl, file), [...lines.slice(0, line), insert, ...lines.slice(line)].join('\n'));
        const started = performance.now();
        const { result } = await buildOffice(example, { cwd: ROOT, outDir: path.join(dir, 'out'), fileName: `t${i}.docx`, format: 'docx', force: true, templatesDir: tpl });
        expect(performance.now() - started, insert).toBeLessThan(15_000);
        const codes = result.diagnostics.map((d) => d.code);
        expect(codes, insert).not.toContain('TOOL_BUG');
        expectSound(result.diagnostics, insert, new Map(), insert);
        if (result.status === 'built') built.push(result.output as string);
        else {
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          expect(errors.length, insert).toBeGreaterThan(0);
          // Placed in the template that was changed (or a partial it calls), at a real line.
          for (const d of errors) expect(d.file.startsWith(tpl) || d.code === 'RECORD_NOT_PLACED', `${d.code} ${d.file} ${insert}`).toBe(true);
        }
        rmSync(tpl, { recursive: true, force: true });
        countCase('template → build');
      }),
      { seed: FUZZ_SEED + 3, numRuns: fuzzRuns(150) },
    );
    expect(built.length).toBeGreaterThan(0);
    if (await haveReader('python-docx')) expect(await pythonDocxRefuses(built)).toEqual([]);
  });
});
