// Breaks content-invalid: a prompt whose message is an image without a mimeType.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-content-invalid',
  capabilities: { prompts: {} },
  handlers: {
    'prompts/list': () => ({ prompts: [{ name: 'picture' }] }),
    'prompts/get': () => ({ messages: [{ role: 'user', content: { type: 'image', data: 'iVBORw0KGgo=' } }] }),
  },
});
