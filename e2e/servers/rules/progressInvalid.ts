// Breaks progress-invalid (official SDK, low-level Server): once initialized, it sends progress for a
// token no request carries.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const server = new Server({ name: 'rule-progress-invalid', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler('tools/list', () => ({ tools: [] }));
server.oninitialized = () => void server.notification({ method: 'notifications/progress', params: { progressToken: 'made-up', progress: 1 } });
await server.connect(new StdioServerTransport());
