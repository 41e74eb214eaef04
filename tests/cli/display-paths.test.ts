// The one place a path is shown: a diagnostic's file and every path its message and hint quote.
import { describe, expect, it } from 'vitest';
import { diagnostic, wholeFile } from '../../src/diagnostics/create.js';
import { formatJson } from '../../src/diagnostics/format/json.js';
import { showDiagnostic, showFrom } from '../../src/cli/display-paths.js';

const show = showFrom('/data/各镇');

describe('showDiagnostic', () => {
  it('shows a resolved path inside a message relative to the current folder, as it shows the file', () => {
    const d = diagnostic('OUTPUT_EXISTS', { target: '/data/各镇/输出/2021年报告.docx' }, wholeFile('/data/各镇/青石镇.yaml'));
    // The library keeps what it resolved; the reader sees it from where they are.
    expect(d.message).toContain('“/data/各镇/输出/2021年报告.docx”');
    const shown = showDiagnostic(d, show);
    expect(shown.file).toBe('青石镇.yaml');
    expect(shown.message).toBe('“输出/2021年报告.docx”已经存在，没有覆盖它。');
  });

  it('keeps an input named relative as it was named, and a path outside the folder whole', () => {
    expect(showDiagnostic(diagnostic('FILE_NOT_FOUND', { input: 'no/such.yaml' }, wholeFile('no/such.yaml')), show).message).toContain('“no/such.yaml”');
    expect(showDiagnostic(diagnostic('FILE_NOT_FOUND', { input: '/elsewhere/x.yaml' }, wholeFile('/elsewhere/x.yaml')), show).message).toContain('“/elsewhere/x.yaml”');
  });

  it('shows every path of a list parameter, and the paths of a hint', () => {
    const d = diagnostic('BATCH_NAME_COLLISION', { name: 'a.docx', other: ['/data/各镇/乙.yaml', '/data/各镇/丙/丙.yaml'] }, wholeFile('/data/各镇/甲.yaml'));
    expect(showDiagnostic(d, show).message).toContain('与“乙.yaml”“丙/丙.yaml”的相同');
    const prev = diagnostic('PREVIOUS_YEAR_INVALID', { input: '/data/各镇/2020.yaml', first: '' }, wholeFile('/data/各镇/2021.yaml'));
    expect(showDiagnostic(prev, show).hint).toContain('summary check 2020.yaml');
  });

  it('leaves a message without paths as it is, and the JSON output without the parameters it keeps for this', () => {
    const plain = diagnostic('EMPTY_FILE', {}, { file: '/data/各镇/a.yaml', line: 1, column: 1 });
    expect(plain.params).toBeUndefined();
    expect(showDiagnostic(plain, show)).toEqual({ ...plain, file: 'a.yaml' });
    const d = showDiagnostic(diagnostic('OUTPUT_EXISTS', { target: '/data/各镇/a.docx' }, wholeFile('/data/各镇/a.yaml')), show);
    expect(JSON.parse(formatJson({ diagnostics: [d], summary: { files: 1, errors: 1, warnings: 0 } })).diagnostics[0]).not.toHaveProperty('params');
  });
});
