/**
 * word/fontTable.xml: every font the document names, with what Word and WPS
 * use to stand in for a font the machine lacks. A stock Windows 10/11 has 仿宋
 * and 楷体 but not 仿宋_GB2312 and 楷体_GB2312, and no 方正小标宋简体; with an
 * empty font table Word guesses (宋体 or 等线), changing widths, line breaks
 * and the signature's place. So each font carries:
 * - w:altName, another name under which the font (or its nearest stand-in) is
 *   installed: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体;
 * - w:charset 86 (GB2312): a Chinese font, so a stand-in is a Chinese one;
 * - w:panose1, w:family, w:pitch and, where known, w:sig (the Unicode ranges
 *   and code pages the font covers): the values Windows' own fonts report, as
 *   Word and WPS write them into documents that use them.
 * A font the tool does not know (a name given with --body-font and the like)
 * gets charset 86 and nothing it cannot vouch for.
 */
import type { Fonts } from './fonts.js';
import { DECLARATION, el, NS, val } from './xml.js';

interface FontFace {
  altName?: string;
  panose: string;
  family: 'auto' | 'modern' | 'roman' | 'swiss' | 'script';
  pitch: 'fixed' | 'variable' | 'default';
  /** usb0–usb3, csb0–csb1 (CT_FontSig), hexadecimal. */
  sig?: readonly [string, string, string, string, string, string];
}

/** Windows' simplified-Chinese fonts (SimSun, SimHei, FangSong, KaiTi) and the GB2312-era ones. */
const GB2312_SIG = ['00000001', '080E0000', '00000000', '00000000', '00040000', '00000000'] as const;
const WINDOWS_CJK_SIG = ['800002BF', '38CF7CFA', '00000016', '00000000', '00040001', '00000000'] as const;

export const FONT_FACES: Readonly<Record<string, FontFace>> = {
  仿宋_GB2312: { altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed', sig: GB2312_SIG },
  楷体_GB2312: { altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed', sig: GB2312_SIG },
  // Founder's font reports no PANOSE classification worth trusting here: 宋体 is its stand-in.
  方正小标宋简体: { altName: '宋体', panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: WINDOWS_CJK_SIG },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: WINDOWS_CJK_SIG },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: WINDOWS_CJK_SIG },
  宋体: { altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable', sig: ['00000003', '288F0000', '00000006', '00000000', '00040001', '00000000'] },
};

function fontXml(name: string): string {
  const face = FONT_FACES[name];
  if (!face) return el('w:font', { 'w:name': name }, val('w:charset', '86') + val('w:family', 'auto') + val('w:pitch', 'variable'));
  const [usb0, usb1, usb2, usb3, csb0, csb1] = face.sig ?? [];
  const sig = face.sig ? el('w:sig', { 'w:usb0': usb0, 'w:usb1': usb1, 'w:usb2': usb2, 'w:usb3': usb3, 'w:csb0': csb0, 'w:csb1': csb1 }) : '';
  // CT_Font: altName, panose1, charset, family, notTrueType, pitch, sig.
  const inner = val('w:altName', face.altName) + val('w:panose1', face.panose) + val('w:charset', '86') + val('w:family', face.family) + val('w:pitch', face.pitch) + sig;
  return el('w:font', { 'w:name': name }, inner);
}

/** The fonts the styles name, each once, in the order of `Fonts`. */
export function fontTableXml(fonts: Fonts): string {
  const names = [...new Set(Object.values(fonts))];
  return `${DECLARATION}<w:fonts xmlns:w="${NS.w}">${names.map(fontXml).join('')}</w:fonts>`;
}
