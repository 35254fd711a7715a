// A fixture server for resource templates beyond simple strings: `{+path}` (reserved expansion) and
// `{?lang}` (a query), with completions that use the earlier variable as context, and
// subscriptions with a tool that makes the server send notifications/resources/updated; and JSON and
// XML resources sent as base64 blobs, which the inspector decodes and shows as text.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const FILE_TEMPLATE = 'files:///{+path}{?lang}';
const FILES = ['src/main.ts', 'src/app/App.tsx', 'docs/guide.md'];
const LANGUAGES: Record<string, string[]> = { md: ['en', 'fr', 'de'], ts: ['en'], tsx: ['en'] };

/** Resources whose contents are a base64 `blob` of a textual MIME type. */
const BLOBS: Record<string, { mimeType: string; text: string }> = {
  'config://settings': { mimeType: 'application/json', text: JSON.stringify({ theme: 'dark', fontSize: 13 }) },
  'config://feed': { mimeType: 'application/atom+xml', text: '<feed><title>Release notes</title></feed>' },
};

const subscribed = new Set<string>();
const server = new Server(
  { name: 'template-fixture', version: '1.0.0' },
  { capabilities: { resources: { subscribe: true }, completions: {}, tools: {} } },
);

server.setRequestHandler('resources/list', () => ({
  resources: [
    { uri: 'notes://today', name: 'today', mimeType: 'text/plain' },
    ...Object.entries(BLOBS).map(([uri, { mimeType }]) => ({ uri, name: uri.slice('config://'.length), mimeType })),
  ],
}));
server.setRequestHandler('resources/templates/list', () => ({
  resourceTemplates: [{ uriTemplate: FILE_TEMPLATE, name: 'project-file', title: 'Project file', mimeType: 'text/plain' }],
}));
server.setRequestHandler('resources/read', (request) => {
  const { uri } = request.params;
  const blob = BLOBS[uri];
  if (blob) return { contents: [{ uri, mimeType: blob.mimeType, blob: Buffer.from(blob.text, 'utf8').toString('base64') }] };
  const file = /^files:\/\/\/([^?]+)(?:\?lang=(\w+))?$/.exec(uri);
  const text = file ? `File ${decodeURIComponent(file[1]!)} in ${file[2] ?? 'the default language'}` : `Notes read at ${new Date().toISOString()}`;
  return { contents: [{ uri, mimeType: 'text/plain', text }] };
});
server.setRequestHandler('completion/complete', (request) => {
  const { ref, argument, context } = request.params;
  if (ref.type !== 'ref/resource' || ref.uri !== FILE_TEMPLATE) return { completion: { values: [] } };
  const extension = context?.arguments?.path?.split('.').pop() ?? '';
  const candidates = argument.name === 'path' ? FILES : (LANGUAGES[extension] ?? []);
  const values = candidates.filter((candidate) => candidate.startsWith(argument.value));
  return { completion: { values, total: values.length, hasMore: false } };
});
server.setRequestHandler('resources/subscribe', (request) => {
  subscribed.add(request.params.uri);
  return {};
});
server.setRequestHandler('resources/unsubscribe', (request) => {
  subscribed.delete(request.params.uri);
  return {};
});
server.setRequestHandler('tools/list', () => ({
  tools: [
    {
      name: 'touch',
      description: 'Changes a resource: subscribers of its URI get notifications/resources/updated.',
      inputSchema: { type: 'object', properties: { uri: { type: 'string' } }, required: ['uri'] },
    },
  ],
}));
server.setRequestHandler('tools/call', async (request) => {
  const uri = String(request.params.arguments?.uri ?? '');
  const notified = subscribed.has(uri);
  if (notified) await server.sendResourceUpdated({ uri });
  return { content: [{ type: 'text', text: notified ? `Sent resources/updated for ${uri}` : `No subscriber for ${uri}` }] };
});

await server.connect(new StdioServerTransport());
