/**
 * `[a]: 1` or `{x: 1}: 2`: a list or mapping used as a key. yaml reads it,
 * and its toJS then turns the key into a string while printing an English
 * warning on the user's terminal (process.emitWarning). No record has such a
 * key, so it is an error at the key, before the data is built.
 */
import { isCollection } from 'yaml';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeLocation, type SourceDoc } from './positions.js';
import type { NodeCheck } from './yaml-walk.js';

export function collectionKeys(src: SourceDoc): NodeCheck {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    pair(pair) {
      if (!isCollection(pair.key) || !pair.key.range) return;
      diagnostics.push(diagnostic('YAML_SYNTAX', { problem: 'NON_STRING_KEY', yamlCode: 'NON_STRING_KEY' }, rangeLocation(src, pair.key.range[0], pair.key.range[1])));
    },
  };
}
