#!/usr/bin/env python3
"""Check translations/*.ts: no unfinished/obsolete entries, placeholders (%N, %n)
of every translation (each numerus form) equal to those of the source, numerus
form count per language, one accelerator where the source has one, same number
of line breaks and tabs."""
import re
import sys
import xml.etree.ElementTree as ET

PH = re.compile(r'%(\d+|n)')
NFORMS = {'de': 2, 'zh': 1}
bad = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    lang = root.get('language', '')[:2]
    n = 0
    for ctx in root.iter('context'):
        cname = ctx.find('name').text
        for m in ctx.iter('message'):
            n += 1
            src = m.find('source').text or ''
            tr = m.find('translation')
            def err(why):
                global bad
                bad += 1
                print(f'{path}: {cname}: {src!r}: {why}')
            if tr.get('type'):
                err(f'type={tr.get("type")}')
            forms = [f.text or '' for f in tr.findall('numerusform')] \
                if m.get('numerus') == 'yes' else [tr.text or '']
            if m.get('numerus') == 'yes' and len(forms) != NFORMS.get(lang, len(forms)):
                err(f'{len(forms)} numerus forms')
            for f in forms:
                if not f.strip():
                    err('empty')
                if set(PH.findall(f)) != set(PH.findall(src)):
                    err(f'placeholders {sorted(set(PH.findall(f)))}')
                a = lambda s: len(re.findall(r'&(?!&)', s.replace('&&', '')))
                if a(f) != a(src):
                    err('accelerator')
                for ch in '\n\t':
                    if f.count(ch) != src.count(ch):
                        err(f'count of {ch!r}')
    print(f'{path}: {n} messages checked')
sys.exit(1 if bad else 0)
