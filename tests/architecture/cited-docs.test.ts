/**
 * The docs a user is sent to (issue 21 item 5): every `docs/x.md` or
 * `docs/x.md“section”` that a message, a hint, a help text, the ledger's
 * instructions, a template's comment or the preview page cites — every string
 * literal of the program, read with TypeScript's parser — names a file that
 * exists and ships in the package, and a section that exists; what it points
 * a clerk at is in Chinese. The README's own pointers to sections are held to
 * exist too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CITATION = /docs\/([\w-]+\.md)(?:“([^”]+)”)?/g;

interface Citation {
  from: string;
  doc: string;
  section?: string;
}

function citationsIn(text: string, from: string): Citation[] {
  return [...text.matchAll(CITATION)].map((m) => ({ from, doc: `docs/${m[1]}`, ...(m[2] !== undefined && { section: m[2] }) }));
}

/** Every string the program can show: string literals and template text of src/ and of the preview page's script. */
function programCitations(): Citation[] {
  const files = [
    ...readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join('src', f)),
    ...readdirSync(path.join(ROOT, 'assets'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join('assets', f)),
  ];
  const found: Citation[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(...citationsIn(node.text, `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The built-in templates' comments, which a county customising them reads. */
function templateCitations(): Citation[] {
  return readdirSync(path.join(ROOT, 'templates'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .flatMap((f) => citationsIn(readFileSync(path.join(ROOT, 'templates', f), 'utf8'), `templates/${f}`));
}

interface Section {
  level: number;
  title: string;
  /** The section's text with its subsections, without fenced code. */
  text: string;
}

function sections(doc: string): Section[] {
  const lines = readFileSync(path.join(ROOT, doc), 'utf8').replace(/```[\s\S]*?```/g, '').split('\n');
  const heads = lines.flatMap((l, i) => {
    const m = /^(#{1,6}) (.+)$/.exec(l);
    return m?.[1] && m[2] ? [{ level: m[1].length, title: m[2].trim(), at: i }] : [];
  });
  return heads.map((h, k) => {
    const end = heads.slice(k + 1).find((n) => n.level <= h.level)?.at ?? lines.length;
    return { level: h.level, title: h.title, text: lines.slice(h.at, end).join('\n') };
  });
}

/** Whether prose reads as Chinese: more Chinese characters than Latin letters once code and links are set aside. */
function chinese(text: string): boolean {
  const prose = text.replace(/`[^`\n]*`/g, '').replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
  const han = (prose.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (prose.match(/[A-Za-z]/g) ?? []).length;
  return han > 0 && han >= latin;
}

/** A whole doc a clerk is sent to: its text, less any part written for developers (a heading saying so, and what is under it). */
function userPart(doc: string): string {
  const all = sections(doc);
  const dev = all.find((s) => /for developers/i.test(s.title));
  const text = readFileSync(path.join(ROOT, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
  return dev ? text.replace(dev.text, '') : text;
}

const shipped = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
const ships = (file: string) => shipped.some((f) => file === f || file.startsWith(`${f.replace(/\/$/, '')}/`));

describe('docs that messages, hints and help cite', () => {
  const cited = [...programCitations(), ...templateCitations()];

  it('finds the citations it is meant to hold (the font hint, the batch file, the helpers)', () => {
    const said = cited.map((c) => `${c.doc}${c.section ? `“${c.section}”` : ''}`);
    expect(said).toContain('docs/layout.md“字体”');
    expect(said).toContain('docs/batch.md“批量文件”');
    expect(said).toContain('docs/templates.md“可用辅助函数”');
  });

  it.each(cited.map((c) => [`${c.from} → ${c.doc}${c.section ? `“${c.section}”` : ''}`, c] as const))('%s: the doc ships, the section exists, and it is in Chinese', (_, c) => {
    expect(ships(c.doc), `package.json files carries ${c.doc}`).toBe(true);
    const all = sections(c.doc);
    if (c.section === undefined) {
      expect(chinese(userPart(c.doc)), `${c.doc} reads as Chinese`).toBe(true);
      return;
    }
    const section = all.find((s) => s.title === c.section);
    expect(section, `${c.doc} has a heading “${c.section}”; it has: ${all.map((s) => s.title).join(' | ')}`).toBeDefined();
    expect(chinese(section?.text ?? ''), `${c.doc}“${c.section}” reads as Chinese`).toBe(true);
  });

  it('the batch file is described in Chinese, whole (docs/batch.md)', () => {
    expect(chinese(userPart('docs/batch.md'))).toBe(true);
    for (const s of sections('docs/batch.md')) if (s.level <= 3) expect(s.title, 'headings in Chinese').toMatch(/[\u3400-\u9fff]/);
  });

  it('the README and the docs ship in the package (npm always packs README.md; docs/ is in files)', () => {
    expect(ships('docs/batch.md')).toBe(true);
    expect(ships('docs/images/qingshi-2021-page1.png')).toBe(true);
  });

  it('every section the README points to by name exists', () => {
    const readme = citationsIn(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), 'README.md').filter((c) => c.section !== undefined);
    expect(readme.length).toBeGreaterThan(0);
    for (const c of readme) expect(sections(c.doc).map((s) => s.title), `${c.doc}“${c.section}”`).toContain(c.section);
  });
});
