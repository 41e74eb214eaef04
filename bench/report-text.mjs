// The text of a report as the peers take it: title, headings, paragraphs and
// the one table of its Markdown preview (`summary build --format md`). Shared
// by the docx-library and docxtemplater peers, so both write the same report.

/** Title, headings ({ h }), paragraphs ({ p }) and the table's rows (cells). */
export function reportOfMarkdown(md) {
  const r = { title: '', blocks: [], table: [] };
  for (const line of md.split('\n')) {
    if (line.startsWith('# ')) r.title = line.slice(2);
    else if (line.startsWith('## ')) r.blocks.push({ h: line.slice(3) });
    else if (line.startsWith('|')) {
      if (!/^\|\s*-/.test(line)) r.table.push(line.split('|').slice(1, -1).map((c) => c.trim()));
    } else if (line.trim()) r.blocks.push({ p: line.trim() });
  }
  return r;
}
