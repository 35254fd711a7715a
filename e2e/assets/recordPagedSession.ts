// Records the golden session of a second real server for `mcp-inspect mock`'s tests, with the real,
// built proxy (npm run build:proxy and node e2e/corpus/install.mjs first):
// `npx tsx e2e/assets/recordPagedSession.ts`. The older server-everything (2025.9.25, from the corpus)
// pages its 100 resources by 10: the recording holds the first three pages, calls, a read, prompts, a ping.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '../corpus/corpusServers';
import { InspectorSocketClient } from '../fixtures/inspectorSocketClient';
import { startProxy } from '../fixtures/proxyProcess';

/** The golden file, shared with the tests that read it. */
export const PAGED_SESSION = path.join(path.dirname(fileURLToPath(import.meta.url)), 'everything-2025-paged.session.jsonl');

async function main(): Promise<void> {
  const entry = path.join(corpusDir, 'node_modules/server-everything-2025/dist/index.js');
  const proxy = await startProxy(['--record', PAGED_SESSION, '--', process.execPath, entry, 'stdio']);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    const request = async (method: string, params?: Record<string, unknown>) => {
      const outcome = await client.request({ connectionId: connectionId!, method, ...(params ? { params } : {}) });
      if (!outcome.ok) throw new Error(`${method} failed: ${outcome.error.message}`);
      return outcome.result as Record<string, unknown>;
    };
    await request('tools/list');
    let cursor: string | undefined;
    for (let page = 0; page < 3; page++) cursor = (await request('resources/list', cursor === undefined ? {} : { cursor })).nextCursor as string | undefined;
    await request('tools/call', { name: 'add', arguments: { a: 2, b: 3 } });
    await request('tools/call', { name: 'echo', arguments: { message: 'mock me' } });
    await request('resources/read', { uri: 'test://static/resource/1' });
    await request('prompts/list');
    await request('prompts/get', { name: 'simple_prompt' });
    await request('ping');
    client.close();
  } finally {
    await proxy.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
