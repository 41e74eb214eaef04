/**
 * `target.push(...items)` passes every item as an argument: past ~100,000
 * items it throws RangeError (a list of 150,000 plans once ended a build in
 * an internal error). This appends in a loop, for arrays of any length.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
