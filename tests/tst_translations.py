#!/usr/bin/env python3
"""Fails when a shipped translation is incomplete or out of step with the code.

Checks every translations/*.ts file for entries marked unfinished, vanished or obsolete, and for
empty translations. Then runs the project's own lupdate (the project file qt_add_lupdate wrote
for translations/CMakeLists.txt, same sources, include paths and options) over copies of the .ts
files in the build tree: any entry lupdate would add is a string in the code that is missing from
the .ts, any entry it would drop is one the code no longer has. The .ts files in the source tree
are never written.

A file named *_en.ts holds English plural forms only: it is checked with lupdate -pluralonly,
as translations/CMakeLists.txt updates it.

Fix by running `cmake --build build --target update_translations` and translating what is
unfinished (Qt Linguist, or by hand; translations/tools/apply_translations.py fills English).
"""

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SHOWN_PER_KIND = 15


def read_entries(ts_path):
    """Maps (context, source, comment) to the translation's state: "" when done, else a reason."""
    entries = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            if translation is None:
                entries[key] = "no translation"
                continue
            kind = translation.get("type", "")
            if kind:
                entries[key] = kind
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                empty = not forms or any(not form.strip() for form in forms)
            else:
                empty = not (translation.text or "").strip()
            entries[key] = "empty" if empty else ""
    return entries


def describe(key):
    context, source, comment = key
    text = f"{context}: {source!r}"
    return f"{text} ({comment})" if comment else text


def report(problems, ts_name, kind, keys):
    if not keys:
        return
    problems.append(f"{ts_name}: {len(keys)} {kind}")
    for key in sorted(keys)[:SHOWN_PER_KIND]:
        problems.append(f"    {describe(key)}")
    if len(keys) > SHOWN_PER_KIND:
        problems.append(f"    … and {len(keys) - SHOWN_PER_KIND} more")


def is_plurals_only(path):
    return path.name.endswith("_en.ts")


def run_lupdate(args, copies, extra_options=()):
    """Runs the project's lupdate over the copies; returns its unexpected warnings."""
    if not copies:
        return []
    project_json = args.work_dir / "project.json"
    subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project_json}",
                    "-P", str(args.generate_project)], check=True)
    result = subprocess.run(
        [args.lupdate, "-project", str(project_json), *args.options, *extra_options,
         "-ts", *[str(c) for c in copies]],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"tst_translations: lupdate failed ({result.returncode}):\n"
                 f"{result.stdout}{result.stderr}")
    # Expected: the copies given with -ts replace the project's own .ts files.
    return [line for line in result.stderr.splitlines()
            if line.strip() and "TS files from command line will override" not in line]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts-dir", type=Path, required=True)
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--project", type=Path, required=True,
                        help="the .cmake project file qt_add_lupdate generated")
    parser.add_argument("--generate-project", type=Path, required=True,
                        help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("options", nargs="*", help="lupdate options, after --")
    args = parser.parse_args()

    ts_files = sorted(args.ts_dir.glob("*.ts"))
    if not ts_files:
        sys.exit(f"tst_translations: no .ts files in {args.ts_dir}")
    if not args.project.is_file():
        sys.exit(f"tst_translations: {args.project} is missing (re-run cmake)")

    shutil.rmtree(args.work_dir, ignore_errors=True)
    args.work_dir.mkdir(parents=True)
    copies = []
    for ts in ts_files:
        copies.append(args.work_dir / ts.name)
        shutil.copyfile(ts, copies[-1])

    problems = []
    before = {}
    for ts in ts_files:
        before[ts.name] = read_entries(ts)
        by_state = {}
        for key, state in before[ts.name].items():
            if state:
                by_state.setdefault(state, []).append(key)
        for state, keys in sorted(by_state.items()):
            report(problems, ts.name, f"{state} entries", keys)

    warnings = run_lupdate(args, [c for c in copies if not is_plurals_only(c)])
    warnings += run_lupdate(args, [c for c in copies if is_plurals_only(c)], ["-pluralonly"])
    for copy in copies:
        after = read_entries(copy)
        old = before[copy.name]
        report(problems, copy.name, "strings in the code missing from the file",
               after.keys() - old.keys())
        report(problems, copy.name, "entries the code no longer has",
               old.keys() - after.keys())
        print(f"{copy.name}: {len(old)} entries, "
              f"{sum(1 for state in old.values() if not state)} translated; "
              f"lupdate finds {len(after)} strings in the code")
    if warnings:
        problems.append("lupdate warnings (strings it may have missed):")
        problems.extend(f"    {w}" for w in warnings)

    if problems:
        print("\n".join(problems))
        print("FAIL: run `cmake --build build --target update_translations`, then translate "
              "every unfinished entry.")
        return 1
    print("PASS: every translation is complete and matches the code.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
