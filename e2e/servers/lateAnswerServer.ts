// A fixture server with a tool that ignores cancellation: `slow-ignores-cancel` answers after
// `delayMs` (3 s by default) whatever the client says in between, so a cancelled call gets a late
// response. Hand-rolled (rules/rawStdioServer), because the official SDK's server drops the answer to
// a request its client cancelled.
import { serveRaw } from './rules/rawStdioServer';

serveRaw({
  name: 'late-answer-fixture',
  handlers: {
    'tools/list': () => ({
      tools: [
        {
          name: 'slow-ignores-cancel',
          description: 'Answers after delayMs even when the call is cancelled.',
          inputSchema: { type: 'object', properties: { delayMs: { type: 'number' } } },
        },
      ],
    }),
    'tools/call': ({ request }) => {
      const args = (request.params?.arguments ?? {}) as { delayMs?: unknown };
      const delayMs = typeof args.delayMs === 'number' ? args.delayMs : 3000;
      return new Promise((resolve) => setTimeout(() => resolve({ content: [{ type: 'text', text: `finished after ${delayMs} ms anyway` }] }), delayMs));
    },
  },
});
