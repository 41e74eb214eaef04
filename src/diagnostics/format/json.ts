/** Machine-readable output: one JSON object, the diagnostics as flat records. */
import type { FormatInput } from './records.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(input: FormatInput): string {
  return `${JSON.stringify({ version: JSON_FORMAT_VERSION, summary: input.summary, diagnostics: input.diagnostics }, null, 2)}\n`;
}
