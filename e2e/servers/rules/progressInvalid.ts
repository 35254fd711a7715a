// Breaks progress-invalid: sends progress for a token no request carries.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-progress-invalid',
  onInitialized: (send) => send({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'made-up', progress: 1 } }),
});
