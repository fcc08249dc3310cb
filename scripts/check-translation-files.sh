#!/usr/bin/env bash
# Fails when translations/ferry_*.ts are behind the sources or incomplete: runs lupdate (as
# update-translations.sh does) into a copy of each file and compares, then checks every entry: none
# unfinished or empty, every plural form given, the placeholders (%1, %n) of the source kept, and a
# keyboard accelerator (&) kept where the source has one. Names each entry at fault.
#   scripts/check-translation-files.sh [TS_FILE...]    default: every translations/ferry_*.ts
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=$(command -v lupdate || true)
[[ -n $lupdate ]] || lupdate=/usr/lib/qt6/bin/lupdate
[[ -x $lupdate ]] || { echo "check-translation-files: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }
python=$(command -v python3 || true)
[[ -n $python ]] || { echo "check-translation-files: python3 not found (apt-get install python3)" >&2; exit 1; }

files=("$@")
((${#files[@]} > 0)) || files=(translations/ferry_*.ts)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ts in "${files[@]}"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    only=()
    [[ $(basename "$ts") == ferry_en.ts ]] && only=(-pluralonly)
    "$lupdate" -silent -no-obsolete -locations none "${only[@]}" app/engine app/desktop models ui -ts "$copy" >"$work/log" 2>&1 ||
        { cat "$work/log" >&2; exit 1; }
    if ! diff -u "$ts" "$copy" >"$work/diff"; then
        echo "check-translation-files: $ts is behind the sources (run scripts/update-translations.sh, then translate):"
        grep -E '^[-+] ' "$work/diff" | grep -E '<source>|<name>' | head -n 20
        status=1
    fi
    "$python" - "$copy" "$ts" <<'PY' || status=1
import re, sys
import xml.etree.ElementTree as ET

path, shown = sys.argv[1], sys.argv[2]
root = ET.parse(path).getroot()
language = root.get("language", "")
forms = {"en": 2, "fr": 2, "de": 2}.get(language.split("_")[0])
problems = []

def placeholders(text):
    return sorted(set(re.findall(r"%(?:L?[1-9]|n)", text)))

def accelerator(text):
    # A single & before a character (&& is a literal ampersand); rich text entities are not accelerators.
    stripped = re.sub(r"&(amp|lt|gt|quot|apos|nbsp|#\d+);", "", text).replace("&&", "")
    return re.search(r"&\S", stripped) is not None

count = 0
for context in root.iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        count += 1
        source = message.findtext("source") or ""
        where = f"{shown}: {name}: {source[:70]!r}"
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "missing", "vanished", "obsolete"):
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in tr.iter("numerusform")]
            if forms is not None and len(texts) != forms:
                problems.append(f"{where}: {len(texts)} plural forms, {language} has {forms}")
        else:
            texts = [tr.text or ""]
        for i, t in enumerate(texts):
            expected = placeholders(source)
            if i < len(texts) - 1 and "%n" not in t:
                # A singular form may say "the last run" rather than "1 run"; the last form must have %n.
                expected = [p for p in expected if p != "%n"]
            if not t.strip():
                problems.append(f"{where}: empty translation")
            elif placeholders(t) != expected:
                problems.append(f"{where}: placeholders {placeholders(t)} instead of {placeholders(source)}")
            elif accelerator(source) and not accelerator(t):
                problems.append(f"{where}: the accelerator (&) is missing")
for p in problems:
    print("check-translation-files: " + p)
if problems:
    sys.exit(1)
print(f"check-translation-files: {shown}: {count} strings ({language}), all translated")
PY
done
exit $status
