// The server `e2e/replay.spec.ts` records a session against and replays it against. Its variant
// switch plays "a new build": with REPLAY_VARIANT=changed (or the argument `--variant=changed`), the tool `echo` is renamed `echo-v2` and
// `add` words its result differently (same structured content). `clock` answers with the time and a
// fresh uuid on every call, which a replay must not count as a change; `ask-model` asks the client
// for a sampling completion, which a replay answers from the recording.
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

const changed = process.env.REPLAY_VARIANT === 'changed' || process.argv.includes('--variant=changed');
const server = new McpServer({ name: 'replay-target-fixture', version: changed ? '2.0.0' : '1.0.0' });

server.registerTool(changed ? 'echo-v2' : 'echo', { description: 'Echoes its message', inputSchema: z.object({ message: z.string() }) }, async ({ message }) => ({
  content: [{ type: 'text', text: message }],
}));

server.registerTool('add', { description: 'Adds two numbers', inputSchema: z.object({ a: z.number(), b: z.number() }) }, async ({ a, b }) => ({
  content: [{ type: 'text', text: changed ? `${a} + ${b} = ${a + b}` : `The sum of ${a} and ${b} is ${a + b}.` }],
  structuredContent: { sum: a + b },
}));

server.registerTool('clock', { description: 'Tells the time, with a fresh request id', inputSchema: z.object({}) }, async () => {
  const now = new Date().toISOString();
  return { content: [{ type: 'text', text: `Server time: ${now}` }], structuredContent: { timestamp: now, requestId: randomUUID() } };
});

server.registerTool('ask-model', { description: 'Asks the client for a completion', inputSchema: z.object({ question: z.string() }) }, async ({ question }) => {
  const answer = await server.server.createMessage({ messages: [{ role: 'user', content: { type: 'text', text: question } }], maxTokens: 50 });
  const content = Array.isArray(answer.content) ? answer.content[0] : answer.content;
  return { content: [{ type: 'text', text: `The model said: ${content?.type === 'text' ? content.text : '(not text)'}` }] };
});

server.registerResource('status', 'replay://status', { mimeType: 'text/plain' }, async (uri) => ({
  contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'ready' }],
}));

await server.connect(new StdioServerTransport());
