#!/usr/bin/env bash
# Writes the memory of earlier answered questions (`memory` verb, QuestionMemory) from the open check sets that
# scripts/question-memory-sets.txt names (never a sealed one), each read on its own library.
# Usage: scripts/question-memory.sh OUT_FILE [EACH_DIR]   (from the repository root, after `dotnet build -c Release indexer`).
# The shipped memory: scripts/question-memory.sh indexer/TipBot.Indexer/Search/Vocabulary/question-memory.txt
# EACH_DIR gets one memory per library without that library's questions, for the leave-one-library-out reading
# (MEMORY_EACH=EACH_DIR scripts/eval-all.sh OUT; docs/eval.md).
set -euo pipefail
out=${1:?usage: question-memory.sh OUT_FILE [EACH_DIR]}
args=(memory --sets scripts/question-memory-sets.txt --out "$out")
if [ -n "${2:-}" ]; then args+=(--each "$2"); fi
dotnet indexer/bin/Release/net10.0/tipbot-indexer.dll "${args[@]}"
