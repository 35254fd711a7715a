// Breaks resource-uri-mismatch: reading one resource returns the contents of another.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-resource-uri-mismatch',
  capabilities: { resources: {} },
  handlers: {
    'resources/list': () => ({ resources: [{ uri: 'file:///notes/today.md', name: 'today' }] }),
    'resources/templates/list': () => ({ resourceTemplates: [] }),
    'resources/read': () => ({ contents: [{ uri: 'file:///notes/yesterday.md', text: 'hello' }] }),
  },
});
