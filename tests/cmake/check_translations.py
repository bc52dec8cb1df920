"""Fails if a translation file has unfinished, empty or vanished entries.

Usage: check_translations.py [--lupdate LUPDATE --sources DIR [DIR ...] --] FILE.ts [...]

With --lupdate, each .ts file is first refreshed into a temporary copy from the given source
directories (as the update_translations target does), so a tr() string added to the sources
without a Korean translation fails the check even if nobody ran lupdate. Files named *_en.ts are
refreshed with -pluralonly: English translates only the %n plural messages.
Every <message> must carry a non-empty <translation> without a type attribute
(type="unfinished" is what lupdate writes for new strings; "vanished"/"obsolete" mark strings
no longer in the sources). The refresh keeps obsolete entries, so a translation whose source
string changed or went away fails as "vanished" until it is removed from the file. Placeholders (%1, %n) and
keyboard accelerators (&X) in the source must survive in the translation.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
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


def refreshed_copy(lupdate, sources, path, workdir):
    """Runs lupdate over the sources into a copy of path; returns the copy's path."""
    copy = os.path.join(workdir, os.path.basename(path))
    shutil.copyfile(path, copy)
    # The English file holds plural forms only ("%n cluster(s)" → "1 cluster" / "2 clusters").
    plural_only = ["-pluralonly"] if os.path.basename(path).endswith("_en.ts") else []
    cmd = [lupdate, *plural_only, "-locations", "none", "-extensions", "cpp,h",
           *sources, "-ts", copy]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"lupdate failed ({run.returncode}):\n{run.stdout}{run.stderr}")
    return copy


def main():
    args = sys.argv[1:]
    lupdate, sources = None, []
    if args and args[0] == "--lupdate":
        lupdate = args[1]
        end = args.index("--")
        sources = args[3:end] if args[2] == "--sources" else []
        args = args[end + 1:]
    failed = False
    workdir = tempfile.mkdtemp(prefix="check_translations-")
    for original in args:
        path = refreshed_copy(lupdate, sources, original, workdir) if lupdate else original
        count, problems = check(path)
        for p in problems:
            print(f"{original}: {p}")
        failed = failed or bool(problems)
        print(f"{original}: {count} messages, {len(problems)} problems")
    shutil.rmtree(workdir, ignore_errors=True)
    if failed and lupdate:
        print("Add the missing translations: cmake --build <build dir> --target "
              "update_translations, then translate the unfinished entries in Qt Linguist; "
              "delete vanished entries (their source strings are gone).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
