// Breaks response-unknown-id: answers a ping, then answers an id the client never used.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-response-unknown-id',
  handlers: {
    ping: ({ reply, send }) => {
      reply({});
      send({ jsonrpc: '2.0', id: 'never-sent', result: {} });
      return undefined;
    },
  },
});
