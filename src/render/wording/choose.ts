/**
 * Choosing among wordings that fit the same content equally (issue 19): by a
 * stable hash of what is being written (the office, the year, the point and
 * the records' refs) and the construction's name, so the same records give
 * the same bytes and different offices do not read alike. Never random.
 */

/** FNV-1a over the UTF-16 code units: small, stable across platforms and Node versions. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One of `options`, the same for the same seed and key. */
export function pick<T>(options: readonly T[], seed: string, key: string): T | undefined {
  if (options.length === 0) return undefined;
  return options[hash(`${seed}\u0001${key}`) % options.length];
}

/**
 * A wording's slots filled: `{name}` is the value; `{，name}` or `{name，}`
 * carries the punctuation (or words) written beside the name, and the whole
 * slot is left out when the value is empty — so an optional fact takes its
 * comma with it.
 */
export function fill(wording: string, values: Readonly<Record<string, unknown>>): string {
  return wording.replace(/\{([^{}A-Za-z]*)([A-Za-z][A-Za-z0-9]*)([^{}A-Za-z]*)\}/g, (_, before: string, name: string, after: string) => {
    const v = values[name];
    const text = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
    return text === '' ? '' : `${before}${text}${after}`;
  });
}
