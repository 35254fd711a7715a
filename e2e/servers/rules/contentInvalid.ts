// Breaks content-invalid (official SDK, low-level Server): a prompt whose message is an image without a
// mimeType.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'rule-content-invalid', version: '1.0.0' }, { capabilities: { prompts: {} } });
server.setRequestHandler('prompts/list', () => ({ prompts: [{ name: 'picture' }] }));
// The SDK's types insist on a mimeType; the point of this fixture is to leave it out.
server.setRequestHandler('prompts/get', () => ({ messages: [{ role: 'user', content: { type: 'image', data: 'iVBORw0KGgo=' } }] }) as never);
await server.connect(new StdioServerTransport());
