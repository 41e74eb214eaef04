/*
 * The live preview's script (plain browser JavaScript, no libraries, nothing
 * fetched from anywhere but this preview's own server). It
 *  - cuts the report's one long sheet into A4 pages as the .docx breaks them
 *    (22 lines a page; a paragraph split at a line; a heading kept with what
 *    follows; a table split between rows under its header),
 *  - follows the server's event stream and swaps in the new report, keeping
 *    the reader's place,
 *  - shows where a clicked sentence came from,
 *  - writes the .docx through the server (as `summary build` does),
 *  - says which of the report's fonts this machine lacks and what stands in.
 * Without it the page still shows the whole report as one sheet.
 */
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('preview-data').textContent);
  const api = data.api;
  let view = data.view;
  /** The picked sentence's text, so a refresh can pick it again. */
  let pickedText = null;

  const $ = (id) => document.getElementById(id);
  const writeButton = $('write');
  const result = $('write-result');
  const make = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // ---------------------------------------------------------------- pages

  const isKeptWithNext = (e) => /^H[1-6]$/.test(e.tagName) || e.classList.contains('keep-next');

  function paginate() {
    const report = $('report');
    const sheet = $('sheet');
    report.querySelectorAll('.pages').forEach((p) => p.remove());
    if (!sheet) return;
    const pages = make('div', 'pages');
    report.appendChild(pages);
    let body = null;
    let count = 0;
    const newPage = () => {
      count += 1;
      const page = make('section', 'page');
      body = make('div', 'page-body');
      page.append(body, make('div', `page-no ${count % 2 ? 'odd' : 'even'}`, `— ${count} —`));
      pages.appendChild(page);
    };
    newPage();
    const height = body.getBoundingClientRect().height;
    const line = parseFloat(getComputedStyle(body).lineHeight);
    const top = () => body.getBoundingClientRect().top;
    const bottomOf = (e) => e.getBoundingClientRect().bottom - top();
    const fits = (e) => bottomOf(e) <= height + 1;
    const linesFree = (e) => Math.floor((height - (e.getBoundingClientRect().top - top())) / line + 0.02);

    const place = (node) => {
      for (let guard = 0; guard < 500 && !fits(node); guard++) {
        let rest = null;
        if (node.classList.contains('b-p')) rest = splitParagraph(node, linesFree(node));
        else if (node.classList.contains('b-table')) rest = splitTable(node, height, top());
        if (rest) {
          newPage();
          body.appendChild(rest);
          node = rest;
          continue;
        }
        if (body.firstElementChild === node) return; // taller than a page on its own: nothing better to do
        // To the next page, with the headings (and the body's last line before a signature) that keep with it.
        const carry = [node];
        let prev = node.previousElementSibling;
        while (prev && isKeptWithNext(prev) && prev !== body.firstElementChild) {
          if (prev.classList.contains('b-p')) {
            const lines = Math.round(prev.getBoundingClientRect().height / line);
            const tail = lines > 1 ? splitParagraph(prev, lines - 1) : null;
            carry.unshift(tail || prev);
            if (tail) break;
          } else carry.unshift(prev);
          prev = prev.previousElementSibling;
        }
        newPage();
        for (const c of carry) body.appendChild(c);
      }
    };

    for (const src of Array.from(sheet.children)) {
      const node = src.cloneNode(true);
      if (node.classList.contains('break-before') && body.childElementCount > 0) newPage();
      if (node.classList.contains('b-break')) continue;
      body.appendChild(node);
      place(node);
    }
    report.classList.add('paged');
  }

  /** Text nodes of an element with where each starts, to find a character by its place in the text. */
  function textNodes(el) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out = [];
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      out.push({ node: n, start: at });
      at += n.data.length;
    }
    return { nodes: out, length: at };
  }

  function pointAt(texts, i) {
    let k = texts.nodes.length - 1;
    while (k > 0 && texts.nodes[k].start > i) k--;
    const t = texts.nodes[k];
    return { node: t.node, offset: i - t.start };
  }

  /**
   * Keep the first `keep` lines of a paragraph here and return the rest as a
   * new paragraph (no first-line indent), or null when not even one line fits.
   */
  function splitParagraph(p, keep) {
    if (keep < 1) return null;
    const line = parseFloat(getComputedStyle(p).lineHeight);
    const texts = textNodes(p);
    const wanted = p.getBoundingClientRect().top + keep * line - line / 2;
    const range = document.createRange();
    const charTop = (i) => {
      const at = pointAt(texts, i);
      range.setStart(at.node, at.offset);
      range.setEnd(at.node, Math.min(at.offset + 1, at.node.data.length));
      const r = range.getClientRects()[0] || range.getBoundingClientRect();
      return r.top;
    };
    // The first character on line keep+1: binary search, since lines only go down.
    let lo = 0;
    let hi = texts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (charTop(mid) >= wanted) hi = mid;
      else lo = mid + 1;
    }
    if (lo <= 0 || lo >= texts.length) return null;
    const cut = pointAt(texts, lo);
    // Never between the halves of a surrogate pair.
    if (cut.offset > 0 && /[\uDC00-\uDFFF]/.test(cut.node.data[cut.offset])) cut.offset -= 1;
    const head = document.createRange();
    head.setStart(p, 0);
    head.setEnd(cut.node, cut.offset);
    const tail = document.createRange();
    tail.setStart(cut.node, cut.offset);
    tail.setEnd(p, p.childNodes.length);
    const first = p.cloneNode(false);
    first.appendChild(head.cloneContents());
    first.classList.remove('keep-next');
    first.classList.add('split-head');
    const rest = p.cloneNode(false);
    rest.appendChild(tail.cloneContents());
    rest.classList.add('cont');
    p.replaceWith(first);
    return rest;
  }

  /** Rows that do not fit go on to a new table under the same header; the note goes with the last part. */
  function splitTable(box, height, bodyTop) {
    const rows = Array.from(box.querySelectorAll('tbody tr'));
    const over = rows.findIndex((r) => r.getBoundingClientRect().bottom - bodyTop > height + 1);
    if (over <= 0) return null;
    const rest = box.cloneNode(false);
    const table = box.querySelector('table').cloneNode(false);
    table.appendChild(box.querySelector('thead').cloneNode(true));
    const tbody = make('tbody');
    rows.slice(over).forEach((r) => tbody.appendChild(r));
    table.appendChild(tbody);
    rest.appendChild(table);
    const note = box.querySelector('.table-note');
    if (note) rest.appendChild(note);
    // A merged cell continued on a new page shows its value again.
    const firstRow = tbody.firstElementChild;
    if (firstRow) firstRow.querySelectorAll('td.merged').forEach((td) => td.classList.remove('merged'));
    return rest;
  }

  // ---------------------------------------------------------------- tracing

  function pick(k, scroll) {
    document.querySelectorAll('.s.picked').forEach((e) => e.classList.remove('picked'));
    const panel = $('trace');
    const s = view.sentences[k];
    if (!s) return;
    pickedText = s.text;
    const marks = document.querySelectorAll(`.pages .s[data-t="${k}"]`);
    marks.forEach((e) => e.classList.add('picked'));
    if (scroll && marks[0]) marks[0].scrollIntoView({ block: 'center' });
    panel.replaceChildren(make('h2', null, '来源'), make('p', 'quote', s.text));
    const list = (head, refs) => {
      panel.appendChild(make('p', null, head));
      const ul = make('ul');
      for (const ref of refs) {
        const r = view.records[ref];
        const li = make('li');
        li.append(make('span', 'place', r ? r.place : ref), document.createTextNode(` ${r ? r.label : ''}`));
        if (r && r.countedIn.length > 0) li.append(make('div', 'counted', `计入：${r.countedIn.join('、')}`));
        ul.appendChild(li);
      }
      panel.appendChild(ul);
    };
    if (s.sentence.length > 0) list('这一句来自：', s.sentence);
    if (s.paragraph.length > 0) list(s.sentence.length > 0 ? '这一段还读了这些记录（不能确定写在哪一句）：' : '这一段读了这些记录（不能确定写在哪一句）：', s.paragraph);
    if (s.sentence.length === 0 && s.paragraph.length === 0) {
      panel.appendChild(make('p', 'hint', '这一句没有读取逐条记录：它是模板里的固定说法、由数字算出的总数，或单位在数据的“报告”部分（report）里自己写的文字。'));
    }
  }

  $('report').addEventListener('click', (e) => {
    const s = e.target.closest('.s[data-t]');
    if (s) pick(Number(s.dataset.t), false);
  });
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a.goto');
    if (!a) return;
    e.preventDefault();
    pick(Number(a.dataset.goto), true);
  });

  // ---------------------------------------------------------------- live

  /** Where the pages start to show: under the bar, the button's answer and the problem, which stay in view. */
  const barHeight = () => {
    const bottom = document.querySelector('.top').getBoundingClientRect().bottom;
    document.documentElement.style.setProperty('--top', `${Math.round(bottom)}px`);
    return bottom;
  };

  /** The block at the top of the window, by the start of its text, and how far into it the reader is. */
  function anchor() {
    const bar = barHeight();
    for (const e of document.querySelectorAll('.pages [data-b]')) {
      const r = e.getBoundingClientRect();
      if (r.bottom <= bar) continue;
      const src = document.querySelector(`#sheet > [data-b="${e.dataset.b}"]`);
      const first = document.querySelector(`.pages [data-b="${e.dataset.b}"]`);
      return { key: src ? src.textContent.slice(0, 60) : '', index: e.dataset.b, into: bar - first.getBoundingClientRect().top };
    }
    return null;
  }

  function restore(a) {
    if (!a) return;
    let index = a.index;
    for (const e of document.querySelectorAll('#sheet > [data-b]')) {
      if (a.key !== '' && e.textContent.slice(0, 60) === a.key) {
        index = e.dataset.b;
        break;
      }
    }
    const first = document.querySelector(`.pages [data-b="${index}"]`);
    if (first) window.scrollBy(0, first.getBoundingClientRect().top + a.into - barHeight());
  }

  function apply(next) {
    const place = anchor();
    if (next.reportVersion !== view.reportVersion) {
      $('report').innerHTML = next.report || '<p class="empty">还没有能显示的报告。</p>';
      view = next;
      paginate();
      const again = pickedText === null ? -1 : view.sentences.findIndex((s) => s.text === pickedText);
      if (again >= 0) pick(again, false);
      if (next.title) document.title = `预览：${next.title}`;
    }
    view = next;
    document.body.classList.toggle('stale', next.stale);
    $('status').innerHTML = next.status;
    $('problem').innerHTML = next.problem;
    $('problem').hidden = next.problem === '';
    $('diagnostics').innerHTML = next.diagnostics;
    restore(place);
    document.body.dataset.version = String(next.version);
  }

  let loading = false;
  let again = false;
  async function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      do {
        again = false;
        const res = await fetch(`${api}view`, { cache: 'no-store' });
        if (res.ok) apply(await res.json());
      } while (again);
    } catch {
      $('status').innerHTML = '<span class="bad">连不上预览服务：它可能已经停止</span>';
    } finally {
      loading = false;
    }
  }

  const events = new EventSource(`${api}events`);
  events.onmessage = (e) => {
    if (Number(e.data) !== view.version) refresh();
  };
  // The stream ends only when the preview stops; a new preview has a new address, so there is nothing to reconnect to.
  events.onerror = () => {
    events.close();
    $('status').innerHTML = '<span class="bad">预览已停止：页面不再更新。重新运行 summary preview --serve 后，打开它显示的新地址</span>';
    writeButton.disabled = true;
  };

  // ---------------------------------------------------------------- the .docx

  async function write(force) {
    writeButton.disabled = true;
    result.hidden = false;
    result.replaceChildren(make('p', null, force ? '正在覆盖……' : '正在生成……'));
    try {
      const res = await fetch(`${api}write`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ force }) });
      if (!res.ok) throw new Error(await res.text());
      const answer = await res.json();
      result.replaceChildren(make('pre', answer.ok ? 'ok' : 'failed', answer.text.trimEnd()));
      if (answer.exists) {
        const yes = make('button', null, '覆盖已有文件');
        const no = make('button', 'secondary', '不覆盖');
        yes.id = 'write-force';
        yes.onclick = () => write(true);
        no.onclick = () => {
          result.hidden = true;
        };
        result.append(make('p', null, '已有的文件在生成之后改过（可能是在 Word 或 WPS 里），或不是本工具生成的：覆盖后那些改动就没有了。'), yes, document.createTextNode(' '), no);
      }
    } catch (err) {
      result.replaceChildren(make('pre', 'failed', `没有生成：${String(err.message || err)}`));
    } finally {
      writeButton.disabled = false;
    }
  }
  writeButton.addEventListener('click', () => write(false));
  // Only a page with its script can write: without it the button would do nothing.
  writeButton.hidden = false;

  // ---------------------------------------------------------------- fonts

  /** Whether this browser has a font: text set in it measures differently from every generic family. */
  function installed(family) {
    if (family === 'serif' || family === 'sans-serif') return true;
    const ctx = document.createElement('canvas').getContext('2d');
    const sample = '政协工作总结永和ABCabc123，。';
    for (const base of ['monospace', 'serif', 'sans-serif']) {
      ctx.font = `40px ${base}`;
      const plain = ctx.measureText(sample).width;
      ctx.font = `40px "${family}", ${base}`;
      if (ctx.measureText(sample).width !== plain) return true;
    }
    return false;
  }

  function describeFonts() {
    const missing = [];
    for (const f of data.fonts) {
      if (installed(f.official)) continue;
      const used = f.families.find((x) => x !== f.official && installed(x)) || '浏览器默认字体';
      missing.push(`${f.name}“${f.official}”（这里用“${used === 'serif' || used === 'sans-serif' ? '浏览器默认字体' : used}”代替）`);
    }
    const box = $('fonts');
    box.replaceChildren(make('h2', null, '字体'));
    if (missing.length === 0) {
      box.appendChild(make('p', null, '本机装有报告用到的全部字体，页面和打印出来的一样。'));
      return;
    }
    box.appendChild(make('p', 'missing', `本机没有：${missing.join('；')}。`));
    box.appendChild(make('p', 'hint', '代替的字体字形不同，每行的字数和分页可能和装有这些字体的电脑上不一样；文字不会少。生成的 .docx 里照样写明原来的字体。'));
  }

  describeFonts();
  (document.fonts ? document.fonts.ready : Promise.resolve()).then(() => {
    paginate();
    barHeight();
    document.body.dataset.version = String(view.version);
    document.body.dataset.ready = '1';
  });
})();
