/**
 * The fields a template may use: the shape of YearModel (src/model/types.ts)
 * as data, with a Chinese label for docs/templates.md. Templates are checked
 * against it when they load, so a misspelt field is an error with its line
 * and column instead of a silent blank. Each kind's entry is read off its
 * declaration (src/schema/kinds/): its records' fields from their schema, a
 * list per group, and its own views. A test holds this tree equal to what
 * buildModel actually produces.
 */
import { KEY_NUMBER_COLUMNS } from '../model/key-numbers.js';
import { TALLIES } from '../schema/counts.js';
import { bool, listOf, num, obj, specOfSchema, str, THIS_RECORD, type FieldSpec } from '../schema/field-spec.js';
import type { AnyKind } from '../schema/kind.js';
import { KINDS } from '../schema/kinds/index.js';

export type { FieldSpec } from '../schema/field-spec.js';

/** One record of a kind: where it is in the data, and its fields. */
export function recordSpec(kind: AnyKind): FieldSpec {
  const spec = specOfSchema(kind.schema, kind.record.title);
  return spec.kind === 'object' ? obj(spec.label, { ref: str('记录位置，如 meetings[3]'), ...spec.fields }) : spec;
}

/** A view's spec with the kind's own record where it says THIS_RECORD. */
function withRecord(spec: FieldSpec, record: FieldSpec): FieldSpec {
  if (spec === THIS_RECORD) return record;
  if (spec.kind === 'list') return listOf(spec.label, withRecord(spec.item, record));
  if (spec.kind === 'object') return obj(spec.label, Object.fromEntries(Object.entries(spec.fields).map(([k, v]) => [k, withRecord(v, record)])));
  return spec;
}

/** A kind's entry: `all`, a list per group, its views. */
function kindSpec(kind: AnyKind): FieldSpec {
  const record = recordSpec(kind);
  const groups = Object.entries(kind.groups?.of ?? {}).map(([name, g]) => [name, listOf(g.label ?? g.values.join('、'), record)]);
  const views = Object.entries((kind.viewFields ?? {}) as Record<string, FieldSpec>).map(([name, v]) => [name, withRecord(v, record)]);
  return obj(kind.title, { all: listOf(`全部${kind.title}${'date' in kind.schema.shape ? '（按日期）' : ''}`, record), ...Object.fromEntries(groups), ...Object.fromEntries(views) });
}

const figure = obj('数字', { value: num('数值'), approx: str('约数（余、多）'), unit: str('单位'), source: str('来源：counts 或 records') });
const outlineItem = obj('一点', { ids: listOf('写进这一点的程序要点（代号）', str('代号')), title: str('本单位的小标题'), text: str('本单位写的正文') });
const outlineChapter = obj('一部分', {
  key: str('代号'),
  sections: listOf('包含的内置部分', str('部分')),
  heading: str('本单位的标题（没有时由程序拟定）'),
  intro: str('导语'),
  style: str('写法：一是、（一）或成段'),
  items: listOf('各点', outlineItem),
  notes: listOf('没有小标题的文字（写在导语之后，不编号）', str('一段')),
});
const keyNumbers = (label: string, each: (l: string, unit: string) => FieldSpec) =>
  obj(label, Object.fromEntries(KEY_NUMBER_COLUMNS.map(({ key, label: l, unit }) => [key, each(l, unit)])));

export const MODEL_FIELDS: FieldSpec = obj('年度模型', {
  year: num('年份'),
  nextYear: num('下一年份'),
  office: obj('单位', {
    name: str('单位全称'),
    shortName: str('文中简称'),
    township: str('所在镇（街道）'),
    superior: str('上级政协'),
    superiorLevel: str('上级政协的级别：县、区'),
    partyCommittee: str('党委（党工委）'),
    government: str('政府（办事处）'),
    bodies: str('党委和政府，各写一次：镇党委、政府'),
    governmentShort: str('接在党委后面时政府的简称：政府、办事处'),
    signature: str('落款'),
    date: str('成文日期'),
  }),
  members: obj('委员队伍', {
    total: num('委员总数'),
    province: num('省级委员'),
    city: num('市级委员'),
    county: num('县（区）级委员'),
    liaisonContacts: num('联络对象'),
    people: num('委员和联络对象合计（两者都有时）'),
  }),
  areas: listOf('本年有内容的工作方面（开头列举用）：学习培训、视察调研、建言献策、民主监督、联络联谊', str('方面')),
  ...Object.fromEntries(KINDS.map((k) => [k.key, kindSpec(k)])),
  numbers: obj('全年数字（counts 优先，否则由记录统计；为 0 时不写）', Object.fromEntries(TALLIES.map((t) => [t.key, { ...figure, label: t.title }]))),
  stats: obj('全年数字（含 0，用于统计表）', Object.fromEntries(TALLIES.map((t) => [t.key, { ...figure, label: t.title }]))),
  keyNumbers: keyNumbers('主要数字（开头、统计表和全县汇总用）', (l, unit) => num(`${l}（${unit}）`)),
  compare: keyNumbers(
    '与上年比较（给了上年记录 --previous 且两年都有这项数字时才有，如“比上年增加2次”“与上年持平”；否则为空）',
    (l, unit) => str(`${l}（${unit}）与上年比较`),
  ),
  text: obj('文字', {
    opening: str('开头'),
    highlights: listOf('工作亮点', str('亮点')),
    shortcomings: listOf('存在的不足', str('一条')),
    plans: listOf('明年工作打算', str('一条')),
  }),
  report: obj('报告设置', {
    title: str('报告标题'),
    statistics: bool('附数据统计表'),
    outline: obj('提纲（本单位的提纲、设置，或按本年记录选定的结构）', {
      structure: str('结构：classic 四部分、subheaded（一）（二）、functional “X更Y”、thin 事少的年份、office 本单位定的'),
      closing: str('结尾写法：分部分或一段'),
      chapters: listOf('各部分', outlineChapter),
      omitted: listOf('不写的要点', str('代号')),
    }),
  }),
});
