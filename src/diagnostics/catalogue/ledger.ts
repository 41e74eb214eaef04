/** The ledger workbook (工作台账.xlsx): reading it, its sheets, columns, rows and cells. */
import { entry } from './entry.js';

/** Why a workbook is not read: not a zip; damaged; not a workbook inside; encrypted; another spreadsheet format (.xls, .ods); a workbook named .yaml. */
export type LedgerUnreadable = 'notZip' | 'corrupt' | 'notWorkbook' | 'encrypted' | 'xls' | 'ods' | 'xlsb' | 'namedYaml';
export type LedgerBound = 'unzipped' | 'parts' | 'rows' | 'cells' | 'strings';
export type LedgerCellContent = 'unknown' | 'object';

export const LEDGER = {
  LEDGER_UNREADABLE: entry<{ cause: LedgerUnreadable }>({
    severity: 'error',
    title: '无法读取工作台账',
    message: [
      '无法读取这个工作台账：',
      {
        select: 'cause',
        cases: {
          notZip: '不是 .xlsx 文件（不是 zip 格式）',
          corrupt: '文件已损坏，无法解压',
          notWorkbook: '文件不是完整的 Excel 工作簿（.xlsx），可能已损坏，或是改了扩展名的其他文件',
          encrypted: '文件加了密码',
          xls: '这是旧的 Excel 97-2003 工作簿（.xls）或 WPS 表格（.et），也可能是加了密码的工作簿；本工具只读 Excel 工作簿（.xlsx）',
          xlsb: '这是 Excel 二进制工作簿（.xlsb）；本工具只读 Excel 工作簿（.xlsx）',
          ods: '这是 OpenDocument 表格（.ods，LibreOffice 或 WPS 存的格式）；本工具只读 Excel 工作簿（.xlsx）',
          namedYaml: '这是一个 Excel 工作簿，扩展名却是 .yaml 或 .yml，本工具按扩展名把它当作 YAML 文本',
          other: '文件已损坏',
        },
      },
      '。',
    ],
    hint: {
      select: 'cause',
      cases: {
        namedYaml: '工作台账请用 .xlsx 扩展名（如 台账.xlsx）；YAML 记录是文本，用记事本等编辑器写。',
        encrypted: '在 Excel 或 WPS 中去掉密码（文件→信息→保护工作簿），再保存为 .xlsx。',
        other: '用 Excel 或 WPS 打开后“另存为”，文件类型选“Excel 工作簿（*.xlsx）”；LibreOffice 选“Excel 2007-365（.xlsx）”。不要用记事本另存。',
      },
    },
  }),
  LEDGER_TOO_LARGE: entry<{ bound: LedgerBound; limit: number; part?: string }>({
    severity: 'error',
    title: '工作台账过大',
    message: [
      '这个工作台账',
      {
        select: 'bound',
        cases: {
          unzipped: '解压后的大小（字节）',
          parts: '包含的部件数',
          rows: '中一张工作表（%{part}）的行数',
          cells: '中一张工作表（%{part}）的格子数',
          strings: '中的不同文字数（共享字符串）',
        },
      },
      '超过了上限 %{limit}，不像是一年的工作台账，没有读它。',
    ],
    hint: '检查是否选错了文件；一年的台账通常只有几百 KB、每张表几十到几百行。多余的空行可以选中后整行删除。',
  }),
  LEDGER_SHEET_MISSING: entry<{ sheet: string; required: boolean }>({
    severity: 'warning',
    title: '工作台账缺少工作表',
    message: ['工作台账里没有“%{sheet}”工作表', { select: 'required', cases: { true: '，其中的必填项都读不到', other: '，这部分按没有记录处理' } }, '。'],
    hint: '不要改工作表的名称；如果删掉了，可以用 summary ledger 生成一本新台账，把这张表复制过来。',
  }),
  LEDGER_SHEET_UNKNOWN: entry<{ sheet: string; known: string }>({
    severity: 'warning',
    title: '工作台账有不认识的工作表',
    message: '工作表“%{sheet}”不是台账的工作表，里面的内容没有读入。',
    hint: '台账的工作表是：%{known}。如果这是改了名字的表，请改回原名。',
  }),
  LEDGER_HEADER_NOT_FOUND: entry<{ sheet: string }>({
    severity: 'error',
    title: '找不到表头',
    message: '工作表“%{sheet}”里有内容，但找不到表头行，不知道每一列是什么。',
    hint: '表头行（日期、类别……）不要删除；可以从 summary ledger 生成的新台账里复制表头过来。',
  }),
  LEDGER_COLUMN_EXTRA: entry<{ sheet: string; header: string; column: string }>({
    severity: 'warning',
    title: '台账里有自加的列',
    message: '工作表“%{sheet}”的 %{column} 列“%{header}”不是台账的列，这一列的内容没有写进总结。',
    hint: '自己用的列可以保留；如果这一列其实是台账的某一列，请把表头改回原来的名称。',
  }),
  LEDGER_COLUMN_TWICE: entry<{ sheet: string; header: string; first: string }>({
    severity: 'error',
    title: '同一列出现两次',
    message: '工作表“%{sheet}”里“%{header}”列出现了两次（另一次在 %{first} 列），不知道该用哪一列。',
    hint: '删去或改名其中一列。',
  }),
  LEDGER_ROW_EXTRA: entry<{ sheet: string; label: string }>({
    severity: 'warning',
    title: '台账里有不认识的行',
    message: '工作表“%{sheet}”中“%{label}”这一行不是台账的项目，填的内容没有写进总结。',
    hint: '项目名称不要改动；如果这是改过名的项目，请改回原名。',
  }),
  LEDGER_FORMULA_ERROR: entry<{ error: string }>({
    severity: 'error',
    title: '格子里是公式错误',
    message: '这个格子的公式算出了错误值 %{error}，没有可用的内容。',
    hint: '改正公式，或把公式换成直接填写的内容（复制后“选择性粘贴→数值”）。',
  }),
  LEDGER_FORMULA_NO_VALUE: entry({
    severity: 'error',
    title: '公式没有计算结果',
    message: '这个格子是公式，但文件里没有保存它的计算结果。',
    hint: '用 Excel 或 WPS 打开后保存一次（会算出结果），或把公式换成直接填写的内容。',
  }),
  LEDGER_CELL_UNREADABLE: entry<{ content: LedgerCellContent }>({
    severity: 'error',
    title: '读不懂这个格子',
    message: ['这个格子里是', { select: 'content', cases: { object: '图片、批注或其他对象', other: '无法识别的内容' } }, '，这一列读不了。'],
    hint: '直接在格子里填写文字或数字。',
  }),
  LEDGER_CELL_YAML: entry<{ line?: number }>({
    severity: 'error',
    title: '格子里的 YAML 写法有误',
    message: ['这个格子要用 YAML 写法，但读不通：', { ifPresent: 'line', then: '格子里第 %{line} 行附近的写法不对', else: '写法不对' }, '。'],
    hint: '参照 docs/data-format.md 的写法；不需要时把这一格清空。',
  }),
  LEDGER_OUTLINE_NO_CHAPTER: entry<{ sheet: string }>({
    severity: 'error',
    title: '提纲里的要点不属于任何部分',
    message: '“%{sheet}”表的这一行有要点，它和上面各行却都没有填“部分标题”“内置部分”或“部分代号”，不知道它属于报告的哪一部分。',
    hint: '在这一行或它上面的一行填上部分标题，或在“内置部分”里选一个部分（写法见 docs/ledger.md“提纲”）。',
  }),
  // `problem`: a 不写 row without a point; 并入上一点 on a chapter's first point; a chapter's or a point's value given twice, differently.
  LEDGER_OUTLINE_ROW: entry<{ sheet: string; problem: 'omitWithoutPoint' | 'mergeWithoutPrevious' | 'conflict'; header: string }>({
    severity: 'warning',
    title: '提纲的这一行没有照写',
    message: [
      '“%{sheet}”表的这一行',
      {
        select: 'problem',
        cases: {
          omitWithoutPoint: '选了“不写”，却没有选“%{header}”，不知道不写哪一点，这一行没有用上。',
          mergeWithoutPrevious: '选了“%{header}”，上面却没有同一部分的要点可以合并，这一行单独成为一点。',
          conflict: '的“%{header}”和这一部分（或这一点）前面几行填的不一样，只用前面填的。',
        },
      },
    ],
    hint: {
      select: 'problem',
      cases: {
        omitWithoutPoint: '在“要点”里选不写的那一点，或清空“不写”。',
        mergeWithoutPrevious: '把“并入上一点”改为“否”或清空；要合并的两点放在同一部分的相邻两行。',
        other: '一部分的部分标题、导语、写法只在它的第一行填；一点的小标题、正文写在这一点的第一行。要另起一部分时，填一个不同的部分标题。',
      },
    },
  }),
} as const;
