// Breaks pagination-cursor-repeat: the second page of tools offers the cursor that led to it again.
import { serveRaw } from './rawStdioServer';

const tool = (name: string) => ({ name, inputSchema: { type: 'object' } });

serveRaw({
  name: 'rule-pagination-cursor-repeat',
  handlers: {
    'tools/list': ({ request }) => (request.params?.cursor === undefined ? { tools: [tool('first')], nextCursor: 'page-2' } : { tools: [tool('second')], nextCursor: 'page-2' }),
  },
});
