/**
 * The one table of the report's fonts: each role GB/T 9704 gives a font
 * (§5.2.2, §7.3.1, §7.3.3, §7.5), its default by the name offices install it
 * under, and how a user names it (the build option, the batch file's key, the
 * Chinese label). The CLI's options, the batch file's schema and the .docx
 * writer all read this table, so a role is added here and nowhere else.
 * None of these fonts is on a stock Windows or macOS (layout pitfall 4), so
 * every one can be overridden.
 */
export interface FontRoleEntry {
  /** What it is set in, in Chinese: the label of the option and of the batch file's key. */
  label: string;
  /** The default font, by the name it is installed under. */
  default: string;
  /** Where GB/T 9704 asks for it and what for (said in the help). */
  use: string;
}

export const FONT_ROLES = {
  title: { label: '标题字体', default: '方正小标宋简体', use: '标题（二号小标宋，§7.3.1）' },
  body: { label: '正文字体', default: '仿宋_GB2312', use: '正文、三四级标题、落款和表格（仿宋，§5.2.2）' },
  heading1: { label: '一级标题字体', default: '黑体', use: '一级标题“一、”（黑体，§7.3.3）' },
  heading2: { label: '二级标题字体', default: '楷体_GB2312', use: '二级标题“（一）”（楷体，§7.3.3）' },
  pageNumber: { label: '页码字体', default: '宋体', use: '页码（四号半角宋体，§7.5）' },
} as const satisfies Record<string, FontRoleEntry>;

export type FontRole = keyof typeof FONT_ROLES;
export const FONT_ROLE_NAMES = Object.keys(FONT_ROLES) as FontRole[];

/** A font name for every role. */
export type Fonts = Record<FontRole, string>;
/** The fonts a user chose; the rest are the defaults. */
export type FontChoices = Partial<Fonts>;

export const DEFAULT_FONTS: Fonts = Object.fromEntries(FONT_ROLE_NAMES.map((role) => [role, FONT_ROLES[role].default])) as Fonts;

/** Fill the caller's choices over the defaults; blank names fall back too. */
export function resolveFonts(overrides: FontChoices = {}): Fonts {
  const out = { ...DEFAULT_FONTS };
  for (const role of FONT_ROLE_NAMES) {
    const name = overrides[role];
    if (typeof name === 'string' && name.trim() !== '') out[role] = name.trim();
  }
  return out;
}

/** `heading1` → `--heading1-font`, `pageNumber` → `--page-number-font`: the build option of a role. */
export const fontFlag = (role: FontRole): string => `--${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-font`;
