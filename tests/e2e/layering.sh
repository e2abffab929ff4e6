#!/usr/bin/env bash
# The layering of src/ (README, "Layering"): each folder includes only folders below it in the
# pipeline order; nothing below src/cli prints (warnings go through callbacks); the command
# structs of src/cli hold the options (no function-local statics). Reads the sources only.
# Run from the repo root: bash tests/e2e/layering.sh GAZETTE (the binary is not used)
set -u
. tests/e2e/lib/assert.bash

# Lowest first: a folder may include itself and any folder before it.
order=(util model grammar io normalize segment extract xref diff export pipeline store cli)
rank() { local i; for i in "${!order[@]}"; do [ "${order[$i]}" = "$1" ] && echo "$i" && return; done; echo -1; }

for dir in src/*/; do
  folder=$(basename "$dir")
  mine=$(rank "$folder")
  [ "$mine" -ge 0 ] && ok || { bad "src/$folder is not in the layering order (README, Layering)"; continue; }
  while IFS=: read -r file line used; do
    theirs=$(rank "$used")
    [ "$theirs" -ge 0 ] && [ "$theirs" -le "$mine" ] && ok || bad "$file:$line: src/$folder includes src/$used"
  done < <(grep -nE '^#include "[a-z_]+/' -r "$dir" | sed -E 's|^([^:]*):([0-9]+):#include "([a-z_]+)/.*|\1:\2:\3|')
done

# Only the command line prints: the library reports through Status, findings and callbacks.
printing=$(grep -rnE 'std::(cerr|cout|clog)|\b(f?printf|puts)\(' src --include=*.cpp --include=*.hpp | grep -v '^src/cli/')
[ -z "$printing" ] && ok || bad "printing below src/cli: $printing"

# The command line keeps each command's options in its command struct, not in statics.
statics=$(grep -rnE '^\s+static\s' src/cli)
[ -z "$statics" ] && ok || bad "function-local statics in src/cli: $statics"

finish layering
