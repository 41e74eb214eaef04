/** Templates and rendering (src/render). */
import { entry } from './entry.js';
import { READ_PROBLEM, type ReadProblem, type TemplateConstruct, type TemplateSyntaxProblem } from './cases.js';

export const TEMPLATES = {
  TEMPLATE_DIR_NOT_FOUND: entry<{ dir: string }>({
    severity: 'error',
    paths: ['dir'],
    title: '找不到模板文件夹',
    message: '找不到模板文件夹“%{dir}”。',
    hint: '检查 --templates 后的路径；文件夹里放要替换的 .hbs 文件，如 leadership.hbs、partials/meeting.hbs。',
  }),
  // A template file that may not be read: not a file, unreadable, too large, not UTF-8.
  TEMPLATE_UNREADABLE: entry<{ cause: ReadProblem; errno?: string; limit?: number }>({
    severity: 'error',
    title: '无法读取模板',
    message: ['无法读取模板文件：', READ_PROBLEM, '。'],
    hint: '检查文件是否存在、是否为 UTF-8 编码的文本文件。',
  }),
  TEMPLATE_UNKNOWN_FILE: entry<{ name: string; known: string }>({
    severity: 'warning',
    title: '多余的模板文件',
    message: '模板“%{name}”不是任何一部分的模板，不会被使用。',
    hint: '可替换的模板有：%{known}。',
  }),
  // `excerpt`: the template's own text where the parser stopped; `open`/`close`: block names; `token`: the parser's token name.
  TEMPLATE_SYNTAX: entry<{ problem: TemplateSyntaxProblem; excerpt?: string; open?: string; close?: string; token?: string }>({
    severity: 'error',
    title: '模板语法错误',
    message: [
      '模板语法错误，',
      {
        select: 'problem',
        cases: {
          endMismatch: '结束标签 {{/%{close}}} 与开始标签 {{#%{open}}} 不配对。',
          other: [
            { ifPresent: 'excerpt', then: '“%{excerpt}”附近', else: '这里' },
            {
              select: 'problem',
              cases: {
                unclosedBlock: '：模板结束了，但还有 {{#…}} 块没有写结束标签 {{/…}}。',
                badMustache: '：{{ }} 的写法不对，可能少了“}}”或写了模板不认识的符号。',
                extraEnd: '：多了一个结束标签 {{/…}}，前面没有对应的 {{#…}}。',
                other: ['：模板写法不对', { ifPresent: 'token', then: '（在 %{token} 处）' }, '。'],
              },
            },
          ],
        },
      },
    ],
    hint: '检查 {{ }} 是否成对，{{#块}} 是否有对应的 {{/块}}。',
  }),
  TEMPLATE_TOO_DEEP: entry<{ limit: number }>({
    severity: 'error',
    title: '模板嵌套层数过多',
    message: '模板中的块嵌套超过了 %{limit} 层。',
    hint: '正常的模板只有几层嵌套；请检查模板是否损坏。',
  }),
  TEMPLATE_TOO_COMPLEX: entry<{ what: 'tags' | 'elseChain' | 'subexpressionDepth' | 'eachDepth'; limit: number }>({
    severity: 'error',
    title: '模板过于复杂',
    message: [
      '模板中',
      { select: 'what', cases: { tags: '{{ }} 标签的个数', elseChain: '连写的 {{else if}} 分支的个数', subexpressionDepth: '一个标签里 ( ) 子表达式的嵌套层数', eachDepth: '#each 的嵌套层数' } },
      '超过了 %{limit}，从这里起超出上限。',
    ],
    hint: '正常的模板远用不到这么多；请检查模板是否损坏或是生成错了。',
  }),
  TEMPLATE_OUTPUT_TOO_LARGE: entry<{ limit: number; what: 'runs' | 'chars' | 'time' }>({
    severity: 'error',
    title: '模板生成的内容过多',
    message: [
      '按这个模板渲染时',
      { select: 'what', cases: { runs: '渲染的块（每个 #each 条目、#if 分支、段落各算一次）', chars: '生成的字符数', time: '耗时（毫秒）' } },
      '超过了 %{limit} 的上限（多半是 #each 套在 #each 里），没有生成报告。',
    ],
    hint: '检查这一位置的 #each 是否嵌套过深，或遍历了不该遍历的列表（如 @root 下的全部记录）。',
  }),
  TEMPLATE_PARTIAL_RECURSION: entry<{ partial: string; chain: string }>({
    severity: 'error',
    title: '模板片段调用了自己',
    message: '模板片段“%{partial}”经由 %{chain} 又调用了自己，渲染时会无限循环。',
    hint: '片段（partial）不能直接或间接调用自己；请改写这一调用。',
  }),
  TEMPLATE_TEXT_OUTSIDE_BLOCK: entry<{ text: string }>({
    severity: 'error',
    title: '模板中有写在段落之外的文字',
    message: '“%{text}”写在了 {{#paragraph}}、{{#heading}} 等块之外，报告中不会出现。',
    hint: '把文字放进 {{#paragraph}}…{{/paragraph}} 里；只是注释的话，写成 {{!-- 注释 --}}。',
  }),
  // `context`: where the field was looked for; `label`: that field's Chinese label (for `field`).
  TEMPLATE_UNKNOWN_FIELD: entry<{ path: string; context: 'dataVariable' | 'parent' | 'field'; label?: string; suggestion: string }>({
    severity: 'error',
    title: '模板用了不存在的字段',
    message: ['模板用了字段“%{path}”，但', { select: 'context', cases: { dataVariable: '数据变量', parent: '上一层上下文', field: '“%{label}”' } }, '中没有这个字段。'],
    hint: [{ ifPresent: 'suggestion', then: '是不是“%{suggestion}”？' }, '可用的字段见 docs/templates.md“可用字段”。'],
  }),
  TEMPLATE_UNKNOWN_HELPER: entry<{ name: string; suggestion: string }>({
    severity: 'error',
    title: '模板用了不存在的辅助函数',
    message: '模板用了辅助函数“%{name}”，但没有这个辅助函数。',
    hint: [{ ifPresent: 'suggestion', then: '是不是“%{suggestion}”？' }, '可用的辅助函数见 docs/templates.md“可用辅助函数”。'],
  }),
  // A helper given the wrong number or kind of arguments (src/render/helpers/signatures.ts): found at load, at the tag.
  TEMPLATE_HELPER_ARGS: entry<{ name: string; problem: 'tooFew' | 'tooMany' | 'kind' | 'choice' | 'date' | 'whole' | 'unit' | 'option' | 'optionValue' | 'optionChoice'; index?: number; option?: string; expected?: string; given?: string; allowed?: string; usage: string }>({
    severity: 'error',
    title: '辅助函数的参数不对',
    message: [
      '辅助函数“%{name}”',
      {
        select: 'problem',
        cases: {
          tooFew: '缺少参数。',
          tooMany: '的参数多了。',
          kind: '的第 %{index} 个参数应为%{expected}，这里给的是%{given}。',
          choice: '的第 %{index} 个参数只能是 %{allowed}，这里写的是“%{given}”。',
          date: '的第 %{index} 个参数“%{given}”不是日期（应写成 2021-06-24 或 2021-06）。',
          whole: '的第 %{index} 个参数应为不小于 %{allowed} 的整数，这里写的是 %{given}。',
          unit: '的数字没有给单位：金额字段直接写，单纯的数字要在后面写单位。',
          option: '没有选项“%{option}”，可用的选项：%{allowed}。',
          optionValue: '的选项“%{option}”应为%{expected}，这里给的是%{given}。',
          optionChoice: '的选项“%{option}”只能是 %{allowed}，这里写的是“%{given}”。',
        },
      },
    ],
    hint: '写法：%{usage}。各辅助函数的参数见 docs/templates.md“可用辅助函数”。',
  }),
  TEMPLATE_UNKNOWN_PARTIAL: entry<{ name: string }>({
    severity: 'error',
    title: '模板引用了不存在的片段',
    message: '模板引用了片段“%{name}”，但 partials 中没有这个片段。',
    hint: '片段放在模板文件夹的 partials/ 下，文件名为“片段名.hbs”。',
  }),
  // `name`: the helper or block as written in the template.
  TEMPLATE_UNSUPPORTED: entry<{ what: TemplateConstruct; name?: string }>({
    severity: 'error',
    title: '模板用了不支持的写法',
    message: [
      '模板用了不支持的写法：',
      {
        select: 'what',
        cases: {
          notAHelper: '“%{name}”不能当作辅助函数调用',
          blockParams: '块参数（as |x|）',
          literalParam: '#%{name} 只能用于数据中的字段，不能用于字面量',
          subexpressionParam: '#%{name} 只能用于数据中的字段，不能用于子表达式 ( )',
          eachNotList: '#each 只能用于列表',
          notABlockHelper: '“%{name}”不是块辅助函数',
          dynamicPartial: '动态片段名',
          partialHash: '片段的命名参数',
          partialBlock: '片段块（{{#> }}）',
          decorator: '修饰器（decorator）',
        },
      },
      '。',
    ],
    hint: '为了能在加载时检查模板，模板只能用固定的字段名、片段名和辅助函数。',
  }),
  TEMPLATE_RENDER: entry<{ problem: 'missingField' | 'tooDeep' | 'misuse'; name?: string }>({
    severity: 'error',
    title: '模板渲染失败',
    message: [
      '模板渲染失败：',
      {
        select: 'problem',
        cases: {
          missingField: '字段“%{name}”不存在。',
          tooDeep: '模板嵌套或调用过深，渲染中止。',
          misuse: '模板在这里对数据的用法不对（例如对数字或文字取字段，或把辅助函数用在不适用的值上）。',
        },
      },
    ],
    hint: '检查这一位置用到的字段和辅助函数。',
  }),
  RECORD_NOT_PLACED: entry<{ record: string; counted: string }>({
    severity: 'warning',
    title: '记录没有写进报告',
    message: ['这条记录（%{record}）没有写进报告正文', { ifPresent: 'counted', then: '，只计入了“%{counted}”' }, '。'],
    hint: '检查记录的类别是否写对；使用自己的模板时，确认模板写到了这类记录。',
  }),

} as const;
