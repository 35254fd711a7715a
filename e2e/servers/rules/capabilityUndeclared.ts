// Breaks capability-undeclared: sends a log message without declaring the logging capability.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-capability-undeclared',
  onInitialized: (send) => send({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'started' } }),
});
