/** w:pPr and w:rPr children come out in the schema's order, whatever order docx wrote them in. */
import { describe, expect, it } from 'vitest';
import { orderProperties, topLevelChildren } from '../../../src/write/docx/schema-order.js';
import { renderParts } from '../../support/docx-helpers.js';

const names = (xml: string) => (topLevelChildren(xml) ?? []).map((c) => c.name);

describe('orderProperties', () => {
  it('moves w:autoSpaceDN before w:ind, as CT_PPrBase puts it (the signature line docx wrote)', () => {
    const bad = '<w:p><w:pPr><w:pStyle w:val="S"/><w:ind w:left="0" w:right="640"/><w:autoSpaceDN w:val="0"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>';
    expect(orderProperties(bad)).toBe(
      '<w:p><w:pPr><w:pStyle w:val="S"/><w:autoSpaceDN w:val="0"/><w:ind w:left="0" w:right="640"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
    );
  });

  it('orders a run’s properties and a paragraph mark’s rPr, keeping elements with children whole', () => {
    const bad = '<w:pPr><w:rPr><w:lang w:val="zh-CN"/><w:b/><w:rFonts w:ascii="A"/></w:rPr><w:tabs><w:tab w:val="left" w:pos="1"/></w:tabs><w:pStyle w:val="S"/></w:pPr>';
    const good = orderProperties(bad);
    expect(good).toBe('<w:pPr><w:pStyle w:val="S"/><w:tabs><w:tab w:val="left" w:pos="1"/></w:tabs><w:rPr><w:rFonts w:ascii="A"/><w:b/><w:lang w:val="zh-CN"/></w:rPr></w:pPr>');
  });

  it('leaves revision marks, text and anything it cannot split as they are', () => {
    const change = '<w:rPr><w:b/><w:rFonts/><w:rPrChange w:id="1"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>';
    expect(orderProperties(change)).toBe(change);
    expect(orderProperties('<w:t>a</w:t>')).toBe('<w:t>a</w:t>');
  });

  it('writes every pPr and rPr of a rendered document in schema order', async () => {
    const parts = await renderParts();
    const PPR = ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:widowControl', 'w:autoSpaceDN', 'w:spacing', 'w:ind', 'w:jc', 'w:outlineLvl', 'w:rPr'];
    let checked = 0;
    for (const part of ['word/document.xml', 'word/styles.xml']) {
      for (const m of (parts.raw[part] ?? '').matchAll(/<w:pPr>(.*?)<\/w:pPr>/gs)) {
        const order = names(m[1] ?? '').filter((n) => PPR.includes(n)).map((n) => PPR.indexOf(n));
        expect(order, m[0]).toEqual([...order].sort((a, b) => a - b));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(parts.raw['word/document.xml']).toContain('<w:autoSpaceDN w:val="false"/><w:ind');
  });
});
