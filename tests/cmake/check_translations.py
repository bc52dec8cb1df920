"""Fails if a translation file has unfinished, empty or vanished entries.

Usage: check_translations.py FILE.ts [...]
Every <message> must carry a non-empty <translation> without a type attribute
(type="unfinished" is what lupdate writes for new strings; "vanished"/"obsolete" mark strings
no longer in the sources, which -no-obsolete should have dropped). Placeholders (%1, %n) and
keyboard accelerators (&X) in the source must survive in the translation.
"""
import re
import sys
import xml.etree.ElementTree as ET


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            count += 1
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            where = f"{name}: {source!r}"
            if tr is None:
                problems.append(f"no translation element: {where}")
                continue
            kind = tr.get("type")
            if kind:
                problems.append(f"{kind}: {where}")
                continue
            forms = [nf.text or "" for nf in tr.findall("numerusform")] or [tr.text or ""]
            for text in forms:
                if not text.strip():
                    problems.append(f"empty translation: {where}")
                for ph in set(re.findall(r"%\d|%n", source)):
                    if ph not in text:
                        problems.append(f"placeholder {ph} missing: {where}")
                if re.search(r"&[^&\s;]", source.replace("&amp;", "&")) and "&" not in text:
                    problems.append(f"accelerator missing: {where}")
    if count == 0:
        problems.append("no messages at all")
    return count, problems


def main():
    failed = False
    for path in sys.argv[1:]:
        count, problems = check(path)
        for p in problems:
            print(f"{path}: {p}")
        failed = failed or bool(problems)
        print(f"{path}: {count} messages, {len(problems)} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
