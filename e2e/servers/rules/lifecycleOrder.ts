// Breaks lifecycle-order: sends a request of its own before it answered initialize.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-lifecycle-order',
  handlers: {
    initialize: ({ request, send }) => {
      send({ jsonrpc: '2.0', id: 'too-early', method: 'example/whoami' });
      return { protocolVersion: request.params?.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'rule-lifecycle-order', version: '1.0.0' } };
    },
  },
});
