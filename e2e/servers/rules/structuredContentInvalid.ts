// Breaks structured-content-invalid: the tool's structuredContent does not match its outputSchema
// (raw, because the SDK's server validates structured output before sending it).
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-structured-content-invalid',
  handlers: {
    'tools/list': () => ({
      tools: [{ name: 'weather', inputSchema: { type: 'object' }, outputSchema: { type: 'object', properties: { temperature: { type: 'number' } }, required: ['temperature'] } }],
    }),
    'tools/call': () => ({ content: [{ type: 'text', text: '{"temperature":"warm"}' }], structuredContent: { temperature: 'warm' } }),
  },
});
