#!/usr/bin/env bash
# The project's one test command (README "Quick start"; .ci/run calls exactly this).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
dotnet test TipBot.sln --nologo -v quiet "$@"
