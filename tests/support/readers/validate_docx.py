#!/usr/bin/python3
"""Run the shared ECMA-376 validator (argv[1]) over .docx files (argv[2:]).

Our parts are written on one line, so the validator's "document.xml:1" says
little: a file that fails is validated again from a copy whose XML parts are
indented (lxml pretty_print; w:t text is untouched, as it holds no child
elements), and each error is printed with that line's text, so a failure
names the part, the line and the element. Exit 1 when any file fails.
"""
import importlib.util, os, sys, tempfile, zipfile
from lxml import etree

spec = importlib.util.spec_from_file_location("ooxml_validate", sys.argv[1])
v = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v)

def pretty_copy(path, out):
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(out, "w") as o:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith(".xml") or name.endswith(".rels"):
                data = etree.tostring(etree.fromstring(data), pretty_print=True, xml_declaration=True, encoding="UTF-8", standalone=True)
            o.writestr(name, data)

bad = 0
for f in sys.argv[2:]:
    errors = v.validate(f)
    if not errors:
        print(f"{f}: valid")
        continue
    bad += 1
    print(f"{f}: {len(errors)} schema error(s)")
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "pretty.docx")
        pretty_copy(f, copy)
        with zipfile.ZipFile(copy) as z:
            for e in v.validate(copy)[:20]:
                part, line = e.split(":")[0], e.split(":")[1]
                text = ""
                if line.isdigit() and part in z.namelist():
                    lines = z.read(part).decode("utf-8").splitlines()
                    text = lines[int(line) - 1].strip()[:160] if int(line) <= len(lines) else ""
                print(f"  {e}\n      at: {text}")
sys.exit(1 if bad else 0)
