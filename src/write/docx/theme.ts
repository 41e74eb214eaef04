/**
 * word/theme/theme1.xml. Nothing in the document takes a font or colour from
 * the theme (every style names its fonts and its colour), but Word and WPS
 * expect a theme part, and a clerk's own additions in Word take the theme's
 * fonts: so it is Office's colour scheme and fonts, with the simplified-Chinese
 * (Hans) fonts Word itself names, and the smallest format scheme DrawingML's
 * schema allows (three fills, lines, effects and background fills).
 */
import { DECLARATION, NS } from './xml.js';

const COLOURS: readonly [string, string][] = [
  ['dk2', '44546A'], ['lt2', 'E7E6E6'], ['accent1', '4472C4'], ['accent2', 'ED7D31'], ['accent3', 'A5A5A5'],
  ['accent4', 'FFC000'], ['accent5', '5B9BD5'], ['accent6', '70AD47'], ['hlink', '0563C1'], ['folHlink', '954F72'],
];

function colourScheme(): string {
  const system = '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>';
  return `<a:clrScheme name="Office">${system}${COLOURS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join('')}</a:clrScheme>`;
}

function font(tag: 'majorFont' | 'minorFont', latin: string, hans: string): string {
  return `<a:${tag}><a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="${hans}"/></a:${tag}>`;
}

const PLACEHOLDER_FILL = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const LINE = `<a:ln w="6350">${PLACEHOLDER_FILL}</a:ln>`;
const three = (s: string) => s + s + s;

function formatScheme(): string {
  return (
    '<a:fmtScheme name="Office">' +
    `<a:fillStyleLst>${three(PLACEHOLDER_FILL)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${three(LINE)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(PLACEHOLDER_FILL)}</a:bgFillStyleLst>` +
    '</a:fmtScheme>'
  );
}

export function themeXml(): string {
  const fonts = `<a:fontScheme name="Office">${font('majorFont', 'Calibri Light', '等线 Light')}${font('minorFont', 'Calibri', '等线')}</a:fontScheme>`;
  return `${DECLARATION}<a:theme xmlns:a="${NS.a}" name="Office Theme"><a:themeElements>${colourScheme()}${fonts}${formatScheme()}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
}
