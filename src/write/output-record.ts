/**
 * What the tool wrote into an output folder (issue 21 item 3): a small JSON
 * file, `.summary-outputs.json`, beside the reports, naming each report and
 * roll-up file the tool put there and the SHA-256 of the bytes it wrote.
 * A re-run compares a file's present bytes with that fingerprint to know
 * whether it is the tool's own and untouched (rewritten when the data changed)
 * or was changed since, in Word or by hand (left alone, and said so). See
 * ./output-file.ts `commitTracked` for the rule, docs/batch.md “再次运行”.
 *
 * A record beside the outputs rather than a property inside each file: it
 * serves every format alike (.docx, .md, .txt, the roll-up's .csv, which have
 * no place for one), and a fingerprint of the whole file catches any change,
 * where a property inside a .docx would survive an edit in Word and would have
 * to be left out of its own fingerprint. Losing the record loses nothing but that
 * knowledge: every existing file then counts as not known to be the tool's,
 * and is never overwritten without --force.
 *
 * Nothing here throws, prints or exits: an unreadable record reads as empty,
 * a record that cannot be saved is a diagnostic.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The record's file name in each output folder. Starts with a dot: not a report, and hidden where dot-files are. */
export const RECORD_FILE = '.summary-outputs.json';

/** A record larger than this is not ours to read (a few hundred bytes per file written). */
const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/** What the record file says to anyone who opens it. */
const ABOUT =
  'summary 在这个文件夹里生成的文件，以及生成时文件内容的指纹（SHA-256）。再次运行时据此判断：文件还是当时生成的样子，数据变了就按新数据重写；' +
  '文件在生成之后被改过（例如在 Word 里修改并保存），就不覆盖，并说明怎么替换。删掉这个文件不会丢失任何报告，只是之后已有的文件都不会被自动重写。';

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The fingerprints of one output folder's files, by file name. */
export class OutputRecord {
  private readonly files: Map<string, string>;
  private changed = false;

  private constructor(
    readonly dir: string,
    files: Map<string, string>,
  ) {
    this.files = files;
  }

  /** The folder's record as it is on disk; empty when there is none or it cannot be read. */
  static async read(dir: string): Promise<OutputRecord> {
    return new OutputRecord(dir, await readFingerprints(path.join(dir, RECORD_FILE)));
  }

  /** The fingerprint recorded when the tool last wrote `file` (a path in this folder). */
  recorded(file: string): string | undefined {
    return this.files.get(path.basename(file));
  }

  /** Note that `file` now holds bytes of this fingerprint, written (or found identical) by the tool. */
  note(file: string, fingerprint: string): void {
    const name = path.basename(file);
    if (this.files.get(name) === fingerprint) return;
    this.files.set(name, fingerprint);
    this.changed = true;
  }

  /** Whether anything was noted since it was read. */
  get dirty(): boolean {
    return this.changed;
  }

  /** The file's text: sorted by name, so the same outputs give the same bytes. */
  text(): string {
    const files = Object.fromEntries([...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, hash]) => [name, { sha256: hash }]));
    return `${JSON.stringify({ about: ABOUT, version: 1, files }, null, 2)}\n`;
  }
}

async function readFingerprints(file: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_RECORD_BYTES) return out;
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    const files = (data as { files?: unknown } | null)?.files;
    if (typeof files !== 'object' || files === null) return out;
    for (const [name, entry] of Object.entries(files)) {
      const hash = (entry as { sha256?: unknown } | null)?.sha256;
      if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) out.set(name, hash);
    }
  } catch {
    // Not JSON (edited by hand, cut short): as if there were no record. Nothing is overwritten on its word.
  }
  return out;
}

/** A file larger than this is not one the tool wrote (a report is tens of kilobytes): not read, never replaced. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * What is at `file` now: absent, or a regular file and its fingerprint, or
 * something else (a folder, a link, a pipe, a file far larger than any the
 * tool writes: never read, never replaced). Opened once, without following a
 * link or waiting on a pipe, and looked at through that handle.
 */
export async function presentFile(file: string): Promise<{ kind: 'absent' } | { kind: 'file'; fingerprint: string } | { kind: 'other' }> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'absent' } : { kind: 'other' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_OUTPUT_BYTES) return { kind: 'other' };
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (let total = 0; ; ) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_OUTPUT_BYTES) return { kind: 'other' };
      hash.update(chunk.subarray(0, bytesRead));
    }
    return { kind: 'file', fingerprint: hash.digest('hex') };
  } catch {
    return { kind: 'other' };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The records of the folders a run writes into, each read once when first
 * needed and saved once at the end (one office alone, or a batch and its
 * roll-up). `save` writes only the records that changed.
 */
export class OutputRecords {
  private readonly byDir = new Map<string, Promise<OutputRecord>>();

  forFile(file: string): Promise<OutputRecord> {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  /** The record of an output folder; started early, its reading overlaps the work that comes before the commit. */
  forFolder(folder: string): Promise<OutputRecord> {
    const dir = path.resolve(folder);
    let record = this.byDir.get(dir);
    if (!record) this.byDir.set(dir, (record = OutputRecord.read(dir)));
    return record;
  }

  /** Write every changed record through `write` (the one file writer, with force: the record is the tool's own). */
  async save(write: (target: string, text: string) => Promise<Diagnostic[]>): Promise<Diagnostic[]> {
    const problems: Diagnostic[] = [];
    for (const pending of this.byDir.values()) {
      const record = await pending;
      if (record.dirty) problems.push(...(await write(path.join(record.dir, RECORD_FILE), record.text())));
    }
    return problems;
  }
}
