/** Machine-readable output: one JSON object, the diagnostics as flat records. */
import type { FormatInput } from './records.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(input: FormatInput): string {
  // `params` is how the CLI re-shows a message's paths; the message itself is the record's word.
  const diagnostics = input.diagnostics.map(({ params: _params, ...d }) => d);
  return `${JSON.stringify({ version: JSON_FORMAT_VERSION, summary: input.summary, diagnostics }, null, 2)}\n`;
}
