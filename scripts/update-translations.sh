#!/usr/bin/env bash
# Brings translations/ferry_*.ts up to date with the sources: new strings are added as unfinished (translate
# them with Qt Linguist, `linguist translations/ferry_fr.ts`, or in a text editor), strings gone from the
# sources are dropped. ferry_en.ts holds the English plural forms alone. Reads the folders the desktop's strings come from: the engine, app/desktop, models, ui.
#   scripts/update-translations.sh [TS_FILE...]    default: every translations/ferry_*.ts
# The same lupdate call is what check-translation-files.sh compares against.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=$(command -v lupdate || true)
[[ -n $lupdate ]] || lupdate=/usr/lib/qt6/bin/lupdate
[[ -x $lupdate ]] || { echo "update-translations: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }

files=("$@")
((${#files[@]} > 0)) || files=(translations/ferry_*.ts)
for ts in "${files[@]}"; do
    # English needs its plural forms only (%n job(s) → 1 job, 2 jobs).
    only=()
    [[ $(basename "$ts") == ferry_en.ts ]] && only=(-pluralonly)
    "$lupdate" -silent -no-obsolete -locations none "${only[@]}" app/engine app/desktop models ui -ts "$ts"
done
