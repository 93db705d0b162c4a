#!/usr/bin/env bash
# Takes Microsoft's Web Chat bundle from its npm package (no CDN at run time) into the bot's wwwroot.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="4.18.1"
target="$root/bot/wwwroot/lib/webchat.js"
marker="$root/bot/wwwroot/lib/webchat.version"
if [ -f "$target" ] && [ "$(cat "$marker" 2>/dev/null)" = "$version" ]; then
  exit 0
fi
echo "setup: fetching botframework-webchat@$version bundle"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "botframework-webchat@$version" --silent >/dev/null)
tar -xzf "$tmp"/botframework-webchat-*.tgz -C "$tmp" package/dist/webchat.js
mkdir -p "$(dirname "$target")"
cp "$tmp/package/dist/webchat.js" "$target"
echo "$version" > "$marker"
