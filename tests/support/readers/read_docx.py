"""Read a .docx back with python-docx, an independent reader, and print JSON.

Usage: /usr/bin/python3 read_docx.py FILE.docx
Prints: core properties, every paragraph (style name, outline level of its
style, text, first run's fonts and size), tables (cell text), section page
size and margins in twips.
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def style_outline_level(style):
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None:
            lvl = ppr.find(qn("w:outlineLvl"))
            if lvl is not None:
                return int(lvl.get(qn("w:val")))
        style = style.base_style
    return None


def run_fonts(run):
    rpr = run._element.rPr
    fonts = rpr.rFonts if rpr is not None else None
    if fonts is None:
        return None
    return {k: fonts.get(qn("w:" + k)) for k in ("ascii", "hAnsi", "eastAsia")}


def style_fonts(style):
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None and rpr.rFonts is not None:
            f = rpr.rFonts
            return {k: f.get(qn("w:" + k)) for k in ("ascii", "hAnsi", "eastAsia")}
        style = style.base_style
    return None


def main(path):
    d = docx.Document(path)
    paragraphs = []
    for p in d.paragraphs:
        paragraphs.append(
            {
                "style": p.style.name if p.style is not None else None,
                "outlineLevel": style_outline_level(p.style),
                "text": p.text,
                "runFonts": run_fonts(p.runs[0]) if p.runs else None,
                "styleFonts": style_fonts(p.style),
                "styleSizePt": p.style.font.size.pt if p.style is not None and p.style.font.size else None,
            }
        )
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
    s = d.sections[0]
    out = {
        "title": d.core_properties.title,
        "author": d.core_properties.author,
        "created": d.core_properties.created.isoformat() if d.core_properties.created else None,
        "paragraphs": paragraphs,
        "tables": tables,
        "section": {
            "pageWidth": s.page_width.twips if s.page_width else None,
            "pageHeight": s.page_height.twips if s.page_height else None,
            "top": s.top_margin.twips if s.top_margin else None,
            "bottom": s.bottom_margin.twips if s.bottom_margin else None,
            "left": s.left_margin.twips if s.left_margin else None,
            "right": s.right_margin.twips if s.right_margin else None,
            "evenAndOdd": d.settings.odd_and_even_pages_header_footer,
        },
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
