#!/usr/bin/env bash
# Builds the Teams app package that a Teams admin uploads.
#   manifest/package.sh <app-id> <domain> <out.zip>
# <app-id>  the bot's Microsoft App ID (a GUID, from the Azure Bot registration)
# <domain>  the host name where the bot runs, e.g. tipbot.gemeente-voorbeeld.nl (no https://, no path)
# <out.zip> where to write the package
# Developer name and URLs come from the environment (or manifest/package.env, same names):
#   TIPBOT_DEVELOPER_NAME (default "TipBot"), TIPBOT_WEBSITE_URL (default https://<domain>/),
#   TIPBOT_PRIVACY_URL (default https://<domain>/privacy.html), TIPBOT_TERMS_URL (default https://<domain>/terms.html)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

usage() {
  echo "usage: manifest/package.sh <app-id (GUID)> <domain (host name, no https://)> <out.zip>${1:+ — $1}" >&2
  exit 2
}

[ $# -eq 3 ] || usage "expected 3 arguments, got $#"
app_id="$1"; domain="$2"; out="$3"

[[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]] \
  || usage "app-id '$app_id' is not a GUID"
[[ "$domain" =~ ^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}(:[0-9]{1,5})?$ || "$domain" =~ ^localhost(:[0-9]{1,5})?$ ]] \
  || usage "domain '$domain' is not a host name (leave out https:// and any path)"
[[ "$out" == *.zip ]] || usage "out '$out' must end in .zip"
out_dir="$(dirname "$out")"
[ -d "$out_dir" ] || usage "folder '$out_dir' does not exist"
command -v zip >/dev/null 2>&1 || { echo "package.sh: the 'zip' program is needed (apt-get install zip)" >&2; exit 1; }

if [ -f "$here/package.env" ]; then
  # shellcheck disable=SC1091
  set -a; . "$here/package.env"; set +a
fi
host="${domain%%:*}"
developer_name="${TIPBOT_DEVELOPER_NAME:-TipBot}"
website_url="${TIPBOT_WEBSITE_URL:-https://$domain/}"
privacy_url="${TIPBOT_PRIVACY_URL:-https://$domain/privacy.html}"
terms_url="${TIPBOT_TERMS_URL:-https://$domain/terms.html}"
for url in "$website_url" "$privacy_url" "$terms_url"; do
  [[ "$url" =~ ^https://[^\"\\[:space:]]+$ ]] || usage "'$url' is not an https:// URL"
done
[[ "$developer_name" =~ ^[^\"\\]{1,32}$ ]] || usage "TIPBOT_DEVELOPER_NAME must be 1-32 characters without quotes or backslashes"

manifest="$(<"$here/manifest.template.json")"
manifest="${manifest//\{\{APP_ID\}\}/$app_id}"
manifest="${manifest//\{\{DOMAIN\}\}/$host}"
manifest="${manifest//\{\{DEVELOPER_NAME\}\}/$developer_name}"
manifest="${manifest//\{\{WEBSITE_URL\}\}/$website_url}"
manifest="${manifest//\{\{PRIVACY_URL\}\}/$privacy_url}"
manifest="${manifest//\{\{TERMS_URL\}\}/$terms_url}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%s\n' "$manifest" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"
out_abs="$(cd "$out_dir" && pwd)/$(basename "$out")"
rm -f "$out_abs"
(cd "$work" && zip -q -X "$out_abs" manifest.json color.png outline.png)
echo "wrote $out"
