/**
 * The command line as one table, after markdownlint-cli2's test/*-test-cases:
 * each case is the arguments, the folder it runs in (under tests/fixtures/cli/),
 * the exit code, and snapshots of stdout and stderr (tests/cli/__snapshots__/
 * cases/<name>.stdout.txt and .stderr.txt) with paths and times normalised.
 * cases.test.ts runs every case in-process through run(argv, io) and as a
 * child process (node bin/summary.js) and holds the two to each other.
 *
 * Each run works in its own temporary copy of the folder; `{out}` in args (an
 * argument of its own, or the start of one: `{out}/2024.yaml`) is `out` inside
 * it, not there before the run (the CLI must create it), and what the case
 * leaves in it is listed in `written`.
 */
export interface CliCase {
  name: string;
  args: string[];
  /** Folder under tests/fixtures/cli/ the command runs in. */
  cwd: string;
  exitCode: 0 | 1 | 2;
  /** File names in {out} afterwards, in JavaScript's sort order; checked whenever args use {out} (alone or as a path's start). */
  written?: string[];
  /** Streams that are terminals in this run (the child pretends with tests/fixtures/terminal/pretend-tty.mjs); none by default, as under a pipe. */
  terminal?: ('stdout' | 'stderr')[];
  /** Run without NO_COLOR (every other case has it), with these variables. */
  colorEnv?: Record<string, string>;
  /**
   * A known defect that makes the in-process run differ from the child's
   * (the snapshots hold the child's output, what users see). The case fails
   * once the two agree, so the mark cannot outlive the defect.
   */
  knownDefect?: string;
}

/** The output folder's record of what the tool wrote there (src/write/output-record.ts). */
const RECORD = '.summary-outputs.json';
const QINGSHI_DOCX = '2021年青石镇政协联络工作委员会工作总结.docx';
const QINGSHI_MD = '2021年青石镇政协联络工作委员会工作总结.md';
const YANQUAN_DOCX = '2021年雁泉街道政协联络工作委员会工作总结.docx';

export const CASES: CliCase[] = [
  // Help and version.
  { name: 'help', args: ['--help'], cwd: 'clean', exitCode: 0 },
  { name: 'help-check', args: ['check', '--help'], cwd: 'clean', exitCode: 0 },
  { name: 'help-build', args: ['help', 'build'], cwd: 'clean', exitCode: 0 },
  { name: 'version', args: ['--version'], cwd: 'clean', exitCode: 0 },
  { name: 'no-command', args: [], cwd: 'clean', exitCode: 2 },

  // Usage errors: a Chinese line and exit 2.
  { name: 'unknown-command', args: ['frobnicate'], cwd: 'clean', exitCode: 2 },
  { name: 'unknown-option', args: ['check', '--bogus'], cwd: 'clean', exitCode: 2 },
  { name: 'bad-format-choice', args: ['check', '--format', 'xml'], cwd: 'clean', exitCode: 2 },
  { name: 'bad-max-warnings', args: ['check', '--max-warnings', 'many'], cwd: 'clean', exitCode: 2 },
  { name: 'option-without-value', args: ['check', '--format'], cwd: 'clean', exitCode: 2 },

  // check: clean, warnings, errors, in each format.
  { name: 'check-clean-text', args: ['check', 'qingshi-2021.yaml'], cwd: 'clean', exitCode: 0 },
  { name: 'check-clean-json', args: ['check', 'qingshi-2021.yaml', '--format', 'json'], cwd: 'clean', exitCode: 0 },
  { name: 'check-clean-github', args: ['check', 'qingshi-2021.yaml', '--format', 'github'], cwd: 'clean', exitCode: 0 },
  { name: 'check-default-folder', args: ['check'], cwd: 'clean', exitCode: 0 },
  { name: 'check-warnings-text', args: ['check', 'mobile-number.yaml'], cwd: 'warnings', exitCode: 0 },
  { name: 'check-warnings-json', args: ['check', 'mobile-number.yaml', '--format', 'json'], cwd: 'warnings', exitCode: 0 },
  { name: 'check-warnings-github', args: ['check', 'mobile-number.yaml', '--format', 'github'], cwd: 'warnings', exitCode: 0 },
  { name: 'check-warnings-within-max', args: ['check', 'mobile-number.yaml', '--max-warnings', '1'], cwd: 'warnings', exitCode: 0 },
  // eslint's "no limit" (issue 21 item 9): -1 is as if --max-warnings were not given.
  { name: 'check-warnings-no-limit', args: ['check', 'mobile-number.yaml', '--max-warnings', '-1'], cwd: 'warnings', exitCode: 0 },
  // Ordinary comments after a date, a choice and a number are not text lost: no COMMENT_IN_TEXT (issue 21 item 9).
  { name: 'check-ordinary-comments', args: ['check', 'ordinary-comments.yaml'], cwd: 'comments', exitCode: 0 },
  // A new office's file as init wrote it: each blank named whole, （请填写所在镇（街道）） not cut at its inner bracket (item 9).
  { name: 'check-init-placeholders', args: ['check', '2025.yaml'], cwd: 'placeholders', exitCode: 1 },
  // A choice left out (issue 21 item 2): MISSING_FIELD naming the field, never “undefined”, in every format; a blank drop-down cell the same.
  { name: 'check-missing-choice-text', args: ['check', 'meeting-without-kind.yaml'], cwd: 'missing-choice', exitCode: 1 },
  { name: 'check-missing-choice-json', args: ['check', 'meeting-without-kind.yaml', '--format', 'json'], cwd: 'missing-choice', exitCode: 1 },
  { name: 'check-missing-choice-github', args: ['check', 'meeting-without-kind.yaml', '--format', 'github'], cwd: 'missing-choice', exitCode: 1 },
  { name: 'check-ledger-blank-choice', args: ['check', 'blank-choice.xlsx'], cwd: 'missing-choice', exitCode: 1 },
  { name: 'check-ledger-blank-choice-json', args: ['check', 'blank-choice.xlsx', '--format', 'json'], cwd: 'missing-choice', exitCode: 1 },
  { name: 'check-warnings-over-max', args: ['check', 'mobile-number.yaml', '--max-warnings', '0'], cwd: 'warnings', exitCode: 1 },
  { name: 'check-warnings-quiet', args: ['check', 'mobile-number.yaml', '--quiet'], cwd: 'warnings', exitCode: 0 },
  { name: 'check-errors-text', args: ['check', 'typo-key.yaml', 'counts-disagree.yaml'], cwd: 'errors', exitCode: 1 },
  { name: 'check-errors-json', args: ['check', 'typo-key.yaml', 'counts-disagree.yaml', '--format', 'json'], cwd: 'errors', exitCode: 1 },
  { name: 'check-errors-github', args: ['check', 'typo-key.yaml', 'counts-disagree.yaml', '--format', 'github'], cwd: 'errors', exitCode: 1 },
  { name: 'check-missing-file', args: ['check', 'no/such/file.yaml'], cwd: 'clean', exitCode: 2 },

  // A folder of offices: one bad file does not hide the good ones.
  { name: 'check-folder-text', args: ['check', '.'], cwd: 'offices', exitCode: 1 },
  { name: 'check-folder-json', args: ['check', '.', '--format', 'json'], cwd: 'offices', exitCode: 1 },
  // drafts/ holds no office.yaml, so it is not entered (its broken file is not read).
  { name: 'check-folder-ignore', args: ['check', '.', '--ignore', 'tab-indent.yaml'], cwd: 'offices', exitCode: 0 },
  { name: 'check-batch-file', args: ['check', 'summary.batch.yaml'], cwd: 'batch-file', exitCode: 1 },
  // A file of an office.yaml folder is checked as that office, not as an office of its own.
  { name: 'check-file-of-split-office', args: ['check', 'qingshi/meetings.yaml'], cwd: 'split-office', exitCode: 0 },

  // build and preview of one office.
  { name: 'build-example', args: ['build', 'qingshi-2021.yaml', '--out', '{out}'], cwd: 'clean', exitCode: 0, written: [RECORD, QINGSHI_DOCX] },
  { name: 'build-example-md', args: ['build', 'qingshi-2021.yaml', '--out', '{out}', '--format', 'md'], cwd: 'clean', exitCode: 0, written: [RECORD, QINGSHI_MD] },
  { name: 'build-bad-file', args: ['build', 'typo-key.yaml', '--out', '{out}'], cwd: 'errors', exitCode: 1, written: [] },
  { name: 'build-missing-file', args: ['build', 'no-such-office.yaml', '--out', '{out}'], cwd: 'clean', exitCode: 2, written: [] },
  { name: 'build-bad-format', args: ['build', 'qingshi-2021.yaml', '--out', '{out}', '--format', 'pdf'], cwd: 'clean', exitCode: 2, written: [] },
  {
    name: 'build-bad-template',
    args: ['build', 'qingshi-2021.yaml', '--out', '{out}', '--templates', 'templates'], cwd: 'bad-template',
    exitCode: 2,
    written: [],
  },
  { name: 'build-name-follows-format', args: ['build', 'qingshi-2021.yaml', '--name', '总结.docx', '--format', 'md', '--out', '{out}'], cwd: 'clean', exitCode: 0, written: [RECORD, '总结.md'] },
  // -o 总结.md: a path ending in the report's extension that is not a folder is the report's file (said on stderr); for many offices it is refused.
  { name: 'build-out-names-the-file', args: ['build', 'qingshi-2021.yaml', '--format', 'md', '--out', '{out}/总结.md'], cwd: 'clean', exitCode: 0, written: [RECORD, '总结.md'] },
  { name: 'build-many-out-names-a-file', args: ['build', '.', '--format', 'md', '--out', '{out}/全部.md'], cwd: 'offices', exitCode: 2, written: [] },
  { name: 'build-split-office', args: ['build', 'qingshi', '--format', 'md', '--out', '{out}'], cwd: 'split-office', exitCode: 0, written: [RECORD, QINGSHI_MD] },
  { name: 'build-missing-previous', args: ['build', 'qingshi-2021.yaml', '--previous', 'nonexist.yaml', '--out', '{out}'], cwd: 'clean', exitCode: 2, written: [] },
  { name: 'build-rollup-one-office', args: ['build', 'qingshi-2021.yaml', '--rollup', '--out', '{out}'], cwd: 'clean', exitCode: 0, written: [RECORD, QINGSHI_DOCX] },
  { name: 'preview-missing-file', args: ['preview', 'no-such-office.yaml'], cwd: 'clean', exitCode: 2 },
  // Paths in messages are shown as the reader sees them: a missing input named relative stays relative
  // (never the absolute path it was resolved to), and a report that exists is named from the current folder.
  { name: 'build-missing-relative', args: ['build', './草稿/../no-such/2021.yaml', '--out', '{out}'], cwd: 'clean', exitCode: 2, written: [] },
  { name: 'check-missing-relative', args: ['check', 'no-such/2021.yaml', '--format', 'json'], cwd: 'clean', exitCode: 2 },
  { name: 'build-report-exists', args: ['build', 'qingshi-2021.yaml'], cwd: 'report-exists', exitCode: 2 },

  // Colour follows the stream it is written to: build's diagnostics go to stderr, check's text to stdout.
  { name: 'color-stderr-terminal', args: ['build', 'typo-key.yaml', '--out', '{out}'], cwd: 'errors', exitCode: 1, written: [], terminal: ['stderr'], colorEnv: {} },
  { name: 'color-stdout-terminal-only', args: ['build', 'typo-key.yaml', '--out', '{out}'], cwd: 'errors', exitCode: 1, written: [], terminal: ['stdout'], colorEnv: {} },
  { name: 'color-check-stdout-terminal', args: ['check', 'typo-key.yaml'], cwd: 'errors', exitCode: 1, terminal: ['stdout'], colorEnv: {} },
  { name: 'color-check-stderr-terminal-only', args: ['check', 'typo-key.yaml'], cwd: 'errors', exitCode: 1, terminal: ['stderr'], colorEnv: {} },
  { name: 'color-no-color-on-terminal', args: ['check', 'typo-key.yaml'], cwd: 'errors', exitCode: 1, terminal: ['stdout'], colorEnv: { NO_COLOR: '1' } },
  { name: 'color-force-into-pipe', args: ['check', 'typo-key.yaml'], cwd: 'errors', exitCode: 1, colorEnv: { FORCE_COLOR: '1' } },
  { name: 'color-force-off-on-terminal', args: ['check', 'typo-key.yaml'], cwd: 'errors', exitCode: 1, terminal: ['stdout'], colorEnv: { FORCE_COLOR: '0' } },
  { name: 'color-flag-beats-force', args: ['check', 'typo-key.yaml', '--no-color'], cwd: 'errors', exitCode: 1, colorEnv: { FORCE_COLOR: '1' } },
  // build's diagnostics (stderr, here a pipe) follow FORCE_COLOR too.
  { name: 'color-force-build-into-pipe', args: ['build', 'typo-key.yaml', '--out', '{out}'], cwd: 'errors', exitCode: 1, written: [], colorEnv: { FORCE_COLOR: '1' } },
  { name: 'preview-example', args: ['preview', 'qingshi-2021.yaml'], cwd: 'clean', exitCode: 0 },
  { name: 'preview-folder-of-offices', args: ['preview', '.'], cwd: 'offices', exitCode: 2 },
  // preview --serve runs until Ctrl-C (tests/preview/browser.test.ts); here only what stops it before it starts, and what --serve options do without it.
  { name: 'preview-serve-batch-name', args: ['preview', '.', '--serve', '--name', 'x.docx'], cwd: 'offices', exitCode: 2 },
  { name: 'preview-serve-missing-file', args: ['preview', 'no-such-office.yaml', '--serve'], cwd: 'clean', exitCode: 2 },
  { name: 'preview-serve-bad-port', args: ['preview', 'qingshi-2021.yaml', '--serve', '--port', '70000'], cwd: 'clean', exitCode: 2 },
  { name: 'preview-out-without-serve', args: ['preview', 'qingshi-2021.yaml', '--format', 'txt', '--out', 'x'], cwd: 'clean', exitCode: 0 },

  // build over a folder of offices: a batch; the good ones are built, the bad one named.
  // One worker, so the progress lines come in input order.
  { name: 'batch-folder', args: ['build', '.', '--out', '{out}', '--jobs', '1'], cwd: 'offices', exitCode: 1, written: [RECORD, YANQUAN_DOCX, QINGSHI_DOCX] },
  { name: 'batch-folder-clean', args: ['build', 'qingshi-2021.yaml', 'yanquan-street-2021.yaml', '--out', '{out}', '--jobs', '1'], cwd: 'offices', exitCode: 0, written: [RECORD, YANQUAN_DOCX, QINGSHI_DOCX] },
  // The table in the order people count: 青石1镇, 青石2镇, 青石10镇 (not 青石1镇, 青石10镇, 青石2镇).
  { name: 'batch-counting-order', args: ['build', '.', '--format', 'md', '--out', '{out}', '--jobs', '1'], cwd: 'counting', exitCode: 0, written: [RECORD, ...[10, 1, 2].map((i) => `2021年青石${i}镇政协联络工作委员会工作总结.md`)] },
  { name: 'check-counting-order', args: ['check', '.'], cwd: 'counting', exitCode: 0 },
  // --quiet: no progress and no roll-up warning (here: no signature); the last line still counts it.
  { name: 'batch-rollup-quiet', args: ['build', 'qingshi-2021.yaml', 'yanquan-street-2021.yaml', '--rollup', '--quiet', '--out', '{out}', '--jobs', '1'], cwd: 'offices', exitCode: 0, written: [RECORD, '2021年各镇（街道）政协联络工作情况汇总.csv', '2021年各镇（街道）政协联络工作情况汇总.docx', YANQUAN_DOCX, QINGSHI_DOCX] },

  // init: a new office's file, never over an existing one; --from rolls an example forward a year.
  // --year is given so that the cases do not follow the clock.
  { name: 'help-init', args: ['init', '--help'], cwd: 'clean', exitCode: 0 },
  {
    name: 'init-new-file',
    args: ['init', '{out}/2024.yaml', '--name', '青石镇政协联络工作委员会', '--township', '青石镇', '--superior', '县政协', '--year', '2024'],
    cwd: 'clean',
    exitCode: 0,
    written: ['2024.yaml'],
  },
  { name: 'init-refuses-overwrite', args: ['init', 'qingshi-2021.yaml', '--year', '2021'], cwd: 'clean', exitCode: 2 },
  { name: 'init-from-example', args: ['init', '--from', 'qingshi-2021.yaml', '{out}/qingshi-2022.yaml'], cwd: 'clean', exitCode: 0, written: ['qingshi-2022.yaml'] },
  // The help's example: the year is the one in the name (青石镇2022), not the clock's.
  { name: 'init-folder-year-from-name', args: ['init', '{out}/青石镇2022', '--folder'], cwd: 'clean', exitCode: 0, written: ['青石镇2022'] },

  // The ledger workbook: a blank one, conversion both ways, and a bad one checked in each format (its places are sheet!cell).
  { name: 'help-ledger', args: ['ledger', '--help'], cwd: 'clean', exitCode: 0 },
  { name: 'help-convert', args: ['convert', '--help'], cwd: 'clean', exitCode: 0 },
  { name: 'ledger-new', args: ['ledger', '{out}/2024.xlsx', '--year', '2024', '--office', '青石镇政协联络工作委员会'], cwd: 'clean', exitCode: 0, written: ['2024.xlsx'] },
  { name: 'ledger-refuses-overwrite', args: ['ledger', 'bad.xlsx'], cwd: 'ledger', exitCode: 2 },
  { name: 'convert-yaml-to-ledger', args: ['convert', 'qingshi-2021.yaml', '{out}/qingshi-2021.xlsx'], cwd: 'clean', exitCode: 0, written: ['qingshi-2021.xlsx'] },
  { name: 'convert-ledger-to-yaml', args: ['convert', 'qingshi-2021.xlsx', '{out}/qingshi-2021.yaml'], cwd: 'ledger', exitCode: 0, written: ['qingshi-2021.yaml'] },
  { name: 'convert-bad-ledger', args: ['convert', 'bad.xlsx', '{out}/bad.yaml'], cwd: 'ledger', exitCode: 1, written: [] },
  // init --from a ledger: a ledger out, last year's words in its 说明 (issue 21 item 1); a name that is neither is refused.
  { name: 'init-from-ledger', args: ['init', '--from', 'qingshi-2021.xlsx', '{out}/青石镇2022台账.xlsx'], cwd: 'ledger', exitCode: 0, written: ['青石镇2022台账.xlsx'] },
  { name: 'init-from-ledger-to-yaml', args: ['init', '--from', 'qingshi-2021.xlsx', '{out}/2022.yaml'], cwd: 'ledger', exitCode: 0, written: ['2022.yaml'] },
  { name: 'init-from-ledger-bad-name', args: ['init', '--from', 'qingshi-2021.xlsx', '{out}/2022.txt'], cwd: 'ledger', exitCode: 2, written: [] },
  // The ledger init --from wrote (a fixture made by it): its warnings speak of sheets and cells, the 报告设置 cell to write in, no YAML path (item 4).
  { name: 'check-ledger-rolled', args: ['check', '青石镇2022台账.xlsx'], cwd: 'ledger', exitCode: 0 },
  { name: 'check-ledger-rolled-json', args: ['check', '青石镇2022台账.xlsx', '--format', 'json'], cwd: 'ledger', exitCode: 0 },
  { name: 'check-ledger-text', args: ['check', 'bad.xlsx'], cwd: 'ledger', exitCode: 1 },
  { name: 'check-ledger-json', args: ['check', 'bad.xlsx', '--format', 'json'], cwd: 'ledger', exitCode: 1 },
  { name: 'check-ledger-github', args: ['check', 'bad.xlsx', '--format', 'github'], cwd: 'ledger', exitCode: 1 },

  // The JSON Schema of the data.
  { name: 'schema', args: ['schema'], cwd: 'clean', exitCode: 0 },
];
