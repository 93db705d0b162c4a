// Validates a Teams app manifest against Microsoft's schema, bundled in @microsoft/app-manifest
// (no network). Usage: node validate-manifest.js <manifest.json>. Exit 0 = valid, 1 = errors (printed).
const fs = require('fs');
const { AppManifestUtils } = require('@microsoft/app-manifest');

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node validate-manifest.js <manifest.json>');
    process.exit(2);
  }
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  if (errors.length > 0) {
    for (const e of errors) console.log(e);
    process.exit(1);
  }
  console.log(`valid against ${manifest.$schema}`);
}

main().catch((e) => { console.error(e.message); process.exit(3); });
