// Breaks tool-name-invalid: a tool name with a space in it.
import { serveRaw } from './rawStdioServer';

serveRaw({ name: 'rule-tool-name-invalid', handlers: { 'tools/list': () => ({ tools: [{ name: 'get weather', inputSchema: { type: 'object' } }] }) } });
