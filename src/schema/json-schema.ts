/**
 * The JSON Schema of the data format, generated from the zod schema (the one
 * source of truth). Editors use the committed copy, schema/summary.schema.json,
 * through the `# yaml-language-server: $schema=…` line; a test holds it equal.
 */
import * as z from 'zod';
import { YearSchema } from './year.js';

export function yearJsonSchema(): Record<string, unknown> {
  // draft-7: the draft editors' YAML plugins know best.
  return z.toJSONSchema(YearSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
}

export const yearJsonSchemaText = (): string => `${JSON.stringify(yearJsonSchema(), null, 2)}\n`;
