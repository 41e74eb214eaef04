/**
 * The one table of output formats, after pandoc's writers table: each format's
 * file extension, what it is for, whether it is text a terminal can show
 * (`preview`), and its writer from the document model. The build option's
 * choices, `preview`'s, the batch file's schema, the file namer and the
 * encoder all read it; a new format is a row here and its writer module.
 * Writers are imported when a report is encoded, so `check` never loads them.
 */
import type { ReportDocument } from '../document/model.js';
import type { FontChoices } from './fonts.js';

export interface WriterOptions {
  fonts?: FontChoices;
  /** The date the file's properties carry (the .docx). */
  date?: Date;
}

export interface Written {
  bytes: Uint8Array | string;
  /** Characters a reader cannot hold, removed from the file (the .docx); 0 elsewhere. */
  removedCharacters: number;
}

export interface OutputFormatEntry {
  /** What the format is, in Chinese, for help and the docs. */
  label: string;
  /** Text a terminal can show, for previews and diffs: `preview` offers these. */
  text: boolean;
  write(doc: ReportDocument, opts: WriterOptions): Promise<Written>;
}

const text = (bytes: string): Written => ({ bytes, removedCharacters: 0 });

const ROWS = {
  docx: {
    label: '公文版式的 Word 文档',
    text: false,
    async write(doc, opts) {
      const { renderDocx } = await import('./docx/write-docx.js');
      const { buffer, removedCharacters } = await renderDocx(doc, opts);
      return { bytes: buffer, removedCharacters };
    },
  },
  md: { label: 'Markdown', text: true, write: async (doc) => text((await import('./markdown.js')).toMarkdown(doc)) },
  txt: { label: '纯文本', text: true, write: async (doc) => text((await import('./markdown.js')).toPlainText(doc)) },
} as const satisfies Record<string, OutputFormatEntry>;

export type OutputFormat = keyof typeof ROWS;
/** Every row as the entry shape (one call signature for all), keeping whether each is text. */
export const OUTPUT_FORMATS: { readonly [F in OutputFormat]: OutputFormatEntry & { readonly text: (typeof ROWS)[F]['text'] } } = ROWS;
export const OUTPUT_FORMAT_NAMES = Object.keys(OUTPUT_FORMATS) as OutputFormat[];
export const DEFAULT_FORMAT: OutputFormat = 'docx';

/** The formats a terminal can show, in table order (`preview --format`). */
export type TextFormat = { [F in OutputFormat]: (typeof OUTPUT_FORMATS)[F]['text'] extends true ? F : never }[OutputFormat];
export const TEXT_FORMAT_NAMES = OUTPUT_FORMAT_NAMES.filter((f): f is TextFormat => OUTPUT_FORMATS[f].text);

/** `.docx` for docx: a report's extension is its format's name. */
export const extensionOf = (format: OutputFormat): string => `.${format}`;

/** A file name without the extension of any output format (`总结.docx` → `总结`). */
export function stripFormatExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return name;
  const ext = name.slice(dot + 1).toLowerCase();
  return (OUTPUT_FORMAT_NAMES as string[]).includes(ext) ? name.slice(0, dot) : name;
}

/** “docx（Word 文档…）、md（…）”: the formats as help lists them. */
export const describeFormats = (names: readonly OutputFormat[] = OUTPUT_FORMAT_NAMES): string => names.map((f) => `${f}（${OUTPUT_FORMATS[f].label}）`).join('、');
