#!/usr/bin/env bash
# Checks that every translatable string can be translated: runs lupdate over the sources and fails when a
# context lupdate writes is not one the program looks up at run time (a tr() whose class lupdate cannot
# see, a helper function that calls translate() with another context), or when lupdate warns about a tr()
# call it cannot place. Contexts used at run time: Q_DECLARE_TR_FUNCTIONS(…) arguments, translate("…")
# and QT_TRANSLATE_NOOP("…") contexts, and Q_OBJECT classes (by their qualified name).
#   scripts/check-translations.sh [DIR...]    default: app ui models (those that exist)
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=$(command -v lupdate || true)
[[ -n $lupdate ]] || lupdate=/usr/lib/qt6/bin/lupdate
[[ -x $lupdate ]] || { echo "check-translations: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }

dirs=("$@")
if ((${#dirs[@]} == 0)); then
    for d in app ui models; do [[ -d $d ]] && dirs+=("$d"); done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$lupdate" -silent -no-obsolete "${dirs[@]}" -ts "$work/all.ts" >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log" >&2
    exit 1
}
status=0
if grep -E "lacks Q_OBJECT|Cannot invoke|Discarding unconsumed" "$work/lupdate.log"; then
    echo "check-translations: lupdate cannot tell the context of the tr() calls above"
    status=1
fi

# Contexts looked up at run time.
find "${dirs[@]}" -name '*.cpp' -o -name '*.h' >"$work/files"
{
    xargs grep -ohE 'Q_DECLARE_TR_FUNCTIONS\(\s*[A-Za-z_:]+\s*\)' <"$work/files" |
        sed -E 's/Q_DECLARE_TR_FUNCTIONS\(\s*([A-Za-z_:]+)\s*\)/\1/'
    xargs grep -ohE '(translate|QT_TRANSLATE_NOOP[0-9]?)\(\s*"[^"]+"' <"$work/files" | sed -E 's/.*\(\s*"([^"]+)"/\1/'
    # Q_OBJECT classes: the innermost "namespace X {" of the file, then the class name.
    while IFS= read -r f; do
        ns=$(grep -oE '^namespace [A-Za-z_:]+ \{' "$f" | tail -n1 | sed -E 's/namespace ([A-Za-z_:]+) \{/\1/')
        awk '/^(class|struct) [A-Za-z_]+/ { name=$2 } /Q_OBJECT/ { if (name != "") print name }' "$f" |
            sed -E "s/^/${ns:+$ns::}/"
    done < <(xargs grep -l 'Q_OBJECT' <"$work/files")
} | sort -u >"$work/runtime"

grep -oE '<name>[^<]*</name>' "$work/all.ts" | sed -E 's#</?name>##g' | sort -u >"$work/extracted"
if unknown=$(comm -23 "$work/extracted" "$work/runtime") && [[ -n $unknown ]]; then
    for c in $unknown; do
        echo "check-translations: lupdate files strings under '$c', a context never looked up at run time:"
        awk -v c="$c" '/<name>/ { in_ctx = ($0 ~ "<name>" c "</name>") } in_ctx && /<location/ { print "    " $0 }' \
            "$work/all.ts" | head -n 5
    done
    status=1
fi
count=$(grep -c '<message' "$work/all.ts" || true)
((status == 0)) && echo "check-translations: $count strings in $(wc -l <"$work/extracted") contexts, all looked up at run time"
exit $status
