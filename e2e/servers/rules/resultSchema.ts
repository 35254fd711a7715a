// Breaks result-schema: lists a tool without its required inputSchema.
import { serveRaw } from './rawStdioServer';

serveRaw({ name: 'rule-result-schema', handlers: { 'tools/list': () => ({ tools: [{ name: 'echo', description: 'No input schema' }] }) } });
