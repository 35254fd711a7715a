// What a first visit costs and what an idle proxy holds: the CLI launched on the bundled demo server
// (no server given), the page opened in a fresh Chromium, and the JS and CSS bytes as they crossed the
// wire (encoded, i.e. compressed) summed from the DevTools protocol; then the proxy's resident memory
// once it is connected and left alone.
import { startProxy } from '../fixtures/proxyProcess';
import { residentMiB } from './processMemory';
import { launchChromium } from './browserPage';
import { median, type Measurement } from './stats';

const ROUNDS = 3;
/** How long the proxy is left alone before its memory is read: the launch target is connected well before. */
const IDLE_MS = 10_000;
/** Loaded when an editor opens; a first load that fetches one of them has lost its lazy boundary. */
const EDITOR_CHUNKS = /MonacoJsonEditor|jsonMode|\.worker-/;
/** Loaded when server text holds markdown: the demo's first screen does (server-everything's instructions). */
const MARKDOWN_CHUNK = /MarkdownRenderer/;

interface FirstLoad {
  scriptAndStyleBytes: number;
  requests: number;
  editorChunksFetched: number;
  markdownFetched: boolean;
}

async function measureFirstLoad(): Promise<FirstLoad> {
  const proxy = await startProxy([], { timeoutMs: 30_000 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    const urls = new Map<string, string>();
    const encodedBytes = new Map<string, number>();
    devtools.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
    devtools.on('Network.loadingFinished', (event) => encodedBytes.set(event.requestId, event.encodedDataLength));
    await page.goto(proxy.url);
    await page.getByRole('status', { name: 'Connection status' }).getByText('Connected').waitFor({ timeout: 30_000 });
    // The first screen (the demo's tools, the first one selected) has settled.
    await page.waitForLoadState('networkidle');
    const scriptsAndStyles = [...urls].filter(([, url]) => /\.(js|css)$/.test(new URL(url).pathname));
    return {
      scriptAndStyleBytes: scriptsAndStyles.reduce((sum, [id]) => sum + (encodedBytes.get(id) ?? 0), 0),
      requests: urls.size,
      editorChunksFetched: scriptsAndStyles.filter(([, url]) => EDITOR_CHUNKS.test(url)).length,
      markdownFetched: scriptsAndStyles.some(([, url]) => MARKDOWN_CHUNK.test(url)),
    };
  } finally {
    await browser.close();
    await proxy.stop();
  }
}

async function measureIdleMemory(): Promise<number> {
  const proxy = await startProxy([], { timeoutMs: 30_000 });
  try {
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return residentMiB(proxy.process.pid!);
  } finally {
    await proxy.stop();
  }
}

export async function benchFirstLoad(): Promise<Measurement[]> {
  const loads: FirstLoad[] = [];
  for (let round = 0; round < ROUNDS; round++) loads.push(await measureFirstLoad());
  const idle: number[] = [];
  for (let round = 0; round < ROUNDS; round++) idle.push(await measureIdleMemory());
  return [
    { name: 'first load JS+CSS on the wire (compressed)', value: median(loads.map((l) => l.scriptAndStyleBytes)) / 1000, unit: 'kB', target: { max: 260 } },
    { name: 'first load requests', value: median(loads.map((l) => l.requests)), unit: '' },
    { name: 'first load Monaco chunks fetched', value: Math.max(...loads.map((l) => l.editorChunksFetched)), unit: '', target: { max: 0 } },
    { name: 'first load markdown renderer fetched', value: loads.filter((l) => l.markdownFetched).length / ROUNDS, unit: '(1 = yes)' },
    { name: `idle proxy RSS (demo connected, ${IDLE_MS / 1000} s)`, value: median(idle), unit: 'MiB', target: { max: 70 } },
  ];
}
