#!/usr/bin/env node
// Type-checks Slack messages against Slack's own TypeScript types (@slack/types KnownBlock, and
// @slack/web-api's ChatPostMessageArguments / ChatUpdateArguments, @slack/bolt's RespondArguments) with the
// TypeScript compiler in strict mode.
// Input (stdin): a JSON array of message bodies: chat.postMessage {channel, text, blocks, thread_ts}, chat.update
// (with ts) or a response_url answer (with response_type, without channel), each checked as its own kind.
// Output: one line per problem. Exit code 0 when all type-check, 1 when any does not, 2 on unusable input.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  let messages;
  try {
    messages = JSON.parse(input);
  } catch (e) {
    console.error('input is not JSON: ' + e.message);
    process.exit(2);
  }
  if (!Array.isArray(messages)) {
    console.error('input must be a JSON array of messages');
    process.exit(2);
  }
  // The file sits beside node_modules so the compiler resolves @slack/* from here.
  const dir = fs.mkdtempSync(path.join(__dirname, '.block-kit-'));
  const file = path.join(dir, 'messages.ts');
  const lines = [
    "import type { KnownBlock } from '@slack/types';",
    "import type { ChatPostMessageArguments, ChatUpdateArguments } from '@slack/web-api';",
    "import type { RespondArguments } from '@slack/bolt';",
  ];
  const header = lines.length;
  const kind = m => m.ts !== undefined ? 'ChatUpdateArguments'
    : m.response_type !== undefined && m.channel === undefined ? 'RespondArguments'
    : 'ChatPostMessageArguments';
  messages.forEach((m, i) => {
    lines.push(`export const blocks${i}: KnownBlock[] = ${JSON.stringify(m.blocks ?? [])};`);
    lines.push(`export const message${i}: ${kind(m)} = ${JSON.stringify(m)};`);
  });
  fs.writeFileSync(file, lines.join('\n') + '\n');
  try {
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    for (const d of diagnostics) {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
      const line = where ? `message ${Math.floor((where.line - header) / 2)}: ` : '';
      console.log(line + ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    }
    process.exitCode = diagnostics.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
