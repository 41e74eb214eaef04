/**
 * User templates: every problem is a diagnostic with the template's file, line
 * and column, found when the templates load; a hostile template reaches
 * neither prototypes nor the file system.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { toPlainText } from '../../src/write/markdown.js';
import { loadExample } from '../support/example-data.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function withTemplates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'summary-tpl-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const model = () => buildModel(loadExample('qingshi-2021'));
const render = (files: Record<string, string>) => renderReport(model(), { templatesDir: withTemplates(files) });

describe('template problems found at load', () => {
  it.each([
    // Handlebars reports a mismatched close at the block it fails to close.
    ['syntax error', '{{#paragraph}}\n甲{{#if office.name}}\n乙\n{{/paragraph}}', 'TEMPLATE_SYNTAX', 2, 5],
    ['unclosed mustache', '{{#paragraph}}\n  {{office.name\n{{/paragraph}}', 'TEMPLATE_SYNTAX', 3, 1],
    ['unknown field', '{{#paragraph}}\n  {{office.nmae}}\n{{/paragraph}}', 'TEMPLATE_UNKNOWN_FIELD', 2, 5],
    ['unknown field inside #each', '{{#each meetings.all}}{{#paragraph}}{{topik}}{{/paragraph}}{{/each}}', 'TEMPLATE_UNKNOWN_FIELD', 1, 39],
    ['unknown field inside #if', '{{#if office.name}}\n{{#paragraph}}{{office.foo}}{{/paragraph}}\n{{/if}}', 'TEMPLATE_UNKNOWN_FIELD', 2, 17],
    ['unknown helper', '{{#paragraph}}{{shout office.name}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_HELPER', 1, 17],
    ['unknown block helper', '{{#section}}x{{/section}}', 'TEMPLATE_UNKNOWN_HELPER', 1, 4],
    ['unknown partial', '{{#paragraph}}{{> nothing}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_PARTIAL', 1, 15],
    ['lookup is not available', '{{#paragraph}}{{lookup office "name"}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_HELPER', 1, 17],
  ])('%s', (_name, text, code, line, column) => {
    const r = render({ 'points/leadership.party.hbs': text });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code, severity: 'error', line, column }));
    expect(r.diagnostics.find((d) => d.code === code)?.file).toMatch(/leadership\.party\.hbs$/);
  });

  it('a misspelt field gets a suggestion', () => {
    const r = render({ 'points/leadership.party.hbs': '{{office.nmae}}' });
    expect(r.diagnostics[0]?.hint).toContain('name');
  });

  it('a field misspelt inside a partial points at the partial', () => {
    const r = render({ 'partials/meeting-item.hbs': '{{md date}}{{topicc}}' });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'TEMPLATE_UNKNOWN_FIELD', line: 1, column: 14 })]);
    expect(r.diagnostics[0]?.file).toMatch(/partials[\\/]meeting-item\.hbs$/);
  });

  it('5000 nested blocks are refused, not a stack overflow', () => {
    const text = '{{#if year}}'.repeat(5000) + 'x' + '{{/if}}'.repeat(5000);
    const r = render({ 'points/leadership.party.hbs': text });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'TEMPLATE_TOO_DEEP', line: 1 });
  });

  it('an unknown template file is a warning, the rest still builds', () => {
    const r = render({ 'leadrship.hbs': 'x' });
    expect(r.value).toBeDefined();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'TEMPLATE_UNKNOWN_FILE', severity: 'warning' }));
  });

  it('a missing folder is an error', () => {
    const r = renderReport(model(), { templatesDir: join(tmpdir(), 'no-such-summary-templates') });
    expect(r.diagnostics[0]?.code).toBe('TEMPLATE_DIR_NOT_FOUND');
  });
});

describe('a hostile template', () => {
  // Each is refused at load with one positioned diagnostic in points/leadership.party.hbs, and no report.
  it.each([
    ['{{#paragraph}}{{constructor.constructor}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_FIELD', 17, '“constructor.constructor”'],
    ['{{#paragraph}}{{__proto__}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_FIELD', 17, '“__proto__”'],
    ['{{#paragraph}}{{office.constructor}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_FIELD', 17, '“office.constructor”'],
    ['{{#paragraph}}{{#with office}}{{__proto__.toString}}{{/with}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_FIELD', 33, '“__proto__.toString”'],
    ['{{#paragraph}}{{lookup office "constructor"}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_HELPER', 17, '“lookup”'],
    ['{{#paragraph}}{{> (lookup . "x")}}{{/paragraph}}', 'TEMPLATE_UNSUPPORTED', 15, '动态片段名'],
    ['{{#paragraph}}{{log "x"}}{{/paragraph}}', 'TEMPLATE_UNKNOWN_HELPER', 17, '“log”'],
  ])('is refused: %s → %s at 1:%i', (text, code, column, named) => {
    const r = render({ 'points/leadership.party.hbs': text });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => ({ code: d.code, file: basename(d.file), line: d.line, column: d.column }))).toEqual([
      { code, file: 'leadership.party.hbs', line: 1, column },
    ]);
    expect(r.diagnostics[0]?.message).toContain(named);
  });

  it('cannot reach the file system through a partial path: TEMPLATE_UNKNOWN_PARTIAL at the call', () => {
    const r = render({ 'points/leadership.party.hbs': '{{#paragraph}}{{> ../../../../etc/passwd}}{{/paragraph}}' });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => ({ code: d.code, file: basename(d.file), line: d.line, column: d.column }))).toEqual([
      { code: 'TEMPLATE_UNKNOWN_PARTIAL', file: 'leadership.party.hbs', line: 1, column: 15 },
    ]);
  });

  it('data that looks like a template stays text', () => {
    const m = model();
    m.text.shortcomings = ['{{constructor.constructor "return process"}} & <b>"\'', '第二条'];
    const r = renderReport(m);
    const text = toPlainText(r.value!);
    expect(text).toContain('{{constructor.constructor "return process"}} & <b>"\'');
    expect(text).not.toContain('&amp;');
  });
});

describe('a good override', () => {
  it('replaces one point and keeps the rest', () => {
    const r = render({ 'points/liaison.visits.hbs': '{{#point "自定"}}共{{count numbers.visits}}{{/point}}{{#point}}{{/point}}' });
    expect(r.diagnostics).toEqual([]);
    const text = toPlainText(r.value!);
    expect(text).toContain('自定。共42人次。');
    expect(text).not.toContain('一是自定');
    expect(text).toContain('一、加强组织领导，夯实工作基础');
    expect(text).toContain('三是增进各界人士联谊。');
  });
});

describe('the wording helpers (issue 19) are held to signatures too', () => {
  it('every helper a template may call has a signature', async () => {
    const { HELPER_NAMES } = await import('../../src/render/environment.js');
    const { HELPER_SIGNATURES } = await import('../../src/render/helpers/signatures.js');
    expect(HELPER_NAMES.filter((n) => HELPER_SIGNATURES[n] === undefined)).toEqual([]);
  });

  it.each([
    // The wordings of the same construction are offered, not all 120 of the banks.
    ['a construction not in the phrase banks', '{{#paragraph}}{{phrase "title.nosuch"}}{{/paragraph}}', '只能是 title.party.plan、'],
    ['studied with no topic', '{{#paragraph}}{{studied}}{{/paragraph}}', '缺少参数'],
    ['dates of a text', '{{#paragraph}}{{dates office.name}}{{/paragraph}}', '应为列表'],
    ['opening with an option it does not read', '{{#paragraph}}{{opening member=true}}{{/paragraph}}', '没有选项“member”'],
  ])('%s is refused at load', (_name, text, words) => {
    const r = render({ 'points/leadership.party.hbs': text });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'TEMPLATE_HELPER_ARGS', severity: 'error', line: 1, column: 15 })]);
    expect(r.diagnostics[0]?.message).toContain(words);
  });
});
