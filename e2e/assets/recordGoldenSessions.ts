// Regenerates the golden session files in this folder with the real, built proxy (npm run build
// first): `npx tsx e2e/assets/recordGoldenSessions.ts`. Each golden file is a real recording; the
// "from the future" and damaged files are derived from one of them, so they stay realistic.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InspectorSocketClient } from '../fixtures/inspectorSocketClient';
import { startEverythingServer } from '../fixtures/everythingServer';
import { everythingEntry, fixtureServerCommand } from '../fixtures/paths';
import { startProxy } from '../fixtures/proxyProcess';

const assets = path.dirname(fileURLToPath(import.meta.url));

/** Golden file names, shared with the specs that read them. */
export const GOLDEN = {
  noisy: path.join(assets, 'noisy-stdout.session.jsonl'),
  everything: path.join(assets, 'everything.session.jsonl'),
  future: path.join(assets, 'from-the-future.session.jsonl'),
  damaged: path.join(assets, 'damaged.session.jsonl'),
  /** server-everything over Streamable HTTP: the HTTP exchanges the HAR export reads. */
  everythingHttp: path.join(assets, 'everything-http.session.jsonl'),
};

/**
 * Records one session (`server`: the proxy arguments that name it): connect, list the tools, call one,
 * wait for the findings, stop the proxy.
 */
async function record(file: string, server: string[], call: { name: string; arguments: Record<string, unknown> }, findings: number): Promise<void> {
  const proxy = await startProxy(['--record', file, ...server]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    await client.request({ connectionId: connectionId!, method: 'tools/list' });
    await client.request({ connectionId: connectionId!, method: 'tools/call', params: call });
    await client.waitFor(() => client.findings.length >= findings);
    client.close();
  } finally {
    await proxy.stop();
  }
}

/** Records server-everything over Streamable HTTP, served on a free port for the time of the recording. */
async function recordHttp(): Promise<void> {
  const server = await startEverythingServer('streamableHttp');
  try {
    await record(GOLDEN.everythingHttp, ['--url', server.url, '--header', 'Authorization: Bearer golden-secret-token'], { name: 'get-sum', arguments: { a: 2, b: 3 } }, 0);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  // `… recordGoldenSessions.ts http` records only the HTTP session (the others are read by specs that expect them as they are).
  if (process.argv.includes('http')) return recordHttp();
  const noisy = fixtureServerCommand('noisyStdoutServer');
  await record(GOLDEN.noisy, ['--', noisy.command, ...noisy.args], { name: 'echo', arguments: { message: 'golden hello' } }, 1);
  await record(GOLDEN.everything, ['--', process.execPath, everythingEntry, 'stdio'], { name: 'get-sum', arguments: { a: 2, b: 3 } }, 0);
  await recordHttp();

  const lines = readFileSync(GOLDEN.noisy, 'utf8').split('\n');
  const header = JSON.parse(lines[0]!) as Record<string, unknown>;
  writeFileSync(GOLDEN.future, [JSON.stringify({ ...header, version: 99, newHeaderField: 'added in version 99' }), ...lines.slice(1)].join('\n'));
  // Line 3 is not JSON any more, line 5 lost its closing brace (as a write cut short would leave it).
  const damaged = [...lines];
  damaged[2] = 'this line was overwritten by something else';
  damaged[4] = damaged[4]!.slice(0, -1);
  writeFileSync(GOLDEN.damaged, damaged.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
