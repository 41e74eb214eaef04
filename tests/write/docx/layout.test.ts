/**
 * The GB/T 9704 layout, asserted on the XML tree of the rendered sample
 * (docs/layout.md lists the clause behind each number).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderParts, type RenderedParts } from '../../support/docx-helpers.js';
import { child, find, findAll, wordText, type XmlElement } from '../../support/readers/xml-tree.js';
import { renderedWidth } from '../../../src/write/docx/signature.js';

let parts: RenderedParts;
let body: XmlElement;
let styles: XmlElement;

beforeAll(async () => {
  parts = await renderParts();
  body = find(parts.xml('word/document.xml'), 'w:body')!;
  styles = parts.xml('word/styles.xml');
});

const style = (id: string) => findAll(styles, 'w:style').find((s) => s.attrs['w:styleId'] === id);
const pStyleOf = (p: XmlElement) => find(p, 'w:pStyle')?.attrs['w:val'];
const paragraphs = () => findAll(body, 'w:p');

describe('page (§5.1, §5.2.1)', () => {
  it('is A4 with margins 37/35/28/26 mm', () => {
    const sect = child(body, 'w:sectPr')!;
    expect(child(sect, 'w:pgSz')!.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(child(sect, 'w:pgMar')!.attrs).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1588',
      'w:right': '1474',
    });
  });

  it('declares the 22-line document grid without a character grid, and does not snap characters to it (LibreOffice would draw two cells a character)', () => {
    const grid = child(child(body, 'w:sectPr'), 'w:docGrid')!;
    // 22 lines of 28.95 pt (579 twips) fill the 225 mm text block's 12738 twips; no charSpace: a character grid made LibreOffice drop a line-end “，”.
    expect(grid.attrs).toEqual({ 'w:type': 'lines', 'w:linePitch': '579' });
    const sect = child(body, 'w:sectPr')!;
    const height = Number(child(sect, 'w:pgSz')!.attrs['w:h']) - Number(child(sect, 'w:pgMar')!.attrs['w:top']) - Number(child(sect, 'w:pgMar')!.attrs['w:bottom']);
    expect(Math.floor(height / Number(grid.attrs['w:linePitch']))).toBe(22);
    const defaults = find(find(styles, 'w:docDefaults')!, 'w:pPrDefault')!;
    expect(find(defaults, 'w:snapToGrid')!.attrs['w:val']).toBe('false');
  });
});

describe('body text (§5.2.2–§5.2.3, §7.3.3)', () => {
  it('uses exact 579-twip lines, 三号 at 98 % width (28 a line, no negative character spacing) and a two-character first-line indent', () => {
    const s = style('GwBody')!;
    expect(find(s, 'w:spacing')!.attrs).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact', 'w:before': '0', 'w:after': '0' });
    expect(find(s, 'w:ind')!.attrs).toMatchObject({ 'w:firstLine': '640', 'w:firstLineChars': '200' });
    const rPr = child(s, 'w:rPr')!;
    expect(child(rPr, 'w:sz')!.attrs['w:val']).toBe('32');
    expect(child(rPr, 'w:w')!.attrs['w:val']).toBe('98');
    expect(child(rPr, 'w:spacing')).toBeUndefined();
    expect(child(rPr, 'w:rFonts')!.attrs).toMatchObject({
      'w:ascii': '仿宋_GB2312',
      'w:hAnsi': '仿宋_GB2312',
      'w:eastAsia': '仿宋_GB2312',
      'w:hint': 'eastAsia',
    });
  });

  it('marks text zh-CN once, in the defaults and the paragraph styles, not on every run', () => {
    expect(find(find(styles, 'w:docDefaults')!, 'w:lang')!.attrs['w:eastAsia']).toBe('zh-CN');
    const paragraphStyles = findAll(styles, 'w:style').filter((s) => s.attrs['w:type'] === 'paragraph' && s.attrs['w:styleId']?.startsWith('Gw'));
    expect(paragraphStyles.length).toBeGreaterThanOrEqual(5);
    for (const s of paragraphStyles) expect(find(s, 'w:lang')?.attrs['w:eastAsia'], s.attrs['w:styleId']).toBe('zh-CN');
    const runs = findAll(body, 'w:r');
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) expect(find(r, 'w:lang')).toBeUndefined();
  });

  it('sets table cell margins once per table, not on every cell', () => {
    const tables = findAll(body, 'w:tbl');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(find(find(t, 'w:tblPr')!, 'w:tblCellMar')).toBeDefined();
    expect(findAll(body, 'w:tcMar')).toEqual([]);
  });

  it('keeps paragraph defaults free of body indent and exact spacing (pitfall 1)', () => {
    const pPr = find(find(styles, 'w:docDefaults')!, 'w:pPrDefault');
    expect(find(pPr!, 'w:ind')).toBeUndefined();
    expect(find(pPr!, 'w:spacing')?.attrs['w:lineRule']).toBeUndefined();
  });

  it('turns \\n into real line breaks, not a newline inside a run', () => {
    const p = paragraphs().find((x) => wordText(x).startsWith('建立'))!;
    expect(findAll(p, 'w:br')).toHaveLength(2);
    expect(findAll(p, 'w:t').some((t) => t.text.includes('\n'))).toBe(false);
  });

  it('escapes & < > and drops U+FFFE, U+FFFF, lone surrogates and C0 controls', () => {
    const raw = parts.raw['word/document.xml']!;
    expect(raw).toContain('AT&amp;T &lt;委员&gt;');
    // eslint-disable-next-line no-control-regex -- these characters are what is being looked for
    expect(raw).not.toMatch(/[\uFFFE\uFFFF\u0001\u0008\u001F]/);
    const p = paragraphs().find((x) => wordText(x).startsWith('特殊字符检查'))!;
    expect(wordText(p)).toContain('ABCDEFG');
    expect(parts.removedCharacters).toBe(6);
  });
});

describe('title (§7.3.1)', () => {
  it('is Word\'s built-in Title style, 二号小标宋, centred, not bold, with no indent', () => {
    const s = style('Title')!;
    expect(find(s, 'w:name')!.attrs['w:val']).toBe('Title');
    expect(find(s, 'w:jc')!.attrs['w:val']).toBe('center');
    expect(find(s, 'w:sz')!.attrs['w:val']).toBe('44');
    expect(find(s, 'w:b')?.attrs['w:val'] ?? 'false').toBe('false');
    expect(find(s, 'w:rFonts')!.attrs['w:eastAsia']).toBe('方正小标宋简体');
    expect(find(s, 'w:ind')!.attrs['w:firstLine']).toBe('0');
    const first = paragraphs()[0]!;
    expect(pStyleOf(first)).toBe('Title');
    expect(wordText(first)).toBe('青山镇政协联络组2024年工作总结');
  });
});

describe('headings (§7.3.3)', () => {
  const expected = [
    { id: 'Heading1', level: '0', font: '黑体', bold: false, text: '一、坚持政治引领，筑牢思想根基' },
    { id: 'Heading2', level: '1', font: '楷体_GB2312', bold: false, text: '（一）加强理论学习' },
    { id: 'Heading3', level: '2', font: '仿宋_GB2312', bold: true, text: '1.健全学习制度' },
    { id: 'Heading4', level: '3', font: '仿宋_GB2312', bold: false, text: '（1）落实集中学习' },
  ];
  it.each(expected)('$id: outline level $level, $font, 三号', ({ id, level, font, bold, text }) => {
    const s = style(id)!;
    expect(find(s, 'w:outlineLvl')!.attrs['w:val']).toBe(level);
    expect(find(s, 'w:rFonts')!.attrs['w:eastAsia']).toBe(font);
    expect(find(s, 'w:sz')!.attrs['w:val']).toBe('32');
    const b = find(s, 'w:b');
    expect(b !== undefined && b.attrs['w:val'] !== 'false').toBe(bold);
    expect(find(s, 'w:spacing')!.attrs).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    expect(paragraphs().some((p) => pStyleOf(p) === id && wordText(p) === text)).toBe(true);
  });
});

describe('page numbers (§7.5)', () => {
  it('turns on different odd and even footers', () => {
    expect(find(parts.xml('word/settings.xml'), 'w:evenAndOddHeaders')).toBeDefined();
  });

  it('puts `— n —` in 四号宋体, odd right and even left, one character in', () => {
    const sect = child(body, 'w:sectPr')!;
    const rels = findAll(parts.xml('word/_rels/document.xml.rels'), 'Relationship');
    const footerFor = (type: string) => {
      const id = findAll(sect, 'w:footerReference').find((f) => f.attrs['w:type'] === type)!.attrs['r:id'];
      const target = rels.find((r) => r.attrs.Id === id)!.attrs.Target!;
      return parts.xml(`word/${target}`);
    };
    const odd = footerFor('default');
    const even = footerFor('even');
    expect(find(odd, 'w:jc')!.attrs['w:val']).toBe('right');
    expect(find(odd, 'w:ind')!.attrs).toMatchObject({ 'w:right': '280', 'w:firstLine': '0' });
    expect(find(even, 'w:jc')!.attrs['w:val']).toBe('left');
    expect(find(even, 'w:ind')!.attrs).toMatchObject({ 'w:left': '280', 'w:firstLine': '0' });
    for (const f of [odd, even]) {
      expect(wordText(f)).toBe('— ' + ' —');
      expect(findAll(f, 'w:instrText').map((i) => i.text.trim())).toContain('PAGE');
    }
    const s = style('GwPageNumber')!;
    expect(find(s, 'w:sz')!.attrs['w:val']).toBe('28');
    expect(find(s, 'w:rFonts')!.attrs['w:eastAsia']).toBe('宋体');
    expect(find(s, 'w:ind')!.attrs['w:firstLine']).toBe('0');
  });
});

describe('signature (§7.3.5.2)', () => {
  it('follows the body after one blank line: name two characters in from the right, the date two cells right of the name, both placed from the left', () => {
    const ps = paragraphs();
    const nameAt = ps.findIndex((p) => wordText(p) === '青山镇政协联络组');
    expect(nameAt).toBeGreaterThan(0);
    const blank = ps[nameAt - 1]!;
    const date = ps[nameAt + 1]!;
    expect(wordText(blank)).toBe('');
    expect(pStyleOf(blank)).toBe('GwSignature');
    expect(wordText(date)).toBe('2024年12月20日');
    expect(find(style('GwSignature')!, 'w:jc')!.attrs['w:val']).toBe('left');
    // Left indents, so the date's first character is two cells right of the name's whatever width
    // a reader's font gives the digits; the date (estimated wider than the 8-cell name) keeps two
    // characters of right space, the name moves left with it.
    const nameLeft = Number(find(ps[nameAt]!, 'w:ind')!.attrs['w:left']);
    const dateLeft = Number(find(date, 'w:ind')!.attrs['w:left']);
    expect(dateLeft - nameLeft).toBe(Math.round(2 * 313.6));
    expect(8844 - dateLeft - renderedWidth('2024年12月20日')).toBe(640);
    // The blank line and the name keep with the next; the date does not (its next is the attachment's page).
    expect(find(blank, 'w:keepNext')).toBeDefined();
    expect(find(ps[nameAt]!, 'w:keepNext')).toBeDefined();
    expect(find(date, 'w:keepNext')).toBeUndefined();
    expect(find(style('GwSignature')!, 'w:keepNext')).toBeUndefined();
    // The body's last paragraph travels with the signature (no lonely signature page).
    expect(find(ps[nameAt - 2]!, 'w:keepNext')).toBeDefined();
  });
});

describe('tables', () => {
  it('have a centred title line above, cells with an exact 20 pt line of their own, widths filling the text block', () => {
    const ps = paragraphs();
    const title = ps.find((p) => pStyleOf(p) === 'GwTableTitle')!;
    expect(wordText(title)).toBe('青山镇政协联络组2024年主要工作统计表');
    expect(find(title, 'w:pageBreakBefore')).toBeDefined();
    const tbl = find(body, 'w:tbl')!;
    const cols = findAll(child(tbl, 'w:tblGrid')!, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
    expect(cols.reduce((a, b) => a + b, 0)).toBe(8844);
    const cellStyle = style('GwTableText')!;
    expect(find(cellStyle, 'w:spacing')!.attrs['w:lineRule']).toBe('exact');
    expect(find(cellStyle, 'w:spacing')!.attrs['w:line']).toBe('400');
    expect(find(cellStyle, 'w:ind')!.attrs['w:firstLine']).toBe('0');
    const rows = findAll(tbl, 'w:tr');
    expect(rows).toHaveLength(5);
    expect(find(rows[0]!, 'w:tblHeader')).toBeDefined();
  });
});

describe('core properties', () => {
  it('carry the title and author from the model', () => {
    const core = parts.xml('docProps/core.xml');
    expect(find(core, 'dc:title')!.text).toBe('青山镇政协联络组2024年工作总结');
    expect(find(core, 'dc:creator')!.text).toBe('中国人民政治协商会议某某县委员会青山镇联络组');
  });
});

describe('what Word and WPS need to lay the page out as designed (issue 20)', () => {
  it('a font table naming every font with its alternate, GB2312 charset and PANOSE', () => {
    const fonts = findAll(parts.xml('word/fontTable.xml'), 'w:font');
    const byName = new Map(fonts.map((f) => [f.attrs['w:name'], f]));
    expect([...byName.keys()]).toEqual(['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体']);
    const val = (f: XmlElement | undefined, name: string) => child(f, name)?.attrs['w:val'];
    expect(val(byName.get('仿宋_GB2312'), 'w:altName')).toBe('仿宋');
    expect(val(byName.get('楷体_GB2312'), 'w:altName')).toBe('楷体');
    expect(val(byName.get('方正小标宋简体'), 'w:altName')).toBe('宋体');
    for (const f of fonts) {
      expect(val(f, 'w:charset'), f.attrs['w:name']).toBe('86');
      expect(val(f, 'w:panose1'), f.attrs['w:name']).toMatch(/^[0-9A-F]{20}$/);
    }
    expect(val(byName.get('仿宋_GB2312'), 'w:panose1')).toBe('02010609030101010101');
  });

  it('a font the tool does not know is listed too, as a Chinese font', async () => {
    const other = await renderParts(undefined, { fonts: { body: '方正仿宋_GBK' } });
    const f = findAll(other.xml('word/fontTable.xml'), 'w:font').find((x) => x.attrs['w:name'] === '方正仿宋_GBK');
    expect(child(f, 'w:charset')?.attrs['w:val']).toBe('86');
  });

  it('the settings Chinese Word writes: punctuation compression, East Asian theme fonts zh-CN, compatibility mode 15', () => {
    const settings = parts.xml('word/settings.xml');
    expect(child(settings, 'w:characterSpacingControl')?.attrs['w:val']).toBe('compressPunctuation');
    expect(child(settings, 'w:themeFontLang')?.attrs).toMatchObject({ 'w:eastAsia': 'zh-CN' });
    const mode = findAll(settings, 'w:compatSetting').find((c) => c.attrs['w:name'] === 'compatibilityMode');
    expect(mode?.attrs['w:val']).toBe('15');
  });

  it('widow control written in the document defaults, and Normal on the 22-line grid and the 28-a-line measure', () => {
    const defaults = find(find(styles, 'w:docDefaults')!, 'w:pPrDefault')!;
    const widow = find(defaults, 'w:widowControl');
    expect(widow).toBeDefined();
    expect(widow!.attrs['w:val'] ?? 'true').not.toBe('false');
    const normal = style('Normal')!;
    expect(find(normal, 'w:spacing')!.attrs).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    expect(find(normal, 'w:sz')!.attrs['w:val']).toBe('32');
    expect(find(normal, 'w:w')!.attrs['w:val']).toBe('98');
    // The title, based on Normal, is not on the measure.
    expect(find(style('Title')!, 'w:w')!.attrs['w:val']).toBe('100');
  });

  it('app.xml names the application and the office', () => {
    const app = parts.xml('docProps/app.xml');
    expect(child(app, 'Application')?.text).toBe('cppcc-summary');
    expect(child(app, 'Company')?.text).toBe('中国人民政治协商会议某某县委员会青山镇联络组');
    expect(child(app, 'DocSecurity')?.text).toBe('0');
  });
});
