/**
 * The page's fonts: each role (title, body, headings, page number) names the
 * font the .docx names first, then what usually stands in for it on Windows,
 * macOS and Linux. The browser takes the first one it has; the page's script
 * asks it which one that was and says so (a missing 仿宋_GB2312 changes how
 * many characters fit a line, so a clerk should know what they are looking at).
 */
import { resolveFonts, type Fonts as DocxFonts } from '../write/docx/fonts.js';
import type { Fonts } from '../office/types.js';

export type FontRole = keyof DocxFonts;

/** Stand-ins by kind of face, most faithful first; a generic family last. */
const STAND_INS: Record<FontRole, string[]> = {
  title: ['方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
  body: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
  heading1: ['黑体', 'SimHei', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'sans-serif'],
  heading2: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'AR PL UKai CN', 'Noto Serif CJK SC', 'serif'],
  pageNumber: ['宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'serif'],
};

const GENERIC = new Set(['serif', 'sans-serif']);

export interface FontStack {
  role: FontRole;
  /** What the .docx names. */
  official: string;
  /** The official name, then stand-ins, without repeats. */
  families: string[];
}

export const ROLE_NAMES: Record<FontRole, string> = { title: '标题', body: '正文', heading1: '一级标题', heading2: '二级标题', pageNumber: '页码' };

export function fontStacks(given?: Fonts): FontStack[] {
  const official = resolveFonts(given);
  return (Object.keys(STAND_INS) as FontRole[]).map((role) => ({
    role,
    official: official[role],
    families: [...new Set([official[role], ...STAND_INS[role]])],
  }));
}

const cssName = (family: string): string => (GENERIC.has(family) ? family : `"${family.replace(/["\\\n]/g, '')}"`);

/** `:root { --font-body: "仿宋_GB2312", … }`: the stylesheet reads these variables. */
export function fontCss(stacks: readonly FontStack[]): string {
  const vars = stacks.map((s) => `  --font-${s.role}: ${s.families.map(cssName).join(', ')};`);
  return `:root {\n${vars.join('\n')}\n}\n`;
}
