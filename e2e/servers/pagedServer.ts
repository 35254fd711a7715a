// A fixture server with long lists served in pages (250 tools, 120 resources, 30 prompts), icons on
// some tools, and a tool that adds a tool and sends tools/list_changed. Built on the SDK's low-level
// Server, because the high-level McpServer answers every list in one page.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const TOOL_PAGE = 50;
const RESOURCE_PAGE = 25;
const PROMPT_PAGE = 10;
const pad = (n: number) => String(n).padStart(3, '0');

const tools: { name: string; title: string; description: string; inputSchema: { type: 'object' }; icons?: { src: string; mimeType: string }[] }[] =
  Array.from({ length: 250 }, (_, i) => ({
    name: `tool-${pad(i + 1)}`,
    title: `Paged tool ${i + 1}`,
    description: `Tool number ${i + 1} of a long, paged list.`,
    inputSchema: { type: 'object' as const },
    // A 1×1 PNG, as a data: icon the UI may render.
    ...(i % 50 === 0 ? { icons: [{ src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', mimeType: 'image/png' }] } : {}),
  }));
tools.push({ name: 'add-tool', title: 'Add a tool', description: 'Adds tool "added-tool" and sends tools/list_changed.', inputSchema: { type: 'object' } });

const resources = Array.from({ length: 120 }, (_, i) => ({ uri: `paged://resource/${pad(i + 1)}`, name: `resource-${pad(i + 1)}`, mimeType: 'text/plain' }));
const prompts = Array.from({ length: 30 }, (_, i) => ({ name: `prompt-${pad(i + 1)}`, description: `Prompt ${i + 1}` }));

/** The cursor is the index of the page's first item, opaque to clients. */
function page<T>(items: T[], size: number, cursor: string | undefined): { items: T[]; nextCursor?: string } {
  const start = cursor === undefined ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
  const end = start + size;
  return end < items.length ? { items: items.slice(start, end), nextCursor: Buffer.from(String(end)).toString('base64url') } : { items: items.slice(start) };
}

const server = new Server(
  { name: 'paged-fixture', version: '1.0.0' },
  { capabilities: { tools: { listChanged: true }, resources: {}, prompts: {} } },
);

server.setRequestHandler('tools/list', (request) => {
  const { items, nextCursor } = page(tools, TOOL_PAGE, request.params?.cursor);
  return { tools: items, ...(nextCursor ? { nextCursor } : {}) };
});
server.setRequestHandler('tools/call', async (request) => {
  if (request.params.name === 'add-tool' && !tools.some((tool) => tool.name === 'added-tool')) {
    tools.push({ name: 'added-tool', title: 'Added at run time', description: 'Appeared after list_changed.', inputSchema: { type: 'object' } });
    await server.sendToolListChanged();
  }
  return { content: [{ type: 'text', text: `called ${request.params.name}` }] };
});
server.setRequestHandler('resources/list', (request) => {
  const { items, nextCursor } = page(resources, RESOURCE_PAGE, request.params?.cursor);
  return { resources: items, ...(nextCursor ? { nextCursor } : {}) };
});
server.setRequestHandler('resources/read', (request) => ({
  contents: [{ uri: request.params.uri, mimeType: 'text/plain', text: `Contents of ${request.params.uri}` }],
}));
server.setRequestHandler('prompts/list', (request) => {
  const { items, nextCursor } = page(prompts, PROMPT_PAGE, request.params?.cursor);
  return { prompts: items, ...(nextCursor ? { nextCursor } : {}) };
});
server.setRequestHandler('prompts/get', (request) => ({
  messages: [{ role: 'user', content: { type: 'text', text: `Prompt ${request.params.name}` } }],
}));

await server.connect(new StdioServerTransport());
