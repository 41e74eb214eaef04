// {{dateOnce date}}: a run of records on one day names the day once within a list.
import { describe, expect, it } from 'vitest';
import { RenderState } from '../../src/render/drafts.js';
import { COMPILE_OPTIONS, createEnvironment } from '../../src/render/environment.js';
import { fullHandlebars } from '../../src/render/handlebars.js';

function render(source: string, context: unknown): string {
  const state = new RenderState();
  const env = createEnvironment(() => state, fullHandlebars());
  env.compile(source, COMPILE_OPTIONS)(context);
  return state.drafts.map((d) => (d.kind === 'paragraph' ? d.text : '')).join('|');
}

const LIST = '{{#paragraph}}{{#list sep="；"}}{{#each items}}{{#item}}{{dateOnce date}}{{what}}{{/item}}{{/each}}{{/list}}{{/paragraph}}';

describe('dateOnce', () => {
  it('writes a date once for consecutive items of the same day, again when the day changes', () => {
    const items = [
      { date: '2021-03-12', what: '建立甲制度' },
      { date: '2021-03-12', what: '建立乙制度' },
      { date: '2021-04-02', what: '设立工作室' },
      { date: '2021-03-12', what: '丙' },
    ];
    expect(render(LIST, { items })).toBe('3月12日，建立甲制度；建立乙制度；4月2日，设立工作室；3月12日，丙');
  });

  it('starts afresh in each list, and writes a month-only date as the month', () => {
    const two = `${LIST}${LIST}`;
    expect(render(two, { items: [{ date: '2021-06', what: '甲' }] })).toBe('6月，甲|6月，甲');
  });

  it('writes nothing for a missing or malformed date', () => {
    expect(render(LIST, { items: [{ date: '', what: '甲' }, { date: 'x', what: '乙' }] })).toBe('甲；乙');
  });
});
