/**
 * What a build is asked for, and what that means for each office: one rule
 * for `summary build FILE` and for every office of a batch, so an office gets
 * the same options alone or among forty. Settings, strongest first: an
 * office's own entry in a batch file, then the command's options, then the
 * batch file's shared values, then the defaults.
 */
import path from 'node:path';
import type { OfficeJob } from '../inputs/expand.js';
import type { Fonts, OfficeOptions } from '../office/types.js';
import { DEFAULT_FORMAT, type OutputFormat } from '../write/formats.js';

/** A build's options, whatever the number of offices: the CLI's flags translated once, or a library caller's. */
export interface BuildOptions {
  /** Folder relative inputs and options are resolved against; default process.cwd(). Results name files by the resolved path. */
  cwd?: string;
  outDir?: string;
  format?: OutputFormat;
  force?: boolean;
  templatesDir?: string;
  fonts?: Fonts;
  /** File-name pattern, e.g. `{year}年{township}政协工作总结.docx` (`--name` for one office). */
  fileName?: string;
  /** Also write `<report>.explain.txt`. */
  explain?: boolean;
  /** Attach the statistics table to every report (`--annex`), whatever the office's report.statistics says. */
  annex?: boolean;
  /** Read links and batch entries outside the data folder. */
  allowOutside?: boolean;
  /** Last year's records, for one office built alone (a batch file names each office's own). */
  previous?: string;
  /** The year every office must be (a batch file's `year` otherwise). */
  year?: number;
}

export interface JobOptions {
  options: OfficeOptions;
  /** The year the office's data must be, when the command or its batch file says. */
  expectedYear: number | undefined;
}

/** The options one office is built with. */
export function officeOptions(job: OfficeJob, opts: BuildOptions, cwd: string): JobOptions {
  const s = job.shared;
  const options: OfficeOptions = {
    cwd,
    outDir: path.resolve(cwd, opts.outDir ?? s.outDir ?? '.'),
    format: opts.format ?? s.format ?? DEFAULT_FORMAT,
    force: opts.force ?? false,
    files: job.files,
    root: job.root,
  };
  const pattern = job.own.pattern ?? opts.fileName ?? s.pattern;
  if (pattern !== undefined) options.fileName = pattern;
  const templatesDir = job.own.templatesDir ?? opts.templatesDir ?? s.templatesDir;
  if (templatesDir !== undefined) options.templatesDir = path.resolve(cwd, templatesDir);
  const fonts = { ...s.fonts, ...opts.fonts, ...job.own.fonts };
  if (Object.keys(fonts).length > 0) options.fonts = fonts;
  const previous = job.own.previous ?? opts.previous;
  if (previous !== undefined) options.previous = previous;
  if (opts.explain) options.explain = true;
  if (opts.annex) options.annex = true;
  if (opts.allowOutside) options.allowOutside = true;
  return { options, expectedYear: opts.year ?? s.year };
}
