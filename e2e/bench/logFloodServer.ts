// The log bench's server: one tool, `flood`, that streams `count` logging notifications at
// `perSecond` and answers when the last one is written, so the bench knows how many to expect.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const TICK_MS = 10;

const server = new Server({ name: 'log-flood', version: '1.0.0' }, { capabilities: { tools: {}, logging: {} } });

server.setRequestHandler('tools/list', () => ({
  tools: [
    {
      name: 'flood',
      description: 'Sends `count` notifications/message at `perSecond`.',
      inputSchema: { type: 'object' as const, properties: { count: { type: 'number' }, perSecond: { type: 'number' } }, required: ['count', 'perSecond'] },
    },
  ],
}));

async function flood(count: number, perSecond: number): Promise<number> {
  const perTick = Math.max(1, Math.round((perSecond * TICK_MS) / 1000));
  const start = performance.now();
  let sent = 0;
  while (sent < count) {
    const batch: Promise<void>[] = [];
    for (let i = 0; i < perTick && sent < count; i++, sent++) {
      batch.push(server.notification({ method: 'notifications/message', params: { level: 'info', logger: 'flood', data: { n: sent, text: `message ${sent} of ${count}` } } }));
    }
    await Promise.all(batch);
    // Keep to the schedule: sleep until this batch's slot has passed.
    const due = start + (sent / perSecond) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return performance.now() - start;
}

server.setRequestHandler('tools/call', async (request) => {
  const args = request.params.arguments ?? {};
  const count = Number(args.count);
  const perSecond = Number(args.perSecond);
  if (request.params.name !== 'flood' || !(count > 0) || !(perSecond > 0)) {
    return { content: [{ type: 'text', text: 'flood needs count > 0 and perSecond > 0' }], isError: true };
  }
  const elapsedMs = await flood(count, perSecond);
  return { content: [{ type: 'text', text: `sent ${count} in ${Math.round(elapsedMs)} ms` }] };
});

await server.connect(new StdioServerTransport());
