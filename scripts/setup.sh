#!/usr/bin/env bash
# Installs what the tests and the web chat page need; idempotent and quick when all is present.
# - Debian's chromium (browser tests; never a downloaded browser) and zip (the Teams package)
# - Debian's wdutch, the Dutch word list the English list's keys are checked against (EnglishListDutchWordTests)
# - the npm test peers in tests/peers (pinned in package-lock.json)
# - Microsoft's Web Chat bundle, taken from the npm package, served locally by the bot
# - a throw-away PostgreSQL on 127.0.0.1 (scripts/postgres.sh) for the storage suite's Postgres runs
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v zip >/dev/null 2>&1 || missing+=(zip)
[ -f /usr/share/dict/dutch ] || missing+=(wdutch)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

peers="$root/tests/peers"
stamp="$peers/node_modules/.tipbot-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$peers/package-lock.json" "$stamp"; then
  echo "setup: installing npm test peers"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$peers/package-lock.json" "$stamp"
fi

bash "$root/scripts/webchat-bundle.sh"
bash "$root/scripts/postgres.sh" >/dev/null
