/**
 * Tracing a sentence to its records: the renderer's placements now name the
 * block that read each record (and, for inline points, the stretch of the
 * paragraph); the preview narrows a paragraph to the sentences that name a
 * record, and finds each record's place in the YAML (file:line) or the
 * ledger (sheet!cell).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { convertFile } from '../../src/office/convert.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { renderOffice } from '../../src/office/render.js';
import { finish, RenderState } from '../../src/render/drafts.js';
import { refOf, sentenceOf, splitSentences, traceReport } from '../../src/preview/trace.js';
import { EXAMPLES_DIR, exampleNames } from '../support/example-data.js';

async function traced(file: string) {
  const prepared = await prepareOffice(file);
  const office = prepared.value!;
  const rendered = renderOffice(office).value!;
  const trace = traceReport({ ...rendered, model: office.model, locate: office.locate, show: (f) => path.basename(f) });
  return { rendered, trace };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('placements name their block', () => {
  for (const name of exampleNames()) {
    it(`${name}: every placement points at a paragraph that exists, the one --explain names`, async () => {
      const { rendered } = await traced(path.join(EXAMPLES_DIR, `${name}.yaml`));
      const blocks = rendered.document.blocks;
      expect(rendered.placements.length).toBeGreaterThan(0);
      for (const p of rendered.placements) {
        const b = blocks[p.block];
        expect(b?.type, `${p.ref} → ${p.block}`).toBe('paragraph');
        // The explain text names the same place: 一是… points start with their ordinal.
        if (/^[一二三四五六七八九十]+是$/.test(p.where)) expect((b as { text: string }).text.startsWith(p.where)).toBe(true);
      }
    });
  }

  it('a paragraph of inline points: each point gets its own stretch of the text', () => {
    const state = new RenderState();
    const group = state.openGroup('inline', '；');
    group.points.push({ title: undefined, body: '召开座谈会2次', marks: new Set(['meetings[0]']) });
    group.points.push({ title: undefined, body: '走访委员42人次', marks: new Set(['activities[1]']) });
    state.closeGroup(group, '全年\u2063\u2063', new Set(['meetings[5]']));
    const placements: Parameters<typeof finish>[2] = [];
    const blocks = finish(state.drafts, '开头', placements);
    expect(blocks).toEqual([{ type: 'paragraph', text: '全年一是召开座谈会2次；二是走访委员42人次。' }]);
    const text = (blocks[0] as { text: string }).text;
    const at = (ref: string) => placements.find((p) => p.ref === ref)!;
    expect(at('meetings[5]')).toMatchObject({ block: 0 });
    expect(at('meetings[5]').span).toBeUndefined();
    expect(text.slice(...at('meetings[0]').span!)).toBe('一是召开座谈会2次；');
    expect(text.slice(...at('activities[1]').span!)).toBe('二是走访委员42人次。');
  });
});

describe('sentences', () => {
  it('end at 。！？ with their closing quotes, and at line breaks', () => {
    const text = '一是领导到位。他说：“好！”\n二是投入到位';
    expect(splitSentences(text).map(([s, e]) => text.slice(s, e))).toEqual(['一是领导到位。', '他说：“好！”', '二是投入到位']);
  });

  it('qingshi: the sentence of 2月23日 traces to that meeting, at its line in the YAML; the point’s title lists it for the paragraph', async () => {
    const file = path.join(EXAMPLES_DIR, 'qingshi-2021.yaml');
    const { trace } = await traced(file);
    const lines = readFileSync(file, 'utf8').split('\n');
    const s = trace.sentences.find((x) => x.text.startsWith('2月23日，镇党委召开党委会'))!;
    expect(s.sentence).toEqual(['meetings[0]', 'meetings[4]']);
    const place = trace.records['meetings[0]']!.place;
    expect(place).toMatch(/^qingshi-2021\.yaml:\d+$/);
    expect(lines[Number(place.split(':')[1]) - 1]).toBe('  - date: 2021-02-23');
    // A 党委会 is the Party committee's own meeting: counted as its study of CPPCC work, not among the office's meetings (issue 19).
    expect(trace.records['meetings[0]']!.countedIn).toEqual(['党委研究政协工作']);
    const title = trace.sentences.find((x) => x.text === '一是谋划在前，部署到位。')!;
    expect(title.sentence).toEqual([]);
    expect(title.paragraph).toEqual(['meetings[0]', 'meetings[4]']);
    // Every sentence of the report is a segment of its paragraph, in order.
    for (const [block, segments] of trace.segments) {
      for (const seg of segments) expect(trace.sentences[seg.trace]!.block).toBe(block);
    }
  });

  it('a diagnostic about a record points at the sentence that told of it', async () => {
    const { trace } = await traced(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'));
    const d = { code: 'X', severity: 'warning', message: '', file: '', line: 1, column: 1, path: ['meetings', 0, 'topic'] } as Diagnostic;
    const i = sentenceOf(d, trace)!;
    expect(trace.sentences[i]!.text).toMatch(/^2月23日，镇党委召开党委会/);
    expect(sentenceOf({ ...d, path: ['office', 'name'] }, trace)).toBeUndefined();
    expect(refOf(['members', 'groups', 2])).toBe('members.groups[2]');
  });

  it('a ledger: the record is a sheet and a cell', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preview-trace-'));
    dirs.push(dir);
    copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'q.yaml'));
    expect((await convertFile(path.join(dir, 'q.yaml'), path.join(dir, '台账.xlsx'))).diagnostics).toEqual([]);
    const { trace } = await traced(path.join(dir, '台账.xlsx'));
    expect(trace.records['meetings[0]']!.place).toMatch(/^台账\.xlsx 会议!A\d+（.+）$/);
    const s = trace.sentences.find((x) => x.text.startsWith('2月23日，镇党委召开党委会'))!;
    expect(s.sentence).toContain('meetings[0]');
  }, 60_000);
});
