// A fixture server (official SDK v1, low-level Server) with the faults real servers have that break no
// protocol rule but that `check` must name: a prompt whose only argument is optional, yet whose
// prompts/get fails when `arguments` is left out; a tool that answers with `isError: true`; and a tool
// that works. A correct answer to each request, protocol-wise.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ErrorCode, GetPromptRequestSchema, ListPromptsRequestSchema, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';

const server = new Server({ name: 'faulty-answers-fixture', version: '1.0.0' }, { capabilities: { tools: {}, prompts: {} } });
server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: [{ name: 'greet', description: 'Greets someone', arguments: [{ name: 'who', required: false }] }] }));
server.setRequestHandler(GetPromptRequestSchema, (request) => {
  const args = request.params.arguments;
  if (args === undefined) throw new McpError(ErrorCode.InvalidParams, 'greet: arguments is required');
  return { messages: [{ role: 'user', content: { type: 'text', text: `Hello, ${args.who ?? 'world'}` } }] };
});
server.setRequestHandler(ListToolsRequestSchema, () => ({
  tools: [
    { name: 'broken', description: 'Always fails, with isError', inputSchema: { type: 'object' } },
    { name: 'fine', description: 'Always works', inputSchema: { type: 'object' } },
  ],
}));
server.setRequestHandler(CallToolRequestSchema, (request) =>
  request.params.name === 'broken'
    ? { content: [{ type: 'text', text: 'The database at db.example is unreachable' }], isError: true }
    : { content: [{ type: 'text', text: 'ok' }] },
);
await server.connect(new StdioServerTransport());
