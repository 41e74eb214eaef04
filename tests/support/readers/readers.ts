/**
 * Independent readers of a produced .docx (reliability: "how trusted peers
 * test"): xmllint for well-formed parts, python-docx for a second opinion on
 * the structure, LibreOffice + poppler for what a reader would see on paper.
 * Reusable by any test that builds a .docx (e.g. every example in examples/).
 *
 * A reader that is not installed makes its test skip with a printed notice,
 * except under CI (process.env.CI === 'true'), where it must be there and its
 * absence fails the test: see requireReader.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

export type ReaderName = 'xmllint' | 'python-docx' | 'soffice' | 'pdftotext' | 'pdfinfo' | 'ooxml-validator' | 'pandoc' | 'strace' | 'openpyxl' | 'chromium';

/** Debian's chromium: the live preview's browser test drives it (playwright-core, no browser download). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The shared ECMA-376 validator (validate.py with its schemas), which lives
 * beside the repository, not in it: OOXML_VALIDATOR, else ../shared/ooxml/validate.py.
 */
export const OOXML_VALIDATOR = process.env.OOXML_VALIDATOR ?? path.resolve(here, '..', '..', '..', '..', 'shared', 'ooxml', 'validate.py');

/** The system python: the PATH one may be a pyenv build without python-docx. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const cache = new Map<ReaderName, Promise<boolean>>();

async function probe(name: ReaderName): Promise<boolean> {
  try {
    switch (name) {
      case 'xmllint':
        await run('xmllint', ['--version']);
        return true;
      case 'python-docx':
        if (!existsSync(SYSTEM_PYTHON)) return false;
        await run(SYSTEM_PYTHON, ['-c', 'import docx']);
        return true;
      case 'soffice':
        await run('soffice', ['--version'], { timeout: 60_000 });
        return true;
      case 'pdftotext':
        await run('pdftotext', ['-v']);
        return true;
      case 'pdfinfo':
        await run('pdfinfo', ['-v']);
        return true;
      case 'strace':
        // Not a reader of documents: it counts which files a run opens.
        await run('strace', ['-V']);
        return true;
      case 'ooxml-validator':
        if (!existsSync(SYSTEM_PYTHON) || !existsSync(OOXML_VALIDATOR)) return false;
        await run(SYSTEM_PYTHON, ['-c', 'import lxml']);
        return true;
      case 'pandoc':
        await run('pandoc', ['--version']);
        return true;
      case 'chromium':
        await run(CHROMIUM, ['--version'], { timeout: 60_000 });
        return true;
      case 'openpyxl':
        if (!existsSync(SYSTEM_PYTHON)) return false;
        await run(SYSTEM_PYTHON, ['-c', 'import openpyxl']);
        return true;
    }
  } catch {
    return false;
  }
}

/** Whether a reader is installed here (probed once per process). */
export function haveReader(name: ReaderName): Promise<boolean> {
  let p = cache.get(name);
  if (!p) {
    p = probe(name);
    cache.set(name, p);
  }
  return p;
}

/**
 * Call at the start of a reader test with vitest's context: returns true when
 * the test should go on. Missing outside CI: prints a notice and skips.
 * Missing in CI: throws, failing the test, as CI installs every reader.
 */
export async function requireReader(
  names: ReaderName[],
  ctx: { skip: (note?: string) => void },
): Promise<boolean> {
  for (const name of names) {
    if (await haveReader(name)) continue;
    const note = `reader "${name}" is not installed`;
    if (process.env.CI === 'true') throw new Error(`${note}, and CI must run every reader`);
    console.warn(`[skip] ${note}: test skipped (it fails under CI=true)`);
    ctx.skip(note);
    return false;
  }
  return true;
}

/** The XML parts of a .docx (by zip entry name), decoded as UTF-8. */
export async function xmlParts(docxPath: string): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await readFile(docxPath)));
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = new TextDecoder().decode(data);
  }
  return out;
}

export interface XmllintResult {
  /** Part name → xmllint's complaint, for every part that isn't well-formed. */
  errors: Record<string, string>;
  checked: string[];
}

/** Run `xmllint --noout` over every XML part of the package. */
export async function xmllintAll(docxPath: string): Promise<XmllintResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'xmllint-'));
  const result: XmllintResult = { errors: {}, checked: [] };
  try {
    const files = unzipSync(new Uint8Array(await readFile(docxPath)));
    for (const [name, data] of Object.entries(files)) {
      if (!(name.endsWith('.xml') || name.endsWith('.rels'))) continue;
      const file = path.join(dir, name.replace(/[^\w.-]/g, '_'));
      await writeFile(file, data);
      result.checked.push(name);
      try {
        await run('xmllint', ['--noout', file]);
      } catch (err) {
        result.errors[name] = String((err as { stderr?: string }).stderr ?? err);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}

export interface PythonDocxParagraph {
  style: string | null;
  outlineLevel: number | null;
  text: string;
  runFonts: Record<string, string | null> | null;
  styleFonts: Record<string, string | null> | null;
  styleSizePt: number | null;
}

export interface PythonDocxReport {
  title: string | null;
  author: string | null;
  created: string | null;
  paragraphs: PythonDocxParagraph[];
  tables: string[][][];
  section: {
    pageWidth: number | null;
    pageHeight: number | null;
    top: number | null;
    bottom: number | null;
    left: number | null;
    right: number | null;
    evenAndOdd: boolean;
  };
}

/** Read the file with python-docx (tests/readers/read_docx.py). Throws if python-docx refuses it. */
export async function readWithPythonDocx(docxPath: string): Promise<PythonDocxReport> {
  const { stdout } = await run(SYSTEM_PYTHON, [path.join(here, 'read_docx.py'), docxPath], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as PythonDocxReport;
}

/**
 * Convert to PDF with LibreOffice headless. Each call uses its own profile
 * folder, as two soffice processes sharing one profile block each other.
 * Returns the PDF's path.
 */
export async function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      { timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  return pdf;
}

/** The PDF's text, layout kept (pdftotext -layout); pages separated by \f. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Page count from pdfinfo. */
export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}

export interface SchemaValidation {
  ok: boolean;
  /** The validator's report: per file “valid”, or each error with its part, line and element. */
  report: string;
}

/** Validate .docx files against ECMA-376 transitional (tests/readers/validate_docx.py). */
export async function validateOoxml(files: string[]): Promise<SchemaValidation> {
  try {
    const { stdout } = await run(SYSTEM_PYTHON, [path.join(here, 'validate_docx.py'), OOXML_VALIDATOR, ...files], { maxBuffer: 16 << 20 });
    return { ok: true, report: stdout };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    return { ok: false, report: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}
