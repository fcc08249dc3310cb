#!/usr/bin/env bash
# Checks that dependencies point one way (docs/architecture.md): inside the engine a folder includes only
# its own or lower folders (core < job < secrets < connectors < store < sync < schedule < extensions < run),
# the engine includes nothing outside itself, the CLI includes only the engine, and the desktop's layers
# point one way too (ui -> models -> engine, models in Qt Core only). Prints each violation
# as file:line and exits 1 if there is any.
set -euo pipefail
cd "$(dirname "$0")/.."

layers=(core job secrets connectors store sync schedule extensions run)
rank() {
    local i
    for i in "${!layers[@]}"; do [[ ${layers[$i]} == "$1" ]] && { echo "$i"; return; }; done
    echo -1
}

status=0
while IFS= read -r file; do
    folder=${file#app/engine/}
    folder=${folder%%/*}
    own=$(rank "$folder")
    if ((own < 0)); then
        echo "check-layers: $file: the folder '$folder' is not a known engine layer (${layers[*]})"
        status=1
        continue
    fi
    while IFS=: read -r line include; do
        dep=${include%%/*}
        [[ $include == */* ]] || continue # same folder
        r=$(rank "$dep")
        if ((r < 0)); then
            echo "check-layers: $file:$line: includes \"$include\", which is not part of the engine"
            status=1
        elif ((r > own)); then
            echo "check-layers: $file:$line: $folder/ includes \"$include\" from the higher layer $dep/"
            status=1
        fi
    done < <(grep -n '^#include "' "$file" | sed -E 's/^([0-9]+):#include "([^"]+)".*/\1:\2/')
done < <(find app/engine -name '*.h' -o -name '*.cpp' | sort)

# The CLI builds on the engine only (and its own files).
while IFS= read -r file; do
    while IFS=: read -r line include; do
        [[ $include == */* ]] || continue
        dep=${include%%/*}
        if (($(rank "$dep") < 0)); then
            echo "check-layers: $file:$line: the CLI includes \"$include\", which is not the engine's"
            status=1
        fi
    done < <(grep -n '^#include "' "$file" | sed -E 's/^([0-9]+):#include "([^"]+)".*/\1:\2/')
done < <(find app/cli -name '*.h' -o -name '*.cpp' | sort)

# No engine file reaches for Qt Gui or Widgets.
if grep -rnE '#include <(QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QIcon|QPixmap|QColor)' app/engine; then
    echo "check-layers: the engine must not use Qt Gui or Widgets"
    status=1
fi
# The desktop: ui -> models -> engine. Models use Qt Core only (a view can be tested without a display) and
# include no ui header; nothing in the engine or the CLI includes either.
if [[ -d models ]]; then
    if grep -rnE '#include <(QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QIcon|QPixmap|QColor|QFont|QBrush)' models; then
        echo "check-layers: models/ must use Qt Core only, not Qt Gui or Widgets"
        status=1
    fi
    for header in ui/*.h; do
        name=$(basename "$header")
        if grep -rn "#include \"$name\"" models app/engine app/cli; then
            echo "check-layers: $name is a ui/ header: models/, the engine and the CLI must not include it"
            status=1
        fi
    done
    for header in models/*.h; do
        name=$(basename "$header")
        if grep -rn "#include \"$name\"" app/engine app/cli; then
            echo "check-layers: $name is a models/ header: the engine and the CLI must not include it"
            status=1
        fi
    done
fi
((status == 0)) && echo "check-layers: dependencies point one way"
exit $status
