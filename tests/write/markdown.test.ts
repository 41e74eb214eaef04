import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/document/model.js';
import { toMarkdown, toPlainText } from '../../src/write/markdown.js';

const doc: ReportDocument = {
  title: '2021年某镇工作总结',
  author: '甲',
  year: 2021,
  blocks: [
    { type: 'title', text: '2021年青石镇工作总结' },
    { type: 'paragraph', text: '开头一段。' },
    { type: 'heading', level: 1, text: '一、加强领导' },
    { type: 'heading', level: 2, text: '（一）领导到位' },
    { type: 'paragraph', text: '一是A & B <c>；\n第二行 | 竖线 *星号*。' },
    { type: 'signature', name: '青石镇政协联络工作委员会', date: '2021年12月20日' },
    { type: 'pageBreak' },
    { type: 'table', title: '全年工作数据统计表', header: ['类别', '项目', '数量', '单位'], rows: [['会议', '座谈会', '4', '次']] },
  ],
};

describe('markdown writer', () => {
  it('writes headings by level, escapes Markdown, keeps & as &', () => {
    const md = toMarkdown(doc);
    expect(md).toContain('# 2021年青石镇工作总结\n');
    expect(md).toContain('\n## 一、加强领导\n');
    expect(md).toContain('\n### （一）领导到位\n');
    expect(md).toContain('一是A & B \\<c\\>；  \n第二行 \\| 竖线 \\*星号\\*。');
    expect(md).toContain('| 会议 | 座谈会 | 4 | 次 |');
    expect(md).not.toContain('&amp;');
  });
  it('is deterministic', () => expect(toMarkdown(doc)).toBe(toMarkdown(structuredClone(doc))));
  it('plain text indents paragraphs and right-aligns the signature', () => {
    const text = toPlainText(doc);
    expect(text).toContain('\u3000\u3000开头一段。');
    expect(text).toMatch(/ {10,}青石镇政协联络工作委员会\n {10,}2021年12月20日/);
    expect(text).toContain('A & B <c>');
  });
});
