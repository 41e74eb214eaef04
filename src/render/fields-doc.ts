/**
 * The reference part of docs/templates.md, generated from the field tree and
 * the helpers' signatures so the docs cannot drift (a test holds the file to it).
 */
import { helpersReference } from './helpers/signatures.js';
import { MODEL_FIELDS, type FieldSpec } from './fields.js';

/** A field's kind as the reference names it, in Chinese (the keys themselves stay the data's English). */
const KIND_WORDS: Record<FieldSpec['kind'], string> = { list: '列表', object: '对象', string: '文字', number: '数字', boolean: '是或否' };

function lines(spec: FieldSpec, path: string, out: string[]): void {
  if (spec.kind === 'object') {
    for (const [k, child] of Object.entries(spec.fields)) {
      const p = path ? `${path}.${k}` : k;
      out.push(`| \`${p}\` | ${KIND_WORDS[child.kind]} | ${child.label} |`);
      if (child.kind === 'object') lines(child, p, out);
      if (child.kind === 'list' && child.item.kind === 'object') lines(child.item, `${p}[]`, out);
    }
  }
}

export function fieldsReference(): string {
  const out = ['| 字段 | 类型 | 说明 |', '| --- | --- | --- |'];
  lines(MODEL_FIELDS, '', out);
  return [
    '<!-- generated from src/render/fields.ts and src/render/environment.ts: do not edit by hand -->',
    '',
    '### 可用字段',
    '',
    '`[]` 表示列表中的每一项（在 `{{#each 列表}}` 里直接写项的字段名）。',
    '',
    ...out,
    '',
    '### 可用辅助函数',
    '',
    '每个辅助函数的参数个数和种类在模板加载时检查（src/render/helpers/signatures.ts）：写错的报 `TEMPLATE_HELPER_ARGS`，指到标签的行和列。方括号里的参数可以不写。',
    '',
    helpersReference(),
    '',
  ].join('\n');
}
