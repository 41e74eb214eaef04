/** The shape of a catalogue entry, and the helpers that declare each entry's parameters. */
import type { Severity } from '../diagnostic.js';
import type { MessageText } from '../message-text.js';

export interface Entry<P = unknown> {
  severity: Severity;
  /** Chinese: what happened, in a few words. */
  title: string;
  /** Chinese: why, and what it means for the report. */
  message: MessageText;
  /** Chinese: what to do about it. */
  hint?: MessageText;
  /**
   * The parameters that are file paths. The message is made with them as the
   * code found them (resolved); the CLI shows it again with each path as the
   * reader sees it (src/cli/display-paths.ts). A path parameter may be a
   * list, quoted as “a”“b”.
   */
  paths?: readonly string[];
  /** Set on a name no longer given: kept so that scripts and docs that use it still find it. */
  deprecated?: { replacedBy: string; since: string };
  /** Never set: carries the type of the entry's parameters for `diagnostic()`. */
  readonly params?: P;
}

/** Lets each entry declare the type of its parameters (the object is returned as is). */
export const entry = <P = Record<string, never>>(e: Entry<P> & { paths?: readonly (keyof P & string)[] }): Entry<P> => e;
/** The same for a deprecated name, typed so that `diagnostic()` cannot give it any more. */
export const retired = <P = Record<string, never>>(e: Entry<P> & Required<Pick<Entry<P>, 'deprecated'>>): Entry<P> & Required<Pick<Entry<P>, 'deprecated'>> => e;

export type Field = { field: string };

export const REPORT_BUG = '这是工具的问题，不是数据的问题。其他单位的报告不受影响；请把这条信息和该单位的文件发给工具维护者。';
