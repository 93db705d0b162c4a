#!/usr/bin/env node
// Signs Slack requests the way Slack does (v0 HMAC-SHA256) and has @slack/bolt's own verifySlackRequest
// confirm every signature before it is handed out; also reports bolt's verdict on requests signed elsewhere.
// Input (stdin): {"secret": "...", "sign": [{"body": "...", "timestamp": 1700000000}],
//                 "verify": [{"body": "...", "timestamp": "...", "signature": "..."}]}
// Output: {"signed": [{"timestamp": "...", "signature": "v0=..."}], "verified": [true|false, ...]}
// Exit code 0 on success, 1 when bolt rejects a signature made here, 2 on unusable input.
'use strict';
const crypto = require('node:crypto');
const { verifySlackRequest, isValidSlackRequest } = require('@slack/bolt/dist/receivers/verify-request');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  let request;
  try {
    request = JSON.parse(input);
  } catch (e) {
    console.error('input is not JSON: ' + e.message);
    process.exit(2);
  }
  const secret = request.secret;
  const signed = [];
  for (const item of request.sign || []) {
    const timestamp = item.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = 'v0=' + crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${item.body}`).digest('hex');
    try {
      verifySlackRequest({
        signingSecret: secret,
        body: item.body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        // Bolt judges the signature as of the moment it was made, so a deliberately old request can be signed too.
        nowMilliseconds: item.nowMilliseconds ?? Number(timestamp) * 1000,
      });
    } catch (e) {
      console.error('bolt rejected a signature made here: ' + e.message);
      process.exit(1);
    }
    signed.push({ timestamp: String(timestamp), signature });
  }
  const verified = (request.verify || []).map(item => isValidSlackRequest({
    signingSecret: secret,
    body: item.body,
    headers: { 'x-slack-signature': item.signature, 'x-slack-request-timestamp': Number(item.timestamp) },
  }));
  process.stdout.write(JSON.stringify({ signed, verified }));
});
