// Breaks cancellation-ignored: its one tool answers after a second, even when the call was cancelled.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-cancellation-ignored',
  handlers: {
    'tools/list': () => ({ tools: [{ name: 'slow', inputSchema: { type: 'object' } }] }),
    'tools/call': () => new Promise((resolve) => setTimeout(() => resolve({ content: [{ type: 'text', text: 'done' }] }), 1_000)),
  },
});
