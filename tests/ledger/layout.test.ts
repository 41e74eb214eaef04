/** The ledger's layout holds every part of the format, with names a workbook accepts and headers it can tell apart. */
import { describe, expect, it } from 'vitest';
import { LEDGER, LEDGER_TOP_KEYS, validSheetName } from '../../src/ledger/layout.js';

describe('ledger layout', () => {
  it('every top-level key of the format has a sheet', () => {
    const covered = new Set(LEDGER.flatMap((s) => (s.type === 'table' ? [String(s.list[0])] : s.type === 'outline' ? ['report'] : s.rows.map((r) => String(r.path[0])))));
    expect([...covered].sort()).toEqual([...LEDGER_TOP_KEYS].sort());
  });

  it('sheet names are valid and distinct; headers and keys within a sheet are distinct', () => {
    expect(LEDGER.every((s) => validSheetName(s.name))).toBe(true);
    expect(new Set(LEDGER.map((s) => s.name)).size).toBe(LEDGER.length);
    for (const s of LEDGER) {
      const headers = s.type === 'fields' ? s.rows.map((r) => r.header) : s.columns.map((c) => c.header);
      expect(new Set(headers).size, s.name).toBe(headers.length);
    }
  });

  it('choice columns carry the schema’s choices', () => {
    const meetings = LEDGER.find((s) => s.name === '会议');
    expect(meetings?.type === 'table' && meetings.columns.find((c) => c.key[0] === 'kind')?.choices).toContain('座谈会');
  });

  it('the help of every column and row is in the ledger’s words: 是/否, sections by title, no YAML key', () => {
    const helps = LEDGER.flatMap((s) => (s.type === 'fields' ? s.rows : s.columns).map((c) => `${s.name}·${c.header}：${c.description}`));
    expect(helps.length).toBeGreaterThan(150);
    expect(helps.filter((h) => /true|false|report\.|\b(?:leadership|members|supervision|liaison)\b|\buse\b/.test(h))).toEqual([]);
  });
});
