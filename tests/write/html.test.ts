/**
 * The HTML writer (the live preview's report): every block's text, in order,
 * escaped, each block marked with its index, sentences wrapped only where the
 * caller asks.
 */
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/document/model.js';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { toHtml } from '../../src/write/html/report-html.js';
import { exampleNames, loadExample } from '../support/example-data.js';

const textOf = (html: string): string =>
  html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('toHtml', () => {
  for (const name of exampleNames()) {
    it(`${name}: every block's text, in order, each block with its index`, () => {
      const doc = renderReport(buildModel(loadExample(name))).value!;
      const html = toHtml(doc);
      const text = textOf(html);
      let from = 0;
      doc.blocks.forEach((b, i) => {
        expect(html).toContain(`data-b="${i}"`);
        const words = b.type === 'paragraph' || b.type === 'heading' ? [b.text] : b.type === 'signature' ? [b.name, b.date] : b.type === 'table' ? [b.header.join('')] : [];
        for (const w of words) {
          const at = text.indexOf(w.replace(/\n/g, ''), from) >= 0 ? text.indexOf(w.replace(/\n/g, ''), from) : text.indexOf(w, from);
          expect(at, `${name} block ${i}: ${w.slice(0, 20)}`).toBeGreaterThanOrEqual(from);
          from = at;
        }
      });
    });
  }

  const doc: ReportDocument = {
    title: 'T',
    author: 'A',
    year: 2021,
    blocks: [
      { type: 'title', text: '<script>alert(1)</script>' },
      { type: 'paragraph', text: '一是“A&B”。二是<b>x</b>。\n第二行' },
      { type: 'table', header: ['类别', '项目'], rows: [['会议', '会议'], ['会议', '座谈会'], ['学习', '学习']], mergeRepeats: [0] },
      { type: 'signature', name: '青石镇政协联络工作委员会', date: '2021年12月20日' },
    ],
  };

  it('escapes what the data says', () => {
    const html = toHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('一是“A&amp;B”。二是&lt;b&gt;x&lt;/b&gt;。<br>第二行');
  });

  it('wraps the stretches it is given, and nothing else', () => {
    const html = toHtml(doc, { segments: (block, text) => (block === 1 ? [{ start: 0, end: text.indexOf('。') + 1, trace: 7 }] : []) });
    expect(html).toContain('<p class="b-p" data-b="1"><span class="s" data-t="7">一是“A&amp;B”。</span>二是&lt;b&gt;x&lt;/b&gt;。<br>第二行</p>');
    expect(html.match(/class="s"/g)).toHaveLength(1);
  });

  it('shows a value repeated down a merged column once, and the signature as two lines', () => {
    const html = toHtml(doc);
    expect(html).toContain('<tr><td>会议</td><td>会议</td></tr><tr><td class="merged"></td><td>座谈会</td></tr><tr><td>学习</td><td>学习</td></tr>');
    expect(html).toContain('<p class="sig-name">青石镇政协联络工作委员会</p><p class="sig-date">2021年12月20日</p>');
  });
});
