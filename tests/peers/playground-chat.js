#!/usr/bin/env node
// Drives a running Microsoft 365 Agents Playground (headless, `-c msteams`) as a Teams user would:
// install the bot in the personal chat, ask a question, press "Nuttig" on the first tip card
// (Action.Execute as an adaptiveCard/action invoke) and search with the message extension.
// Uses the playground's internal HTTP API and websocket (pinned version, see shared test-peers.md).
// Usage: node --experimental-websocket playground-chat.js <playground-port> <question>
// Prints one JSON object: { welcome, answer, feedback, search }; exit 1 on a timeout or an HTTP error.
'use strict';
const { connectPlayground } = require('./playground-client');

const [port, question] = process.argv.slice(2);
if (!port || !question) {
  console.error('usage: playground-chat.js <playground-port> <question>');
  process.exit(2);
}

// The playground connection, opened first thing below.
let call, config, botMessages, close;

/** Waits until `enough(messages)` holds and no new bot message arrived for a short while. */
async function collect(since, enough, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastCount = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const got = botMessages.slice(since);
    if (got.length !== lastCount) {
      lastCount = got.length;
      stableSince = Date.now();
    }
    if (enough(got) && Date.now() - stableSince > 1000) return got;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`timed out; bot messages so far: ${JSON.stringify(botMessages.slice(since))}`);
}

const cards = messages => messages.flatMap(m => (m.attachments || [])
  .filter(a => a.contentType === 'application/vnd.microsoft.card.adaptive'));

(async () => {
  ({ call, config, botMessages, close } = await connectPlayground(port));
  const conversationId = config.personalChat.id;
  const user = { id: config.currentUser.id };

  const install = await call('GET', `/_internal/v1/customActivities/template?conversationId=${conversationId}&type=botAdded`);
  await call('POST', '/_internal/v1/customActivities', install);
  const welcome = await collect(0, got => cards(got).length > 0, 15000);

  const asked = botMessages.length;
  await call('POST', `/_conversation/v1/conversations/${conversationId}/messages`, { from: user, text: question, textFormat: 'plain' });
  const answer = await collect(asked, got => cards(got).length >= 1, 20000);

  const tipMessage = answer.find(m => cards([m]).some(c => JSON.stringify(c.content).includes('"verb":"feedback"')));
  let feedback = null;
  if (tipMessage) {
    const card = cards([tipMessage])[0].content;
    const find = node => {
      if (Array.isArray(node)) { for (const n of node) { const f = find(n); if (f) return f; } return null; }
      if (node && typeof node === 'object') {
        if (node.type === 'Action.Execute' && node.verb === 'feedback' && node.data && node.data.useful === true) return node;
        for (const v of Object.values(node)) { const f = find(v); if (f) return f; }
      }
      return null;
    };
    const useful = find(card);
    feedback = await call('POST', '/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: useful.verb, data: useful.data }, trigger: 'manual' },
      from: user,
      conversation: { id: conversationId },
      replyToId: tipMessage.messageId,
    });
  }

  const search = await call('POST', '/_conversation/v1/invoke', {
    name: 'composeExtension/query',
    value: { commandId: 'searchTips', parameters: [{ name: 'searchQuery', value: question }], queryOptions: { skip: 0, count: 5 } },
    from: user,
    conversation: { id: conversationId },
  });

  console.log(JSON.stringify({ welcome, answer, feedback, search }));
  close();
  process.exit(0);
})().catch(error => {
  console.error(error.stack || String(error));
  process.exit(1);
});
