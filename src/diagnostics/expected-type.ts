import type { ExpectedType } from './catalogue.js';

const EXPECTED_TYPES: readonly ExpectedType[] = ['number', 'int', 'string', 'boolean', 'array', 'object'];

/** zod's name of a type, as a case of the catalogue's EXPECTED_TYPE (its words are in the catalogue). */
export const expectedType = (expected: string): ExpectedType =>
  (EXPECTED_TYPES as readonly string[]).includes(expected) ? (expected as ExpectedType) : 'other';
