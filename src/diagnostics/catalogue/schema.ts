/** The schema: keys, types, values and limits of each field. */
import { entry, type Field } from './entry.js';
import { EXPECTED_TYPE, WRITTEN_VALUE, type ExpectedType, type OutOfRangeBound, type WrittenValue } from './cases.js';

export const SCHEMA = {
  // In a year's records or in a batch file (`file: 'batch'`, which also took BATCH_UNKNOWN_KEY's place).
  UNKNOWN_KEY: entry<Field & { key: string; suggestion?: string; file?: 'batch' }>({
    severity: 'error',
    title: '未知的键',
    message: '%{field}中没有“%{key}”这一项。',
    hint: {
      ifPresent: 'suggestion',
      then: '是不是想写“%{suggestion}”？',
      else: { select: 'file', cases: { batch: '删除这个字段，或对照 docs/batch.md“批量文件”改正字段名。', other: '删去这一项，或对照 docs/data-format.md 改成已有的项。' } },
    },
  }),
  // `cell`: in a ledger, the empty cell to fill; `sheet`: in a ledger without the sheet the field belongs on.
  MISSING_FIELD: entry<Field & { key: string; cell?: string; sheet?: string }>({
    severity: 'error',
    title: '缺少必填项',
    message: '缺少必填项%{field}。',
    // In a ledger the place is an empty cell, not a line where a key goes.
    hint: {
      ifPresent: 'cell',
      then: '在工作台账的 %{cell} 格里填写。',
      else: {
        ifPresent: 'sheet',
        then: '工作台账里没有“%{sheet}”工作表，这一项无处可填：用 summary ledger 生成一本新台账，把其中的“%{sheet}”表复制过来（工作表名不要改），再填写。',
        else: '在这里补上“%{key}: …”。',
      },
    },
  }),
  WRONG_TYPE: entry<Field & { expected: ExpectedType; got: WrittenValue; gotText?: string }>({
    severity: 'error',
    title: '类型不对',
    message: ['%{field}应为', EXPECTED_TYPE, '，这里写的是', WRITTEN_VALUE, '。'],
    hint: '数字不要加引号或单位；文字含有特殊符号时加引号；列表每项以“- ”开头。',
  }),
  BLANK_TEXT: entry<Field>({
    severity: 'error',
    title: '文字为空',
    message: '%{field}是空的。',
    hint: '填上内容，或删去这一项（如果它不是必填项）。',
  }),
  // `corrected`: the same date in the right form, when the value is a real date written loosely (2021-6-1).
  // `forms`: the other forms the field takes (a record's date: 2021-06-下旬, 上半年 …).
  INVALID_DATE: entry<Field & { value: string; corrected?: string; forms?: string }>({
    severity: 'error',
    title: '日期不对',
    message: ['%{field}“%{value}”', { ifPresent: 'corrected', then: '的写法不对：年、月、日之间用“-”，月和日都写两位数', else: '不是一个有效日期' }, '。'],
    hint: {
      ifPresent: 'corrected',
      then: '写成“%{corrected}”。',
      else: { ifPresent: 'forms', then: '可以写成%{forms}；月、日用两位数，并确认这一天存在；不知道日期时不写这一项。', else: '写成“2021-06-24”（年-月-日）或“2021-06”（年-月），月、日用两位数，并确认这一天存在。' },
    },
  }),
  // `2021年12月20日`, `12月20日` (the record's year): `iso` is the same date as the schema wants it.
  DATE_IN_CHINESE: entry<Field & { value: string; iso: string }>({
    severity: 'error',
    title: '日期写成了中文',
    message: '%{field}写成了“%{value}”，日期要写成“年-月-日”的形式。',
    hint: '写成 %{iso}',
  }),
  INVALID_CHOICE: entry<Field & { value: string; allowed: string }>({
    severity: 'error',
    title: '不在可选范围内',
    message: '%{field}写的是“%{value}”，只能是：%{allowed}。',
    hint: '从“%{allowed}”中选一个。',
  }),
  INVALID_COUNT: entry<Field>({
    severity: 'error',
    title: '数字写法不对',
    message: '%{field}应为一个整数，约数写成 { value: 20, approx: 余 }。',
    hint: '例如 forums: 4，或 visits: { value: 40, approx: 余 }；数字不要加引号或单位。',
  }),
  // `28人`, `十八人`, `20余次`: `number` is the number meant; `approx` (余, 多) when it was an approximate count.
  NUMBER_AS_TEXT: entry<Field & { value: string; number: number; approx?: '余' | '多' }>({
    severity: 'error',
    title: '数字带了单位或写成了汉字',
    message: '%{field}写成了“%{value}”，这里只写阿拉伯数字，不带单位。',
    hint: { ifPresent: 'approx', then: '写成 { value: %{number}, approx: %{approx} }', else: '写成 %{number}' },
  }),
  // `limit` is shown as given: the code that finds the problem formats it (10,000).
  OUT_OF_RANGE: entry<Field & { bound: OutOfRangeBound; limit: string }>({
    severity: 'error',
    title: '数值超出范围',
    message: [
      '%{field}',
      {
        select: 'bound',
        cases: {
          max: '不能大于 %{limit}，一个单位一年的数字不会这么大',
          moneyWan: '以“万元”为单位时不能大于 %{limit}（即 10 亿元），一个单位一年的金额不会这么大',
          min: '不能小于 %{limit}',
          minExclusive: '不能小于 %{limit}（且不能等于）',
          multipleOf: '应为 %{limit} 的倍数',
        },
      },
      '。',
    ],
    hint: '核对这个数字；数字不要加引号或单位。',
  }),
  TEXT_TOO_LONG: entry<Field & { limit: number; length: number }>({
    severity: 'error',
    title: '文字过长',
    message: '%{field}有 %{length} 个字符，超过了 %{limit} 个字符的上限。',
    hint: '这一项应是一句话或一段话；过长的内容可能是误粘贴，请拆分或删减。',
  }),
  LIST_TOO_LONG: entry<Field & { limit: number; length: number }>({
    severity: 'error',
    title: '列表项过多',
    message: '%{field}有 %{length} 项，超过了 %{limit} 项的上限。',
    hint: '一年的工作记录不会有这么多项；请检查是否重复粘贴了内容。',
  }),
  INVALID_VALUE: entry<Field & { rule: 'ownKey' | 'other' }>({
    severity: 'error',
    title: '值不对',
    message: {
      select: 'rule',
      cases: {
        ownKey: '%{field}不符合要求：代号只能用英文字母和数字，以小写字母开头，最多 31 个字符。',
        other: '%{field}不符合要求。',
      },
    },
    hint: '对照 docs/data-format.md 中这一项的写法改正。',
  }),

} as const;
