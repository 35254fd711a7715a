// Breaks response-duplicate: answers the ping twice.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-response-duplicate',
  handlers: {
    ping: ({ reply }) => {
      reply({});
      reply({});
      return undefined;
    },
  },
});
