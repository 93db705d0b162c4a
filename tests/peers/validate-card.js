#!/usr/bin/env node
// Validates Adaptive Cards with Microsoft's own `adaptivecards` library (pinned in package.json).
// Input (stdin): one card, or a JSON array of cards. Output: one line per problem, "card N: message".
// Exit code 0 when every card is valid, 1 when any problem is found, 2 on unusable input.
'use strict';
const AC = require('adaptivecards/dist/adaptivecards.js');

function problemsOf(json) {
  const problems = [];
  if (json === null || typeof json !== 'object' || json.type !== 'AdaptiveCard') {
    return ['not an Adaptive Card (type must be "AdaptiveCard")'];
  }
  if (typeof json.version !== 'string') {
    problems.push('the card has no version');
  }
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(context.getEventAt(i).message);
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(e.message);
  }
  return problems;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  let parsed;
  try {
    parsed = JSON.parse(input);
  } catch (e) {
    console.error(`input is not JSON: ${e.message}`);
    process.exit(2);
  }
  const cards = Array.isArray(parsed) ? parsed : [parsed];
  if (cards.length === 0) {
    console.error('no cards given');
    process.exit(2);
  }
  let failed = false;
  cards.forEach((c, i) => {
    for (const p of problemsOf(c)) {
      failed = true;
      console.log(`card ${i}: ${p}`);
    }
  });
  if (!failed) console.log(`${cards.length} card(s) valid`);
  process.exit(failed ? 1 : 0);
});
