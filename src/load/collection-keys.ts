/**
 * `[a]: 1` or `{x: 1}: 2`: a list or mapping used as a key. yaml reads it,
 * and its toJS then turns the key into a string while printing an English
 * warning on the user's terminal (process.emitWarning). No record has such a
 * key, so it is an error at the key, before the data is built.
 */
import { isCollection, visit, type Document } from 'yaml';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeLocation, type SourceDoc } from './positions.js';

export function collectionKeys(src: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(src.doc as Document, {
    Pair(_key, pair) {
      if (!isCollection(pair.key) || !pair.key.range) return;
      out.push(diagnostic('YAML_SYNTAX', { problem: 'NON_STRING_KEY', yamlCode: 'NON_STRING_KEY' }, rangeLocation(src, pair.key.range[0], pair.key.range[1])));
    },
  });
  return out;
}
