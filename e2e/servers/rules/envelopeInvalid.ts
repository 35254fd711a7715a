// Breaks envelope-invalid: a notification whose params is a string, not an object.
import { serveRaw } from './rawStdioServer';

serveRaw({ name: 'rule-envelope-invalid', onInitialized: (send) => send({ jsonrpc: '2.0', method: 'example/heartbeat', params: 'tick' }) });
