// The artifacts on every real server of e2e/corpus: a session recorded through the real proxy (every
// list the server declared, and its safe tool call where the corpus gives the arguments) is served by
// `mcp-inspect mock` and replayed against it (every request the same, exit 0), compared with the server
// live by `mcp-inspect diff` (no drift, exit 0), and exported as OTLP with a span per request.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { OtlpTraceRequest } from '../shared/artifacts/otlpTraces';
import { corpusServers, requireCorpusInstalled } from './corpus/corpusServers';
import { runBuiltCli } from './fixtures/checkCli';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { builtCli } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';

test.describe.configure({ timeout: 90_000 });
test.beforeAll(requireCorpusInstalled);

const LISTS = [
  ['tools', 'tools/list'],
  ['prompts', 'prompts/list'],
  ['resources', 'resources/list'],
  ['resources', 'resources/templates/list'],
] as const;

for (const server of corpusServers) {
  test(`${server.title}: mock, replay, diff and export agree with the recording`, async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-artifacts-')), 'recorded.session.jsonl');
    const started = await server.start();
    const sent: string[] = [];
    try {
      const proxy = await startProxy(['--record', file, ...started.checkArgs]);
      try {
        const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
        const [connectionId] = [...client.connections.keys()];
        const summary = await client.waitForState(connectionId!, ['connected']);
        const declared = summary.handshake?.serverCapabilities ?? {};
        for (const [capability, method] of LISTS) {
          if (declared[capability] === undefined) continue;
          await client.request({ connectionId: connectionId!, method });
          sent.push(method);
        }
        if (server.call?.json) {
          await client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: server.call.tool, arguments: server.call.json } });
          sent.push('tools/call');
        }
        client.close();
      } finally {
        await proxy.stop();
      }

      const replayed = await runBuiltCli('replay', ['--yes', '--no-record', '--json', file, '--', process.execPath, builtCli, 'mock', file]);
      const report = JSON.parse(replayed.stdout || 'null') as { requests: { method: string; verdict: string; reason: string }[] } | null;
      expect(report, replayed.stderr).not.toBeNull();
      expect(report!.requests.map((request) => [request.method, request.verdict, request.reason])).toEqual(sent.map((method) => [method, 'same', expect.any(String)]));
      expect(replayed.code).toBe(0);

      const drift = await runBuiltCli('diff', [file, ...started.checkArgs]);
      expect(drift.stdout, drift.stderr).toMatch(/No drift/);
      expect(drift.code).toBe(0);

      const exported = await runBuiltCli('export', ['--format', 'otlp', file]);
      expect(exported.code, exported.stderr).toBe(0);
      const spans = (JSON.parse(exported.stdout) as OtlpTraceRequest).resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
      for (const method of sent) expect(spans.some((span) => span.name.startsWith(method)), `${method} in ${spans.map((span) => span.name).join(', ')}`).toBe(true);
    } finally {
      await started.stop();
    }
  });
}
