// Talks to a Direct Line 3.0 endpoint with Microsoft's own client library (botframework-directlinejs), the
// one Web Chat uses: gets a token, starts a conversation, asks a question and waits for the echo of the
// question (with its clientActivityID) and the bot's answer to it. Prints one JSON line and exits 0 on success.
//
//   node --experimental-websocket directline-client.js <baseUrl> <question> [--websocket] [--timeout=20000]
'use strict';
global.XMLHttpRequest = require('xhr2');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, question] = process.argv.slice(2);
const webSocket = process.argv.includes('--websocket');
const timeoutArg = process.argv.find(a => a.startsWith('--timeout='));
const timeoutMs = timeoutArg ? Number(timeoutArg.split('=')[1]) : 20000;

function fail(message, extra) {
  process.stderr.write(`directline-client: ${message}\n`);
  if (extra) process.stderr.write(JSON.stringify(extra) + '\n');
  process.exit(1);
}

if (!baseUrl || !question) fail('usage: directline-client.js <baseUrl> <question> [--websocket]');
if (webSocket && typeof WebSocket === 'undefined') fail('no global WebSocket: run node with --experimental-websocket');

async function main() {
  const started = Date.now();
  const userId = 'dl_node_' + Date.now();
  const response = await fetch(`${baseUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId }, locale: 'nl-NL' })
  });
  if (!response.ok) fail(`tokens/generate answered ${response.status}`);
  const { token, conversationId } = await response.json();

  const directLine = new DirectLine({ domain: `${baseUrl}/v3/directline`, token, webSocket, pollingInterval: 250 });
  const seen = [];
  const statuses = [];
  const clientActivityID = 'node-' + Math.random().toString(36).slice(2);
  let postedId;

  const timer = setTimeout(() => fail(`no echo and answer within ${timeoutMs} ms`, { postedId, statuses, seen }), timeoutMs);

  let settle;
  const done = new Promise(resolve => { settle = resolve; });
  // Done when the POST has answered with an id and both the echo and the answer to it have arrived (in any order:
  // with a WebSocket the activities can come before the POST's own response).
  const check = () => {
    const echo = seen.find(a => a.channelData && a.channelData.clientActivityID === clientActivityID && a.id);
    const answer = echo && seen.find(a => a.from && a.from.role === 'bot' && a.type === 'message' && a.replyToId === echo.id);
    if (postedId && echo && answer) settle({ echo, answer });
  };
  directLine.activity$.subscribe(activity => {
    seen.push(activity);
    check();
  }, error => fail('activity stream failed: ' + error));

  directLine.connectionStatus$.subscribe(status => {
    statuses.push(status);
    if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) fail('connection status ' + status, { statuses });
    if (status === ConnectionStatus.Online && postedId === undefined) {
      postedId = null;
      directLine.postActivity({
        type: 'message',
        from: { id: userId, name: 'Node' },
        text: question,
        locale: 'nl-NL',
        channelData: { clientActivityID }
      }).subscribe(id => { postedId = id; check(); }, error => fail('postActivity failed: ' + (error && error.status)));
    }
  });

  const { echo, answer } = await done;
  clearTimeout(timer);
  const welcome = seen.find(a => a.from && a.from.role === 'bot' && !a.replyToId);
  process.stdout.write(JSON.stringify({
    conversationId,
    webSocket,
    postedId,
    echo: { id: echo.id, clientActivityID: echo.channelData.clientActivityID, text: echo.text, from: echo.from.id },
    answer: { id: answer.id, text: answer.text, attachments: (answer.attachments || []).map(a => a.contentType), replyToId: answer.replyToId },
    welcome: welcome ? { text: welcome.text, attachments: (welcome.attachments || []).map(a => a.contentType) } : null,
    statuses,
    elapsedMs: Date.now() - started
  }) + '\n');
  directLine.end();
  process.exit(0);
}

main().catch(error => fail(String(error && error.stack || error)));
