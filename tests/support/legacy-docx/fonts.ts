/**
 * The fonts GB/T 9704 names (§5.2.2, §7.3.1, §7.3.3, §7.5), by the names
 * offices install them under. They are not on a stock Windows or macOS
 * (layout pitfall 4), so every one can be overridden by the caller.
 */
export interface Fonts {
  /** 标题: 二号小标宋 (§7.3.1). */
  title: string;
  /** 正文, 三级/四级标题, 落款, 表格: 仿宋 (§5.2.2). */
  body: string;
  /** 一级标题 “一、”: 黑体 (§7.3.3). */
  heading1: string;
  /** 二级标题 “（一）”: 楷体 (§7.3.3). */
  heading2: string;
  /** 页码: 四号半角宋体 (§7.5). */
  pageNumber: string;
}

export const DEFAULT_FONTS: Fonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
};

/** Fill the caller's choices over the defaults; blank names fall back too. */
export function resolveFonts(overrides: Partial<Fonts> = {}): Fonts {
  const out = { ...DEFAULT_FONTS };
  for (const key of Object.keys(DEFAULT_FONTS) as (keyof Fonts)[]) {
    const name = overrides[key];
    if (typeof name === 'string' && name.trim() !== '') out[key] = name.trim();
  }
  return out;
}

/**
 * The run font attributes for one font name. The CJK font goes in every slot,
 * hAnsi included, so that — … “” ‘’ (which Word files under hAnsi) take the
 * Chinese font and its full-width glyphs; the eastAsia hint does the same for
 * characters Word would otherwise guess at.
 */
export function runFont(name: string): {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint: string;
} {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

/**
 * The configured fonts this machine does not have, by fontconfig's list
 * (`fc-list`), asked once per process. The .docx names its fonts and carries
 * none of them, so what is missing here is only a hint of what a reader may
 * lack; the caller says so once. `undefined` when the machine cannot tell
 * (no fc-list, as on Windows): then nothing is claimed either way.
 */
export async function missingFonts(fonts: Fonts): Promise<string[] | undefined> {
  installed ??= listInstalledFonts();
  const have = await installed;
  if (!have) return undefined;
  return [...new Set(Object.values(fonts))].filter((name) => !have.has(name));
}

let installed: Promise<Set<string> | undefined> | undefined;

async function listInstalledFonts(): Promise<Set<string> | undefined> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('fc-list', [':', 'family'], { timeout: 10_000, maxBuffer: 16 << 20 }, (err, stdout) => {
      if (err) return resolve(undefined);
      // One line per face: "Family,本地名,…" — every comma-separated name counts.
      resolve(new Set(stdout.split('\n').flatMap((l) => l.split(',').map((n) => n.replace(/\\/g, '').trim())).filter(Boolean)));
    });
  });
}
