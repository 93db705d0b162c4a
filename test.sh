#!/usr/bin/env bash
# The project's one test command (README "Quick start"; .ci/run calls exactly this).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
# The storage suite runs every case on PostgreSQL too; it fails (not skips) without this.
export TIPBOT_TEST_POSTGRES="${TIPBOT_TEST_POSTGRES:-$(bash scripts/postgres.sh)}"
# The console logger at "minimal" prints each failing test's message and stack, which "-v quiet" alone hides.
dotnet test TipBot.sln --nologo -v quiet --logger "console;verbosity=minimal" "$@"
