/**
 * The model with last year beside it. Joined in the prepare stage
 * (src/office/prepare.ts), not in the renderer: `compare.*` (“比上年增加2次”) and `previous` are facts of the year,
 * and the batch's roll-up needs the same previous numbers the report used.
 *
 * A number this year gives only roughly (40余人次) is not compared: the
 * difference would claim a precision the year never had.
 */
import { KEY_NUMBER_COLUMNS, type KeyNumbers } from '../model/key-numbers.js';
import type { YearModel } from '../model/types.js';
import { compareKeyNumbers } from './year-over-year.js';

export function withPrevious(model: YearModel, previous: KeyNumbers | undefined): YearModel {
  if (!previous) return model;
  const phrases = compareKeyNumbers(model.keyNumbers, previous);
  const compare = { ...model.compare };
  for (const { key } of KEY_NUMBER_COLUMNS) {
    const approx = key === 'members' ? undefined : model.stats[key]?.approx;
    compare[key] = approx === undefined ? phrases[key] : undefined;
  }
  return { ...model, compare, previous };
}
