// A correct server must raise no finding (false positives are bugs): a full session against
// server-everything over stdio, legacy SSE and Streamable HTTP, and against our SDK fixture servers.
// Everything is listed (every page), every resource read, every prompt got, every tool called with
// arguments made from its inputSchema (through a second socket, as another tab would), and the
// server's sampling and elicitation requests are answered by hand in the page's inbox. Then the
// Diagnoses tab must say there is nothing to report.
import type { Page } from '@playwright/test';
import { sampleArguments } from '../proxy/check/sampleArguments';
import type { RequestOutcome } from '../shared/inspectorProtocol';
import { startEverythingServer } from './fixtures/everythingServer';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { fixtureServerCommand } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { InspectorPage } from './pages/InspectorPage';

const NO_FINDINGS = 'No findings: every message so far follows the protocol.';

/** Arguments that keep server-everything's slow or side-effecting tools short and local. */
const ARGUMENT_OVERRIDES: Record<string, Record<string, unknown>> = {
  'trigger-long-running-operation': { duration: 0.3, steps: 3 },
  'gzip-file-as-resource': { name: 'small.txt.gz', data: 'data:text/plain;base64,aGVsbG8gd29ybGQ=', outputType: 'resource' },
  'trigger-sampling-request': { prompt: 'say hi', maxTokens: 20 },
};

type Call = (method: string, params?: Record<string, unknown>) => Promise<RequestOutcome>;

/** Every item of a paginated list method (following `nextCursor`). */
async function listAll(call: Call, method: string, key: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  do {
    const outcome = await call(method, cursor === undefined ? {} : { cursor });
    if (!outcome.ok) return items;
    const result = outcome.result as Record<string, unknown>;
    items.push(...((result[key] as Record<string, unknown>[] | undefined) ?? []));
    cursor = typeof result.nextCursor === 'string' ? result.nextCursor : undefined;
  } while (cursor !== undefined);
  return items;
}

/** Answers whatever the server asks the person while `pending` runs: a sampling reply, a declined form, an accepted URL. */
async function answeringInbox<T>(page: Page, pending: Promise<T>): Promise<T> {
  let settled = false;
  void pending.finally(() => (settled = true)).catch(() => {});
  // Most calls answer at once: only look at the page for those that keep waiting.
  await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, 200))]);
  const waiting = page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article');
  while (!settled) {
    if ((await waiting.count()) === 0) {
      await page.waitForTimeout(100);
      continue;
    }
    const request = waiting.first();
    const title = (await request.getAttribute('aria-label')) ?? '';
    if (title.startsWith('Sampling')) {
      await request.getByLabel('Reply text').fill('Hi, from a person');
      await request.getByRole('button', { name: 'Send reply' }).click();
    } else if (title.startsWith('Elicitation (URL)')) {
      await request.getByRole('button', { name: 'Accept' }).click();
    } else {
      await request.getByRole('button', { name: 'Decline' }).click();
    }
    await expect(request).toBeHidden();
  }
  return pending;
}

/** The session: lists, reads, prompts, tool calls; returns how many of each were made. */
async function exploreFully(page: Page, socket: InspectorSocketClient, connectionId: string) {
  const call: Call = (method, params) => socket.request({ connectionId, method, ...(params ? { params } : {}) });
  const summary = socket.connections.get(connectionId)!;
  const capabilities = summary.handshake?.serverCapabilities ?? {};
  const done = { tools: 0, resources: 0, prompts: 0 };
  await call('ping');
  if (capabilities.resources) {
    for (const resource of await listAll(call, 'resources/list', 'resources')) {
      await call('resources/read', { uri: resource.uri });
      done.resources++;
    }
    await listAll(call, 'resources/templates/list', 'resourceTemplates');
  }
  if (capabilities.prompts) {
    for (const prompt of await listAll(call, 'prompts/list', 'prompts')) {
      const declared = (prompt.arguments as { name: string; required?: boolean }[] | undefined) ?? [];
      const args = Object.fromEntries(declared.filter((a) => a.required).map((a) => [a.name, '1']));
      await call('prompts/get', { name: prompt.name, arguments: args });
      done.prompts++;
    }
  }
  if (capabilities.tools) {
    // Tools that depend on the client's capabilities appear after `initialized`: list until stable.
    await page.waitForTimeout(300);
    for (const tool of await listAll(call, 'tools/list', 'tools')) {
      const name = String(tool.name);
      const args = { ...sampleArguments(tool.inputSchema), ...ARGUMENT_OVERRIDES[name] };
      await answeringInbox(page, call('tools/call', { name, arguments: args }));
      done.tools++;
    }
  }
  return done;
}

interface Expectation {
  /** At least this many of each were made (so a session that listed nothing cannot pass). */
  minimum: { tools: number; resources: number; prompts: number };
  /** The server's own deliberate bugs, one pattern per finding, in order; none for a correct server. */
  findings?: RegExp[];
}

/** Runs the session on a proxy launched with `launchArgs` and expects exactly the known findings, in the socket and the UI. */
async function expectCleanSession(page: Page, launchArgs: string[], { minimum, findings = [] }: Expectation) {
  const proxy = await startProxy(launchArgs);
  const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    const connectionId = [...socket.connections.keys()][0]!;
    await socket.waitFor(() => socket.connections.get(connectionId)?.state === 'connected');
    const done = await exploreFully(page, socket, connectionId);
    expect(done.tools).toBeGreaterThanOrEqual(minimum.tools);
    expect(done.resources).toBeGreaterThanOrEqual(minimum.resources);
    expect(done.prompts).toBeGreaterThanOrEqual(minimum.prompts);
    // Let late notifications and the deferred diagnosis land, then compare: the list names any false positive.
    await page.waitForTimeout(500);
    await roundTrip(socket, connectionId);
    const raised = socket.findings.map((f) => `${f.ruleId}: ${f.message}`);
    expect(raised, raised.join('\n')).toHaveLength(findings.length);
    findings.forEach((pattern, index) => expect(raised[index]).toMatch(pattern));
    await inspector.showTab('Diagnoses');
    if (findings.length === 0) {
      await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses');
      await expect(page.getByText(NO_FINDINGS)).toBeVisible();
    } else {
      await expect(inspector.tab('Diagnoses')).toHaveText(`Diagnoses (${findings.length})`);
    }
  } finally {
    socket.close();
    await proxy.stop();
  }
}

/** One more round trip, so every finding raised before it has reached the socket. */
async function roundTrip(socket: InspectorSocketClient, connectionId: string) {
  await socket.request({ connectionId, method: 'ping' });
}

test.describe.configure({ timeout: 180_000 });

/** server-everything with every client capability declared: 12 tools plus those that need sampling, elicitation, roots or tasks. */
const EVERYTHING = { tools: 18, resources: 7, prompts: 4 };

test('server-everything over stdio: a full session raises no finding', async ({ page }) => {
  await expectCleanSession(page, [], { minimum: EVERYTHING });
});

for (const mode of ['streamableHttp', 'sse'] as const) {
  test(`server-everything over ${mode === 'sse' ? 'legacy SSE' : 'Streamable HTTP'}: a full session raises no finding`, async ({ page }) => {
    const server = await startEverythingServer(mode);
    try {
      await expectCleanSession(page, ['--url', server.url, '--transport', mode === 'sse' ? 'sse' : 'http'], { minimum: EVERYTHING });
    } finally {
      await server.stop();
    }
  });
}

/**
 * Our fixtures are correct except where they break the protocol on purpose, to show how the UI
 * renders a broken result: those findings are real and must be exactly these.
 */
const FIXTURES: Record<string, Expectation> = {
  // `unknown-type` returns a content block of type "hologram" (for the UI's raw view of unknown content).
  schemaShowcaseServer: { minimum: { tools: 10, resources: 0, prompts: 0 }, findings: [/^content-invalid: .*type "hologram" is not a content type/] },
  // `weather-invalid` and `weather-unstructured` break their own outputSchema (for the result view's warnings).
  outputSchemaServer: {
    minimum: { tools: 3, resources: 0, prompts: 0 },
    findings: [/^structured-content-invalid: .*"weather-invalid"/, /^structured-content-invalid: .*no structuredContent.*"weather-unstructured"/],
  },
  pagedServer: { minimum: { tools: 250, resources: 120, prompts: 30 } },
  templateServer: { minimum: { tools: 1, resources: 1, prompts: 0 } },
  manyToolsServer: { minimum: { tools: 1000, resources: 0, prompts: 0 } },
};

for (const [name, expectation] of Object.entries(FIXTURES)) {
  test(`the SDK fixture ${name}: a full session raises no finding but its deliberate ones`, async ({ page }) => {
    const fixture = fixtureServerCommand(name);
    await expectCleanSession(page, ['--', fixture.command, ...fixture.args], expectation);
  });
}
