/**
 * The preview's HTML: the whole page on first load (the report's text is in
 * it, so it reads without JavaScript), and the same parts as JSON for the
 * script to swap in when the data changes. Every string from the data or a
 * file name goes through escapeHtml; JSON inside <script> has its `<` escaped.
 */
import { escapeHtml } from '../write/html/report-html.js';
import { ROLE_NAMES, type FontStack } from './fonts.js';
import type { OfficeView } from './office-view.js';

export interface PageContext {
  /** Absolute URL path of this office's API, token included: `/<token>/o/0/`. */
  api: string;
  /** Absolute URL path of the shared assets: `/<token>/assets/`. */
  assets: string;
  /** The office as the command line named it. */
  label: string;
  fonts: FontStack[];
  /** For a batch: the link back to the list of offices. */
  index?: string;
}

/** The status line: what the page shows and how fresh it is. */
function statusHtml(view: OfficeView): string {
  if (!view.report) return view.errors > 0 ? '<span class="bad">数据有错误，还没有能显示的报告</span>' : '<span>正在读取……</span>';
  if (view.stale) return `<span class="bad">数据有 ${view.errors} 个错误：下面灰色的是上次能生成时的报告</span>`;
  const warnings = view.warnings > 0 ? `，${view.warnings} 个警告` : '';
  return `<span class="good">已是最新${warnings}</span>`;
}

/** The problem on top: the errors, as `check` prints them. Empty when there are none. */
function problemHtml(view: OfficeView): string {
  const errors = view.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return '';
  const head = view.report
    ? '数据有错误，报告没有更新。改好并保存后，页面会自动更新：'
    : '数据有错误，还生成不了报告。改好并保存后，页面会自动显示报告：';
  return `<p class="problem-head">${head}</p>${errors.map((d) => `<pre class="diag error">${escapeHtml(d.text)}</pre>`).join('')}`;
}

/** check's diagnostics beside the pages; one about a record the report tells of links to its sentence. */
function diagnosticsHtml(view: OfficeView): string {
  if (view.diagnostics.length === 0) return '<p class="none">检查没有发现问题。</p>';
  return view.diagnostics
    .map((d) => {
      const link = d.sentence === undefined || view.stale ? '' : `<a href="#" class="goto" data-goto="${d.sentence}">看报告中的这一句</a>`;
      return `<div class="diag ${d.severity}"><pre>${escapeHtml(d.text)}</pre>${link}</div>`;
    })
    .join('');
}

/** What the script needs to swap in after a change. */
export function viewJson(view: OfficeView): Record<string, unknown> {
  return {
    version: view.version,
    reportVersion: view.report?.version ?? 0,
    stale: view.stale,
    report: view.report?.html ?? '',
    title: view.report?.title ?? '',
    records: view.report?.records ?? {},
    sentences: (view.report?.sentences ?? []).map((s) => ({ text: s.text, sentence: s.sentence, paragraph: s.paragraph })),
    status: statusHtml(view),
    problem: problemHtml(view),
    diagnostics: diagnosticsHtml(view),
  };
}

/** JSON that can sit inside <script type="application/json">. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The page's head: no referrer (the address carries the token), no favicon request, the stylesheet. */
function head(title: string, assets: string, more = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>预览：${escapeHtml(title)}</title>
<link rel="stylesheet" href="${assets}preview.css">
${more}</head>`;
}

export function officePage(view: OfficeView, ctx: PageContext): string {
  const data = viewJson(view);
  const title = view.report?.title ?? ctx.label;
  const fonts = ctx.fonts.map((f) => ({ role: f.role, name: ROLE_NAMES[f.role], official: f.official, families: f.families }));
  return `${head(title, ctx.assets, `<link rel="stylesheet" href="${ctx.api}fonts.css">\n`)}
<body class="${view.stale ? 'stale' : ''}">
<div class="top">
<header class="bar">
  ${ctx.index ? `<a class="back" href="${ctx.index}">← 全部单位</a>` : ''}
  <strong class="office">${escapeHtml(ctx.label)}</strong>
  <span id="status" role="status">${statusHtml(view)}</span>
  <span class="actions"><button id="write" type="button" hidden>生成 .docx</button></span>
</header>
<div id="write-result" class="write-result" hidden></div>
<div id="problem" class="problem" role="alert"${problemHtml(view) === '' ? ' hidden' : ''}>${problemHtml(view)}</div>
</div>
<div class="layout">
  <main id="report" class="report">${view.report?.html ?? '<p class="empty">还没有能显示的报告。</p>'}</main>
  <aside class="side">
    <section id="fonts" class="fonts"><h2>字体</h2><p>报告用 ${fonts.map((f) => `${escapeHtml(f.name)}“${escapeHtml(f.official)}”`).join('、')}。<noscript>本机缺哪些、用什么代替，要开启 JavaScript 才能查看。</noscript></p></section>
    <section id="trace" class="trace"><h2>来源</h2><p class="hint">点正文中的一句话，这里显示它来自哪条记录（文件的第几行，或台账的哪一格），以及它计入了哪些数字。</p></section>
    <section class="checks"><h2>检查结果</h2><div id="diagnostics">${diagnosticsHtml(view)}</div></section>
  </aside>
</div>
<script type="application/json" id="preview-data">${scriptJson({ api: ctx.api, fonts, view: { ...data, report: undefined } })}</script>
<script src="${ctx.assets}preview.js" defer></script>
</body>
</html>
`;
}

/** A batch: the offices, each a link to its page, with its state. */
export function indexPage(offices: readonly { label: string; href: string; view: OfficeView }[], assets: string): string {
  const rows = offices.map((o) => `<li><a href="${o.href}">${escapeHtml(o.view.report?.title ?? o.label)}</a> <span class="from">${escapeHtml(o.label)}</span> ${statusHtml(o.view)}</li>`);
  return `${head(`${offices.length} 个单位`, assets)}
<body class="index">
<header class="bar"><strong>预览：${offices.length} 个单位</strong></header>
<ol class="offices">${rows.join('\n')}</ol>
</body>
</html>
`;
}
