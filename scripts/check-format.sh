#!/usr/bin/env bash
# Fails when a C++ file of the product (app/ api/ models/ ui/) or of the tests is not formatted the way .clang-format
# says. scripts/test.sh runs it before building, so CI stops at the first unformatted line. Fix with
#     clang-format -i <file>            (clang-format-14 when plain clang-format is not installed)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

formatter=""
for candidate in clang-format clang-format-14; do
    if command -v "$candidate" >/dev/null 2>&1; then
        formatter=$candidate
        break
    fi
done
if [ -z "$formatter" ]; then
    echo "error: clang-format not found (scripts/deps.sh installs it)" >&2
    exit 1
fi

dirs=(app api models ui tests)
files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and new (not ignored) files, so a file not yet committed is checked too.
    while IFS= read -r -d '' f; do
        [ -f "$f" ] && files+=("$f")
    done < <(git ls-files -z --cached --others --exclude-standard -- "${dirs[@]}" | grep -zE '\.(cpp|h)$')
else
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <(find "${dirs[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) -print0)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "error: no C++ files found under ${dirs[*]}" >&2
    exit 1
fi

if ! "$formatter" --dry-run -Werror "${files[@]}"; then
    echo "error: the files above are not formatted by .clang-format; run: $formatter -i <file>" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted by .clang-format ($formatter)"
