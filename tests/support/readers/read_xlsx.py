"""Read a .xlsx back with openpyxl, an independent reader, and print JSON.

Usage: /usr/bin/python3 read_xlsx.py FILE.xlsx
Prints, per sheet: its first two rows' values, whether row 1 and column A are
hidden, the frozen cell, each data validation (type, formula, range) and the
number format of cell A3.
"""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "by_sheet": {}}
for ws in wb.worksheets:
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=2)]
    out["by_sheet"][ws.title] = {
        "rows": [[v if isinstance(v, (str, int, float, bool)) or v is None else str(v) for v in r] for r in rows],
        "row1_hidden": bool(ws.row_dimensions[1].hidden),
        "colA_hidden": bool(ws.column_dimensions["A"].hidden),
        "frozen": ws.freeze_panes,
        "validations": [
            {"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref)}
            for dv in ws.data_validations.dataValidation
        ],
        "A3_format": ws["A3"].number_format,
    }
print(json.dumps(out, ensure_ascii=False))
