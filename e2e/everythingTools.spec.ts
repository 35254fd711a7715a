// Every server-everything tool that needs no client capability, called through its generated form (the
// default launch: server-everything over stdio), each result checked as a user sees it. The list of tools
// comes from the server itself, so a tool added in a new server version fails the coverage test until
// it has a check here.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { listToolsDirectly } from './fixtures/listDirectly';
import { everythingEntry } from './fixtures/paths';
import { callTool, openTool, wireToolCalls } from './fixtures/toolCalls';
import type { RunningProxy } from './fixtures/proxyProcess';

interface ToolCheck {
  /** Fills the form (nothing for tools without arguments). */
  fill?: (tool: Locator) => Promise<void>;
  /** Checks the result region; `proxy` gives access to what crossed the wire. */
  check: (result: Locator, proxy: RunningProxy) => Promise<void>;
}

// Each test calls its own tool: one proxy (one connection to the demo server) serves a worker's tests.
test.use({ sharedLaunchArgs: [] });

const field = (tool: Locator, label: string) => tool.getByLabel(new RegExp(`^${label}\\*?$`));
const block = (result: Locator, index: number, type: string) => result.getByRole('article', { name: `Content ${index}: ${type}` });

const checks: Record<string, ToolCheck> = {
  echo: {
    fill: (tool) => field(tool, 'message').fill('hello, everything'),
    check: (result) => expect(block(result, 1, 'text')).toContainText('Echo: hello, everything'),
  },
  'get-sum': {
    fill: async (tool) => {
      await field(tool, 'a').fill('2.5');
      await field(tool, 'b').fill('-1');
    },
    check: async (result, proxy) => {
      await expect(block(result, 1, 'text')).toContainText('1.5');
      const sums = (await wireToolCalls(proxy)).filter((call) => call.name === 'get-sum');
      expect(sums.map((call) => call.arguments)).toStrictEqual([{ a: 2.5, b: -1 }]);
    },
  },
  'get-structured-content': {
    fill: async (tool) => {
      await field(tool, 'location').selectOption('Chicago');
    },
    check: async (result) => {
      await expect(result.getByRole('group', { name: 'Structured content' })).toContainText('temperature');
      await expect(result.getByRole('status', { name: 'Output schema check' })).toContainText("structuredContent matches the tool's outputSchema");
    },
  },
  'get-tiny-image': {
    check: async (result) => {
      await expect(block(result, 1, 'text')).toContainText('image');
      const image = result.getByRole('img', { name: 'Image content 2' });
      await expect(image).toBeVisible();
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      await expect(block(result, 2, 'image')).toContainText(/image\/png · \d+(\.\d)? (B|KiB)/);
    },
  },
  'get-resource-reference': {
    check: async (result) => {
      const embedded = block(result, 2, 'resource');
      await expect(embedded).toContainText('demo://resource/dynamic/text/1');
      await expect(embedded).toContainText('text/plain');
      await expect(embedded).toContainText(/Resource 1/);
    },
  },
  'get-annotated-message': {
    fill: async (tool) => {
      await field(tool, 'messageType').selectOption('error');
      await field(tool, 'includeImage').selectOption('true');
    },
    check: async (result) => {
      const annotations = result.getByRole('list', { name: 'Content 1 annotations' });
      await expect(annotations).toContainText('audience: user, assistant');
      await expect(annotations).toContainText('priority: 1');
      await expect(result.getByRole('img', { name: 'Image content 2' })).toBeVisible();
      await expect(result.getByRole('list', { name: 'Content 2 annotations' })).toContainText('priority');
    },
  },
  'get-env': {
    check: (result) => expect(block(result, 1, 'text')).toContainText('PATH'),
  },
  'get-resource-links': {
    // Clicking a link is the resources spec's business; here the links are shown, as many as asked.
    fill: (tool) => field(tool, 'count').fill('4'),
    check: (result) => expect(result.getByRole('article', { name: /resource_link/ })).toHaveCount(4),
  },
  'gzip-file-as-resource': {
    fill: async (tool) => {
      await field(tool, 'name').fill('greeting.txt.gz');
      await field(tool, 'data').fill(`data:text/plain;base64,${Buffer.from('hello gzip').toString('base64')}`);
      await field(tool, 'outputType').selectOption('resource');
    },
    check: async (result) => {
      const embedded = block(result, 1, 'resource');
      await expect(embedded).toContainText('application/gzip');
      const download = embedded.getByRole('link', { name: /Download blob \(\d+ B\)/ });
      await expect(download).toHaveAttribute('download', 'greeting.txt.gz');
      await expect(download).toHaveAttribute('href', /^data:application\/gzip;base64,H4sI/);
    },
  },
  'toggle-simulated-logging': {
    check: (result) => expect(block(result, 1, 'text')).toContainText(/logging/i),
  },
  'toggle-subscriber-updates': {
    check: (result) => expect(block(result, 1, 'text')).toContainText(/subscri/i),
  },
  'trigger-long-running-operation': {
    fill: async (tool) => {
      await field(tool, 'duration').fill('1');
      await field(tool, 'steps').fill('2');
    },
    check: (result) => expect(block(result, 1, 'text')).toContainText(/completed/i),
  },
};

/** Tools that make the server ask the client something: answered through the UI in serverRequests.spec.ts. */
const CHECKED_IN_SERVER_REQUESTS_SPEC = ['get-roots-list', 'trigger-elicitation-request', 'trigger-sampling-request', 'trigger-url-elicitation'];
/** Tools that ask the client to run sampling or elicitation as a task (2025-11-25): client-side tasks are not built yet. */
const WAITING_FOR_CLIENT_TASKS = ['trigger-elicitation-request-async', 'trigger-sampling-request-async'];

test('every tool the server offers has a check here or in the server-requests spec', async () => {
  const tools = await listToolsDirectly(process.execPath, [everythingEntry, 'stdio']);
  // Tools that need task augmentation need a client capability (tasks): not in this spec.
  const callable = tools.filter((tool) => tool.execution?.taskSupport !== 'required').map((tool) => tool.name);
  expect(callable.length).toBeGreaterThanOrEqual(10);
  const accountedFor = [...Object.keys(checks), ...CHECKED_IN_SERVER_REQUESTS_SPEC, ...WAITING_FOR_CLIENT_TASKS];
  expect(accountedFor.sort()).toStrictEqual([...callable].sort());
});

for (const [name, { fill, check }] of Object.entries(checks)) {
  test(`${name}: called through its form, result shown`, async ({ inspector, inspectorProxy }) => {
    const tool = await openTool(inspector, name);
    await fill?.(tool);
    const result = await callTool(tool);
    await expect(result.getByText('ok', { exact: true })).toBeVisible({ timeout: 15_000 });
    await check(result, inspectorProxy);
  });
}

test('get-resource-reference with a blob offers it as a download', async ({ inspector }) => {
  const tool = await openTool(inspector, 'get-resource-reference');
  await field(tool, 'resourceType').selectOption('Blob');
  await field(tool, 'resourceId').fill('2');
  const result = await callTool(tool);
  const embedded = block(result, 2, 'resource');
  await expect(embedded).toContainText('demo://resource/dynamic/blob/2');
  await expect(embedded.getByRole('link', { name: /Download blob/ })).toHaveAttribute('href', /^data:text\/plain;base64,/);
});
