// A fixture server (official SDK v1, low-level Server) whose tools never answer: each call sends
// progress every 200 ms, forever, and ignores cancellation (the SDK aborts the handler's signal and
// drops what the handler sends through `extra`, so the progress goes out through the server itself).
// `check` must still end, report the call as hung, and exit 1.
// Arguments: `--tools N` lists N such tools (default 1), to reach check's bound on the whole run;
// `--hang-list` makes tools/list itself the request that never ends.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const PROGRESS_EVERY_MS = 200;
const argv = process.argv.slice(2);
const toolCount = argv.includes('--tools') ? Number(argv[argv.indexOf('--tools') + 1]) : 1;
const hangList = argv.includes('--hang-list');

/** Never resolves: progress for `token` every 200 ms until the process ends. */
function progressForever(token: string | number | undefined): Promise<never> {
  let step = 0;
  setInterval(() => {
    step++;
    if (token !== undefined) void server.notification({ method: 'notifications/progress', params: { progressToken: token, progress: step, message: `step ${step}, never done` } }).catch(() => undefined);
  }, PROGRESS_EVERY_MS);
  return new Promise<never>(() => {});
}

const server = new Server({ name: 'progress-forever-fixture', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async (request) => {
  if (hangList) return progressForever(request.params?._meta?.progressToken);
  const tools = Array.from({ length: toolCount }, (_, index) => ({ name: `spin-${index + 1}`, description: 'Reports progress forever; never answers.', inputSchema: { type: 'object' as const } }));
  return { tools };
});
server.setRequestHandler(CallToolRequestSchema, async (request) => progressForever(request.params._meta?.progressToken));
await server.connect(new StdioServerTransport());
