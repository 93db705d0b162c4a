#!/usr/bin/env node
// Drives a running Microsoft 365 Agents Playground (headless, `-c msteams`) through a whole coaching intake as a
// Teams user would: each answer is given the way the playground's own UI gives it. A suggested action whose title
// matches is pressed (the playground sends its imBack value as the user's message), a card button whose data
// matches is pressed (Action.Submit through the playground's submit API), anything else is typed. A card's
// Action.Execute (the coach's "Oppakken" on the request card in the coaches' channel) is invoked by another user.
// Uses the playground's internal HTTP API and websocket (pinned version, see shared test-peers.md).
// Usage: node --experimental-websocket playground-intake.js <playground-port> <answers-json>
//   answers-json: ["ik wil een coach", {"press": "Municipality"}, {"say": "Gemeente Utrecht", "expect": "What would"},
//                  {"submit": {"choice": "klopt"}}, {"execute": "claim", "as": "user-id-1"}, ...]
//   "expect": wait for a bot message whose text contains this before going on (a loaded machine may pause between
//   the bot's messages); without it the bot's answer is taken as complete after 1.5 s without a new message.
// Prints one JSON object: { config, turns: [{ answer, how, invokeResponse, replies: [new bot messages],
// updates: [bot messages changed in place] }] }; exit 1 on a timeout or an HTTP error, or when a button to press is
// not on the bot's messages.
'use strict';
const { connectPlayground } = require('./playground-client');

const [port, answersJson] = process.argv.slice(2);
if (!port || !answersJson) {
  console.error('usage: playground-intake.js <playground-port> <answers-json>');
  process.exit(2);
}
const answers = JSON.parse(answersJson);
const turns = [];

// The playground connection, opened first thing below.
let call, config, botMessages, botUpdates, close;

/** Waits for the expected bot message (or any) after `since`, then until none arrived for a short while. */
async function collect(since, expect, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastCount = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const got = botMessages.slice(since);
    if (got.length !== lastCount) {
      lastCount = got.length;
      stableSince = Date.now();
    }
    const complete = expect === undefined
      ? got.length > 0 && Date.now() - stableSince > 1500
      : got.some(m => String(m.text || '').includes(expect)) && Date.now() - stableSince > 300;
    if (complete) return got;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`timed out; bot messages so far: ${JSON.stringify(botMessages.slice(since))}`);
}

const same = (a, b) => String(a).trim().toLowerCase() === String(b).trim().toLowerCase();

/** Every action of `type` in the adaptive cards of `message`. */
function cardActions(message, type) {
  const found = [];
  const walk = node => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node && typeof node === 'object') {
      if (node.type === type) found.push(node);
      Object.values(node).forEach(walk);
    }
  };
  (message.attachments || [])
    .filter(a => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .forEach(a => walk(a.content));
  return found;
}

(async () => {
  ({ call, config, botMessages, botUpdates, close } = await connectPlayground(port));
  const conversationId = config.personalChat.id;
  const user = { id: config.currentUser.id };

  let last = [];
  for (const answer of answers) {
    const since = botMessages.length;
    const updatesSince = botUpdates.length;
    let how;
    let invokeResponse;
    if (typeof answer === 'string' || answer.say !== undefined) {
      how = 'typed';
      const text = typeof answer === 'string' ? answer : answer.say;
      await call('POST', `/_conversation/v1/conversations/${conversationId}/messages`, { from: user, text, textFormat: 'plain' });
    } else if (answer.press !== undefined) {
      // The playground shows suggested actions under the bot's last message; pressing an imBack sends its value.
      const actions = last.flatMap(m => (m.suggestedActions && m.suggestedActions.actions) || []);
      const action = actions.find(a => same(a.title, answer.press) || same(a.value, answer.press));
      if (!action) throw new Error(`no suggested action "${answer.press}" on ${JSON.stringify(last)}`);
      how = 'pressed';
      await call('POST', `/_conversation/v1/conversations/${conversationId}/messages`, { from: user, text: String(action.value), textFormat: 'plain' });
    } else if (answer.submit !== undefined) {
      const wanted = JSON.stringify(answer.submit);
      const message = [...last].reverse().find(m => cardActions(m, 'Action.Submit').some(a => JSON.stringify(a.data) === wanted));
      if (!message) throw new Error(`no Action.Submit with data ${wanted} on ${JSON.stringify(last)}`);
      how = 'submitted';
      await call('POST', '/_conversation/v1/submit', { conversation: { id: conversationId }, from: user, replyToId: message.messageId, value: answer.submit });
    } else if (answer.execute !== undefined) {
      // The request card comes from the bot's outbox, after the turn that answered: wait for it rather than race it.
      const findCard = () => [...botMessages].reverse().find(m => cardActions(m, 'Action.Execute').some(a => a.verb === answer.execute));
      const cardDeadline = Date.now() + 60000;
      while (!findCard() && Date.now() < cardDeadline) await new Promise(r => setTimeout(r, 100));
      const message = findCard();
      if (!message) throw new Error(`no Action.Execute with verb ${answer.execute} on any bot message within 60 s`);
      const action = cardActions(message, 'Action.Execute').find(a => a.verb === answer.execute);
      how = 'executed';
      // A card posted in a channel thread lives in that thread's conversation.
      invokeResponse = await call('POST', '/_conversation/v1/invoke', {
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' },
        from: { id: answer.as || user.id },
        conversation: { id: message.postConversationId || conversationId },
        replyToId: message.messageId,
      });
    } else {
      throw new Error(`unknown answer ${JSON.stringify(answer)}`);
    }
    last = await collect(since, typeof answer === 'string' ? undefined : answer.expect, 60000);
    turns.push({ answer, how, invokeResponse, replies: last, updates: botUpdates.slice(updatesSince) });
  }

  console.log(JSON.stringify({ config: { bot: config.bot, user }, turns }));
  close();
  process.exit(0);
})().catch(error => {
  console.error(error.stack || String(error));
  console.error(`turns so far: ${JSON.stringify(turns)}`);
  process.exit(1);
});
