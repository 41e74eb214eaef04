// Build one office's report to a .docx through the library, stage by stage:
// prepare → render → encode → stage → commit (by the re-run rule) → save the
// output folder's record. Each stage gives back
// { value?, diagnostics }; a missing value means it stopped, and why is in
// the diagnostics. Run from the repository (or a project that installed it):
//   node examples/library/build-one.mjs examples/qingshi-2021.yaml out/
import path from 'node:path';
import { commitTracked, encodeReport, formatText, hasErrors, OutputRecords, prepareOffice, renderOffice, reportTarget, saveRecords, showFrom, showDiagnostics, showSources, stageOutput } from 'cppcc-summary';

const [input = 'examples/qingshi-2021.yaml', outDir = '.'] = process.argv.slice(2);
const found = [];
let sources = new Map();

function stop(code) {
  // Diagnostics name files by the resolved path; shown from the current folder, as the CLI shows them.
  const show = showFrom(process.cwd());
  const summary = { files: 1, errors: found.filter((d) => d.severity === 'error').length, warnings: found.filter((d) => d.severity === 'warning').length };
  if (found.length > 0) process.stderr.write(formatText({ diagnostics: showDiagnostics(found, show), sources: showSources(sources, show), summary }));
  process.exitCode = code;
}

const prepared = await prepareOffice(input);
found.push(...prepared.diagnostics);
sources = prepared.sources;
if (!prepared.value) stop(prepared.status === 'failed' ? 2 : 1);
else {
  const office = prepared.value;
  const at = { file: office.file, line: 0, column: 0 };
  const rendered = renderOffice(office);
  found.push(...rendered.diagnostics);
  const { year, office: { name, shortName, township } } = office.data;
  const target = reportTarget(path.resolve(outDir), undefined, { year, office: name, short: shortName, township }, 'docx', at);
  found.push(...target.diagnostics);
  if (!rendered.value || !target.value || hasErrors(found)) stop(2);
  else {
    const bytes = await encodeReport(rendered.value.document, { format: 'docx' }, at);
    const staged = await stageOutput(target.value, bytes.value, at);
    // The re-run rule: the output folder's record (.summary-outputs.json) says what the tool wrote there.
    // A report still as written is rewritten when the data changed; one edited since is never overwritten
    // (OUTPUT_EDITED) unless force is true.
    const records = new OutputRecords();
    const put = staged.value ? await commitTracked(staged.value, await records.forFile(target.value), false, at) : staged;
    found.push(...bytes.diagnostics, ...put.diagnostics, ...(await saveRecords(records)));
    const said = { written: '已生成', replaced: '已更新', unchanged: '已是最新', kept: '保留了修改过的报告' }[put.value];
    if (said) console.log(`${said}：${showFrom(process.cwd())(target.value)}`);
    stop(said && !hasErrors(found) ? 0 : 2);
  }
}
