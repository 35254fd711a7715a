// Breaks uri-invalid: a resource whose URI has no scheme (read back with the same URI).
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-uri-invalid',
  capabilities: { resources: {} },
  handlers: {
    'resources/list': () => ({ resources: [{ uri: 'notes/today.md', name: 'today' }] }),
    'resources/templates/list': () => ({ resourceTemplates: [] }),
    'resources/read': ({ request }) => ({ contents: [{ uri: request.params?.uri, text: 'hello' }] }),
  },
});
