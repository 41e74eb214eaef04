/**
 * Put the children of every w:pPr and w:rPr into the order the ECMA-376
 * schema's sequences give them. The `docx` library writes some out of order
 * (w:autoSpaceDN after w:ind, w:tabs after w:overflowPunct, w:outlineLvl
 * before w:rPr is fine but w:suppressLineNumbers is not), and Word, unlike
 * LibreOffice, may call such a file unreadable. Sorting here, on the parts'
 * XML, fixes every paragraph and run the writer emits, whatever options a
 * template or a later change passes, instead of avoiding one option.
 *
 * Scope, on purpose: properties without revision marks (we never write
 * w:pPrChange/w:rPrChange; a block holding one is left as it is), and an
 * element the list does not know keeps its place after the known ones.
 */

/** CT_PPrBase, then CT_PPr's own tail (§17.3.1.26). */
const PPR = [
  'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers',
  'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE',
  'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents',
  'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle',
  'rPr', 'sectPr', 'pPrChange',
];

/** CT_ParaRPr / CT_RPr (EG_RPrBase), §17.3.2.28. */
const RPR = [
  'ins', 'del', 'moveFrom', 'moveTo', 'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike',
  'dstrike', 'outline', 'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color',
  'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign',
  'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
];

const rank = (order: readonly string[]) => new Map(order.map((name, i) => [`w:${name}`, i]));
const PPR_RANK = rank(PPR);
const RPR_RANK = rank(RPR);

const TAG = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)\b[^>]*?(\/?)>/g;

/** Split the inner XML of an element into its top-level children (elements only: pPr/rPr hold no text). */
export function topLevelChildren(inner: string): { name: string; xml: string }[] | undefined {
  const out: { name: string; xml: string }[] = [];
  let depth = 0;
  let start = 0;
  let name = '';
  TAG.lastIndex = 0;
  for (let m = TAG.exec(inner); m; m = TAG.exec(inner)) {
    const [, closing, tag, selfClosing] = m;
    if (depth === 0) {
      if (closing || inner.slice(start, m.index).trim() !== '') return undefined; // text or a stray close: not ours to touch
      start = m.index;
      name = tag ?? '';
    }
    if (closing) depth -= 1;
    else if (!selfClosing) depth += 1;
    if (depth === 0) {
      out.push({ name, xml: inner.slice(start, TAG.lastIndex) });
      start = TAG.lastIndex;
    }
  }
  if (depth !== 0 || inner.slice(start).trim() !== '') return undefined;
  return out;
}

function sortBlock(inner: string, ranks: ReadonlyMap<string, number>): string {
  const children = topLevelChildren(inner);
  if (!children || children.length < 2) return inner;
  const unknown = ranks.size;
  const ranked = children.map((c, i) => ({ ...c, i, r: ranks.get(c.name) ?? unknown }));
  let sorted = true;
  for (let k = 1; k < ranked.length; k += 1) if ((ranked[k]?.r ?? 0) < (ranked[k - 1]?.r ?? 0)) sorted = false;
  if (sorted) return inner;
  ranked.sort((a, b) => a.r - b.r || a.i - b.i);
  return ranked.map((c) => c.xml).join('');
}

/** pPr never nests a pPr, rPr never an rPr, except inside the revision marks we skip. */
const PPR_BLOCK = /<w:pPr>((?:(?!<\/?w:pPr[ >]).)*?)<\/w:pPr>/gs;
const RPR_BLOCK = /<w:rPr>((?:(?!<\/?w:rPr[ >]).)*?)<\/w:rPr>/gs;

export function orderProperties(xml: string): string {
  if (!xml.includes('<w:pPr>') && !xml.includes('<w:rPr>')) return xml;
  const fix = (re: RegExp, ranks: ReadonlyMap<string, number>, change: string) => (s: string) => {
    const tag = change.replace('Change', '');
    const open = `<${tag}>`;
    const close = `</${tag}>`;
    return s.replace(re, (whole: string, inner: string) => (inner.includes(change) ? whole : `${open}${sortBlock(inner, ranks)}${close}`));
  };
  // rPr first: a pPr's own rPr is then already in order when the pPr is sorted.
  return fix(PPR_BLOCK, PPR_RANK, 'w:pPrChange')(fix(RPR_BLOCK, RPR_RANK, 'w:rPrChange')(xml));
}
