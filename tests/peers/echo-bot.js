// Bare botbuilder (JS) echo bot, the JavaScript reference point of the load benchmark
// (tests/Bench/TipBot.LoadBench). Local mode: no MicrosoftAppId, so no auth and, with
// deliveryMode expectReplies, no outbound calls. Keeps a turn counter in ConversationState
// on MemoryStorage so every turn reads and writes state, as the .NET echo bot does.
// Usage: node tests/peers/echo-bot.js PORT
'use strict';
const http = require('http');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
} = require('botbuilder');

const port = Number(process.argv[2] || process.env.PORT || 3979);
const maxBody = 256 * 1024;

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error && error.message}`);
};

const conversationState = new ConversationState(new MemoryStorage());
const turns = conversationState.createProperty('turns');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const count = (await turns.get(context, 0)) + 1;
            await turns.set(context, count);
            await context.sendActivity(`Echo: ${context.activity.text}`);
            await next();
        });
    }

    async run(context) {
        await super.run(context);
        await conversationState.saveChanges(context, false);
    }
}

const bot = new EchoBot();

// botbuilder's adapters expect express/restify style req.body and res.status/send/header.
function wrapResponse(res) {
    return {
        socket: res.socket,
        status(code) { res.statusCode = code; },
        header(name, value) { res.setHeader(name, value); },
        send(body) {
            if (typeof body === 'string' || Buffer.isBuffer(body)) {
                res.write(body);
            } else if (body !== undefined) {
                res.setHeader('Content-Type', 'application/json; charset=utf-8');
                res.write(JSON.stringify(body));
            }
        },
        end() { res.end(); },
    };
}

const server = http.createServer((req, res) => {
    if (req.url !== '/api/messages') {
        res.statusCode = 404;
        res.end();
        return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
        size += chunk.length;
        if (size > maxBody) {
            res.statusCode = 413;
            res.end();
            req.destroy();
            return;
        }
        chunks.push(chunk);
    });
    req.on('end', () => {
        if (res.writableEnded) return;
        let body;
        try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.statusCode = 400;
            res.end();
            return;
        }
        adapter.process({ body, headers: req.headers, method: req.method }, wrapResponse(res), (context) => bot.run(context))
            .catch((err) => {
                console.error(err);
                if (!res.writableEnded) {
                    res.statusCode = 500;
                    res.end();
                }
            });
    });
});

server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`echo-bot listening on http://127.0.0.1:${port}/api/messages`));
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close(() => process.exit(0)));
}
