// The Microsoft 365 Agents Playground's internal HTTP API and conversation stream, as the playground drivers
// (playground-chat.js, playground-intake.js) use them. Pinned playground version: see shared test-peers.md.
'use strict';

/** Opens the playground at `port`: its config, an HTTP caller, and the bot's messages (new and updated) as they stream in. */
async function connectPlayground(port) {
  const base = `http://127.0.0.1:${port}`;

  async function call(method, path, body) {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  const config = (await call('GET', '/_internal/v1/config')).config;
  const botMessages = [];
  const botUpdates = [];
  const socket = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
  socket.onmessage = event => {
    const data = JSON.parse(String(event.data));
    if (data.action === 'createMessage' && data.message && data.message.from && data.message.from.id === config.bot.id) {
      botMessages.push(data.message);
    }
    if (data.action === 'updateMessage' && data.message) {
      botUpdates.push(data.message);
    }
  };
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  return { call, config, botMessages, botUpdates, close: () => socket.close() };
}

module.exports = { connectPlayground };
