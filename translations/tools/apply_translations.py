#!/usr/bin/env python3
"""Fill translations/bindlab_{de,zh_CN}.ts from strings_table.py and every strings_*.py, and the
plural forms of translations/bindlab_en.ts from the source texts themselves.

strings_table.py holds the translations of the strings that exist; a change that adds strings
may bring its own strings_<topic>.py (same TABLE format), so parallel work never edits one list.

Usage (from the repository root, after lupdate):
    python3 translations/tools/apply_translations.py [--check]

Every message is looked up by (context, source).  A message without an entry is
left untouched (and reported); a translated message loses type="unfinished".
Placeholders (%1..%99, %n) of every translation/numerus form are checked against
the source.  Re-run lupdate afterwards to normalise the formatting.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import glob  # noqa: E402
import importlib  # noqa: E402

TABLE = []
for _path in sorted(glob.glob(os.path.join(HERE, 'strings_*.py'))):
    TABLE += importlib.import_module(os.path.basename(_path)[:-3]).TABLE

TS_DIR = os.path.dirname(HERE)
FILES = {'de': os.path.join(TS_DIR, 'bindlab_de.ts'),
         'zh': os.path.join(TS_DIR, 'bindlab_zh_CN.ts')}
NFORMS = {'de': 2, 'zh': 1}

PH = re.compile(r'%(\d+|n)')


def placeholders(s):
    return sorted(set(PH.findall(s)))


def accel(s):
    # '&&' is a literal ampersand, anything else after '&' is an accelerator
    return len(re.findall(r'&(?!&)', s.replace('&&', '')))


# English forms that are not just the source without, and with, the letters in parentheses.
ENGLISH_FORMS = {
    '%n address(es) differ from the prediction; see the evidence.':
        ['%n address differs from the prediction; see the evidence.',
         '%n addresses differ from the prediction; see the evidence.'],
}


def english_forms(src):
    """'%n byte(s)' -> ['%n byte', '%n bytes']: singular and plural."""
    if src in ENGLISH_FORMS:
        return ENGLISH_FORMS[src]
    return [re.sub(r'\((e?s)\)', '', src), re.sub(r'\((e?s)\)', r'\1', src)]


def fill_english(path, check_only):
    """bindlab_en.ts holds the numerus messages only (lupdate -pluralonly)."""
    if not os.path.exists(path):
        return 0
    tree = ET.parse(path)
    done = 0
    for msg in tree.getroot().iter('message'):
        if msg.get('numerus') != 'yes':
            continue
        src = msg.find('source').text or ''
        tr = msg.find('translation')
        for o in tr.findall('numerusform'):
            tr.remove(o)
        tr.text = None
        for f in english_forms(src):
            ET.SubElement(tr, 'numerusform').text = f
        tr.attrib.pop('type', None)
        done += 1
    print(f'[en] {done} plural messages')
    if not check_only:
        write_ts(tree, path)
    return done


def write_ts(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(body)
        fh.write('\n')


def main():
    check_only = '--check' in sys.argv
    fill_english(os.path.join(TS_DIR, 'bindlab_en.ts'), check_only)
    table = {}
    for ctx, src, de, zh in TABLE:
        key = (ctx, src)
        if key in table:
            sys.exit(f'duplicate table entry: {key!r}')
        table[key] = {'de': de, 'zh': zh}
    problems = 0
    used = set()
    for lang, path in FILES.items():
        tree = ET.parse(path)
        done = missing = 0
        for ctx in tree.getroot().iter('context'):
            cname = ctx.find('name').text
            for msg in ctx.iter('message'):
                src = msg.find('source').text or ''
                tr = msg.find('translation')
                numerus = msg.get('numerus') == 'yes'
                entry = table.get((cname, src))
                if entry is None:
                    if tr.get('type') == 'unfinished':
                        missing += 1
                        print(f'[{lang}] MISSING {cname}: {src!r}')
                    continue
                used.add((cname, src))
                text = entry[lang]
                forms = text if isinstance(text, list) else [text]
                if numerus != isinstance(text, list):
                    print(f'[{lang}] numerus mismatch {cname}: {src!r}')
                    problems += 1
                    continue
                if numerus and len(forms) != NFORMS[lang]:
                    print(f'[{lang}] need {NFORMS[lang]} forms: {src!r}')
                    problems += 1
                for f in forms:
                    if placeholders(f) != placeholders(src):
                        print(f'[{lang}] placeholders {placeholders(src)} vs '
                              f'{placeholders(f)}: {src!r} -> {f!r}')
                        problems += 1
                    if accel(f) != accel(src):
                        print(f'[{lang}] accelerator count: {src!r} -> {f!r}')
                        problems += 1
                    if src.count('\n') != f.count('\n') or src.count('\t') != f.count('\t'):
                        print(f'[{lang}] newline/tab count: {src!r} -> {f!r}')
                        problems += 1
                    if f.strip() == '' or f != f.rstrip() and src == src.rstrip():
                        print(f'[{lang}] empty/trailing-space translation: {src!r}')
                        problems += 1
                    if src.startswith(' ') != f.startswith(' ') or src.startswith('  ') != f.startswith('  '):
                        print(f'[{lang}] leading spaces differ: {src!r} -> {f!r}')
                        problems += 1
                if numerus:
                    old = tr.findall('numerusform')
                    for o in old:
                        tr.remove(o)
                    tr.text = None
                    for f in forms:
                        e = ET.SubElement(tr, 'numerusform')
                        e.text = f
                else:
                    for o in list(tr):
                        tr.remove(o)
                    tr.text = text
                if 'type' in tr.attrib:
                    del tr.attrib['type']
                done += 1
        print(f'[{lang}] {done} translated, {missing} missing')
        if not check_only:
            write_ts(tree, path)
    unused = set(table) - used
    for k in sorted(unused):
        print(f'unused table entry (string gone from the sources?): {k!r}')
    if problems:
        sys.exit(f'{problems} problem(s)')


if __name__ == '__main__':
    main()
