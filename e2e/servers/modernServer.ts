// A 2026-07-28 ("modern") server on SDK v2's createMcpHandler over Streamable HTTP, with the stateless
// legacy fallback the SDK serves by default (so `auto` and `legacy` clients reach it too). It has
// tools (one needs an elicitation round through MRTR `input_required`), a resource whose changes go
// to `subscriptions/listen` streams, and a tool that logs at every level (per-request log level).
// PORT selects the port (default 3011); it listens on loopback only. With the argument `stdio` it serves
// one connection over stdin/stdout instead (serveStdio; listen streams get no change events there).
import http from 'node:http';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { acceptedContent, createMcpHandler, inputRequired, inputResponse, McpServer } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

const NOTE_URI = 'notes://today';
let noteVersion = 1;

const orderSchema = z.object({
  quantity: z.number().int().min(1).describe('How many'),
  giftWrap: z.boolean().describe('Wrap it as a gift'),
});

function createServer(): McpServer {
  const server = new McpServer(
    { name: 'modern-fixture', version: '1.0.0' },
    { capabilities: { tools: {}, resources: { subscribe: true, listChanged: true }, logging: {} }, instructions: 'A 2026-07-28 fixture.' },
  );
  server.registerTool(
    'add',
    { description: 'Adds two numbers.', inputSchema: z.object({ a: z.number(), b: z.number() }) },
    ({ a, b }) => ({ content: [{ type: 'text', text: `The sum is ${a + b}` }] }),
  );
  server.registerTool(
    'order',
    { description: 'Orders an item; asks how many and whether to gift-wrap it (an MRTR elicitation round).', inputSchema: z.object({ item: z.string() }) },
    ({ item }, ctx) => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, 'details');
      if (answer.kind === 'elicit' && answer.action !== 'accept') {
        return { content: [{ type: 'text', text: `Order ${answer.action === 'decline' ? 'declined' : 'cancelled'}` }] };
      }
      const details = acceptedContent(ctx.mcpReq.inputResponses, 'details', orderSchema);
      if (!details) {
        return inputRequired({
          inputRequests: { details: inputRequired.elicit({ message: `How many ${item}?`, requestedSchema: orderSchema }) },
        });
      }
      return { content: [{ type: 'text', text: `Ordered ${details.quantity} × ${item}, gift wrap: ${details.giftWrap ? 'yes' : 'no'}` }] };
    },
  );
  server.registerTool('touch-note', { description: `Changes ${NOTE_URI}: listeners subscribed to it are told.` }, () => {
    noteVersion++;
    handler?.notify.resourceUpdated(NOTE_URI);
    return { content: [{ type: 'text', text: `Note is now at version ${noteVersion}` }] };
  });
  server.registerTool('log-levels', { description: 'Logs one message at each of debug, info and warning.' }, async (ctx) => {
    for (const level of ['debug', 'info', 'warning'] as const) await ctx.mcpReq.log(level, `a ${level} message`, 'modern-fixture');
    return { content: [{ type: 'text', text: 'Logged' }] };
  });
  server.registerResource('today', NOTE_URI, { mimeType: 'text/plain' }, (uri) => ({
    contents: [{ uri: uri.href, mimeType: 'text/plain', text: `Note version ${noteVersion}` }],
  }));
  return server;
}

const stdio = process.argv[2] === 'stdio';
if (stdio) serveStdio(() => createServer());
const handler = stdio ? undefined : createMcpHandler(() => createServer(), { keepAliveMs: 0 });
if (handler) serveHttp(toNodeHandler(handler));

function serveHttp(serve: ReturnType<typeof toNodeHandler>): void {
  const port = Number(process.env.PORT ?? 3011);
  const httpServer = http.createServer((req, res) => {
    if (!req.url?.startsWith('/mcp')) {
      res.writeHead(404).end();
      return;
    }
    void serve(req, res);
  });
  httpServer.listen(port, '127.0.0.1', () => console.error(`modern-fixture listening on http://127.0.0.1:${port}/mcp`));
  const stop = () => {
    void handler?.close();
    httpServer.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
