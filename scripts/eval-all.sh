#!/usr/bin/env bash
# Runs `eval --json` on every open evaluation set (every tests/eval/*.tsv but the sealed ones, as
# scripts/question-memory-sets.txt lists them with their libraries) with one Release build and writes one file per set,
# named after the set.
# Usage: scripts/eval-all.sh OUT_DIR [REPO_ROOT]   (REPO_ROOT defaults to the current directory; build it first with
# `dotnet build -c Release indexer`). Compare two builds with `diff -r OUT_A OUT_B`, or read the blind libraries'
# leave-one-library-out with scripts/blind-loo.py. With FEATURES=1 in the environment each set also gets OUT_DIR/SET.jsonl,
# its questions' leading candidates as the ranking saw them (`eval --features`, read by scripts/ltr.py). With MEMORY_EACH=DIR
# each set is run with the memory of earlier questions DIR/LIBRARY.txt, its library's folder name, written without that
# library's questions (`scripts/question-memory.sh OUT DIR`): the leave-one-library-out reading of the memory.
set -euo pipefail
out=${1:?usage: eval-all.sh OUT_DIR [REPO_ROOT]}
root=${2:-.}
dll="$root/indexer/bin/Release/net10.0/tipbot-indexer.dll"
mkdir -p "$out"
run() { # name knowledge queries
  local features=()
  if [ "${FEATURES:-}" = 1 ]; then features=(--features "$out/$1.jsonl"); fi
  if [ -n "${MEMORY_EACH:-}" ]; then features+=(--memory "$MEMORY_EACH/$(basename "$2").txt"); fi
  dotnet "$dll" eval --knowledge "$root/$2" --queries "$root/$3" --json "${features[@]}" > "$out/$1.json" < /dev/null
}
# The open sets and their libraries: the list the memory of earlier questions is learned from, so the two never differ.
while IFS=$'\t' read -r folder set; do
  case "$folder" in ''|'#'*) continue;; esac
  run "$(basename "$set" .tsv)" "$folder" "$set"
done < "$(dirname "$0")/question-memory-sets.txt"
