#!/usr/bin/env python3
"""Checks docs/troubleshooting.md against the error categories in core/.

The categories are found in the code, not in a list kept here:
  * every `enum class` in core/ whose name ends in Error, ErrorKind, ErrorCategory or
    FailureCategory (fd::ErrorKind, fd::net::FailureCategory, fd::kube::KubeErrorCategory, ...):
    each enumerator except the "no error" ones (Ok, None) is one category;
  * the store's own failures: every sentence core/store/*.cpp translates.

The page has one section per type, whose heading names it in backticks
(`## Kubernetes API errors (`fd::kube::KubeErrorCategory`)`, `## Local database (`fd::store`)`),
and one table row per category whose first cell is the category (or, for the store, the sentence)
in backticks. Fails when the page misses a category, lists one that no longer exists, or has a
section for a type the code no longer has.
"""
import argparse
import pathlib
import re
import sys

ERROR_ENUM = re.compile(r"enum\s+class\s+(\w*(?:Error|ErrorKind|ErrorCategory|FailureCategory))\s*\{")
NOT_AN_ERROR = {"Ok", "None"}
STORE_SECTION = "fd::store"


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def namespace_at(text, pos):
    """The innermost `namespace a::b {` open at pos (core files use one per file)."""
    name = ""
    for m in re.finditer(r"\bnamespace\s+([\w:]+)\s*\{", text[:pos]):
        name = m.group(1)
    return name


def error_enums(core):
    enums = {}
    for path in sorted(core.rglob("*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        text = strip_comments(path.read_text(encoding="utf-8"))
        for m in ERROR_ENUM.finditer(text):
            body = text[m.end():text.index("}", m.end())]
            names = [e.split("=")[0].strip() for e in body.split(",")]
            names = {n for n in names if n and n not in NOT_AN_ERROR}
            qualified = "::".join(p for p in (namespace_at(text, m.start()), m.group(1)) if p)
            enums[qualified] = (names, path)
    return enums


TR_CALL = re.compile(r"\b(?:tr|translate)\s*\(\s*(?:\"fd::store\"\s*,\s*)?((?:\"(?:[^\"\\]|\\.)*\"\s*)+)")


def store_messages(core):
    messages = {}
    for path in sorted((core / "store").glob("*.cpp")):
        text = strip_comments(path.read_text(encoding="utf-8"))
        for m in TR_CALL.finditer(text):
            literal = "".join(re.findall(r"\"((?:[^\"\\]|\\.)*)\"", m.group(1)))
            literal = literal.replace('\\"', '"')
            if literal == "fd::store":
                continue
            messages[literal] = path
    return messages


def doc_sections(doc):
    sections = {}
    current = None
    for line in doc.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            m = re.search(r"`([\w:]+)`", line)
            current = m.group(1) if m else None
            if current:
                sections.setdefault(current, set())
            continue
        if current and line.startswith("| `"):
            cell = line[1:].split("|")[0].strip()
            sections[current].add(cell.strip("`"))
    return sections


def main():
    parser = argparse.ArgumentParser()
    root = pathlib.Path(__file__).resolve().parents[2]
    parser.add_argument("--core", type=pathlib.Path, default=root / "core")
    parser.add_argument("--doc", type=pathlib.Path, default=root / "docs" / "troubleshooting.md")
    args = parser.parse_args()

    code = {name: names for name, (names, _) in error_enums(args.core).items()}
    code[STORE_SECTION] = set(store_messages(args.core))
    if len(code) < 2 or not code[STORE_SECTION]:
        print("found no error categories in %s: is the path right?" % args.core)
        return 1
    page = doc_sections(args.doc)

    problems = []
    for name in sorted(code):
        if name not in page:
            problems.append("%s: no section on the page (a heading naming `%s`) for its %d "
                            "categories: %s" % (args.doc.name, name, len(code[name]),
                                                ", ".join(sorted(code[name]))))
            continue
        for missing in sorted(code[name] - page[name]):
            problems.append("%s: `%s` is missing from the section for %s" %
                            (args.doc.name, missing, name))
        for stale in sorted(page[name] - code[name]):
            problems.append("%s: `%s` is listed under %s but the code has no such category "
                            "(any more)" % (args.doc.name, stale, name))
    for name in sorted(set(page) - set(code)):
        problems.append("%s: the section for `%s` names a type the code does not have (any more)"
                        % (args.doc.name, name))

    total = sum(len(v) for v in code.values())
    for p in problems:
        print(p)
    print("%d types, %d categories checked; %d problems" % (len(code), total, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
