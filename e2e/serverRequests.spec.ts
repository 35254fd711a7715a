// The client's side of MCP against server-everything over stdio (the demo server): the person answers
// sampling and elicitation in the inbox, edits roots, sets the log level, watches progress, cancels,
// times a call out, and pings. The server's tool results show what it received.
import type { Locator } from '@playwright/test';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import type { RunningProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import type { InspectorPage } from './pages/InspectorPage';
import { callWithJson, openTool } from './fixtures/toolCalls';

/** The proxy recorded a `notifications/cancelled` sent to the server with this reason. */
async function expectCancelledOnTheWire(proxy: RunningProxy, reason: string): Promise<void> {
  const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
  try {
    const cancellations = client.events.filter(
      (event) => event.kind === 'message' && event.direction === 'outgoing' && (event.message as { method?: string }).method === 'notifications/cancelled',
    );
    expect(cancellations.map((event) => JSON.stringify(event.kind === 'message' ? event.message : null)).join('\n')).toContain(reason);
  } finally {
    client.close();
  }
}

/** The waiting request the dock shows under the open tab. */
function waiting(inspector: InspectorPage, title: RegExp): Locator {
  return inspector.page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article', { name: title });
}

/** The control is wholly inside the viewport and inside the dock, without any scrolling. */
async function expectInViewWithoutScrolling(inspector: InspectorPage, control: Locator): Promise<void> {
  await expect(control).toBeInViewport({ ratio: 1 });
  const viewport = inspector.page.viewportSize()!;
  const box = (await control.boundingBox())!;
  const dock = (await inspector.page.getByRole('region', { name: 'Waiting server requests' }).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(dock.y);
  expect(box.y + box.height).toBeLessThanOrEqual(Math.min(dock.y + dock.height, viewport.height));
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

test('sampling: the request is shown in full and the typed reply reaches the server', async ({ inspector }) => {
  test.slow(); // it walks both themes
  await inspector.page.setViewportSize({ width: 1280, height: 720 });
  const tool = await openTool(inspector, 'trigger-sampling-request');
  // A long prompt: the answer buttons must stay in view below it, in light and in dark.
  const prompt = ['what is 6 times 7?', ...Array.from({ length: 40 }, (_, line) => `context line ${line + 1}`)].join('\n');
  const result = await callWithJson(tool, { prompt, maxTokens: 33 });
  await expect(inspector.tab('Inbox')).toHaveText('Inbox (1)');
  const request = waiting(inspector, /^Sampling/);
  // The only request waiting: the focus is in its first field, and its answers are in view.
  await expect(request.getByLabel('Reply text')).toBeFocused();
  for (const colorScheme of ['light', 'dark'] as const) {
    await inspector.page.emulateMedia({ colorScheme });
    await expect(inspector.page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expectInViewWithoutScrolling(inspector, request.getByRole('button', { name: 'Send reply' }));
    await expectInViewWithoutScrolling(inspector, request.getByRole('button', { name: 'Reject' }));
  }
  await expect(request.getByRole('region', { name: 'System prompt' })).toContainText('You are a helpful test server.');
  await expect(request.getByRole('region', { name: 'Messages' })).toContainText('what is 6 times 7?');
  await expect(request.getByRole('definition').filter({ hasText: /^33$/ })).toBeVisible();
  await request.getByLabel('Reply text').fill('Forty-two, typed by a person');
  await request.getByLabel('Model').fill('e2e-human');
  await request.getByRole('button', { name: 'Send reply' }).click();
  await expect(result).toContainText('Forty-two, typed by a person');
  await expect(result).toContainText('e2e-human');
  await expect(inspector.tab('Inbox')).toHaveText('Inbox');
  await inspector.showTab('Inbox');
  await expect(inspector.page.getByRole('region', { name: 'Ended server requests' })).toContainText('Answered');
});

test('sampling: a rejection reaches the server as an error', async ({ inspector }) => {
  const tool = await openTool(inspector, 'trigger-sampling-request');
  const result = await callWithJson(tool, { prompt: 'please refuse' });
  const request = waiting(inspector, /^Sampling/);
  await request.getByLabel('Error message').fill('No model for you today');
  await request.getByRole('button', { name: 'Reject' }).click();
  await expect(result).toContainText('No model for you today');
});

test('elicitation: every field type filled through the form comes back from the server', async ({ inspector }) => {
  const tool = await openTool(inspector, 'trigger-elicitation-request');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  const form = waiting(inspector, /^Elicitation \(form\)/);
  await expect(form.getByRole('note')).toHaveText(/Only provide information you trust this server with/);
  await expect(form.getByRole('textbox', { name: 'String', exact: true })).toBeFocused();
  // Defaults are values, and a boolean is a checkbox (unticked is sent as false).
  await expect(form.getByLabel('String with default')).toHaveValue('It was a dark and stormy night.');
  await expect(form.getByRole('spinbutton', { name: 'Integer', exact: true })).toHaveValue('42');
  await expectInViewWithoutScrolling(inspector, form.getByRole('button', { name: 'Accept' }));
  await form.getByRole('textbox', { name: 'String', exact: true }).fill('Ada Lovelace');
  await form.getByRole('checkbox', { name: 'Boolean', exact: true }).check();
  await form.getByLabel('String with default').fill('Call me Ishmael.');
  await form.getByLabel('String with email format').fill('ada@example.com');
  await form.getByLabel('String with uri format').fill('https://example.com/ada');
  await form.getByLabel('String with date format').fill('1815-12-10');
  await form.getByRole('spinbutton', { name: 'Integer', exact: true }).fill('7');
  await form.getByLabel('Number in range 1-1000').fill('2.5');
  await form.getByRole('combobox', { name: 'Untitled Single Select Enum', exact: true }).selectOption('Rachel');
  await form.getByRole('group', { name: 'Untitled Multiple Select Enum' }).getByRole('button', { name: 'Add item' }).click();
  await form.getByRole('combobox', { name: 'Untitled Multiple Select Enum item 2', exact: true }).selectOption('Drums');
  await form.getByRole('combobox', { name: 'Titled Single Select Enum', exact: true }).selectOption({ label: 'Wonder Woman' });
  await form.getByRole('combobox', { name: 'Titled Multiple Select Enum item 1', exact: true }).selectOption({ label: 'Trout' });
  await form.getByRole('combobox', { name: 'Legacy Titled Single Select Enum', exact: true }).selectOption({ label: 'Dogs' });
  await form.getByRole('button', { name: 'Accept' }).click();

  const result = tool.getByRole('region', { name: 'Tool result' });
  await expect(result).toContainText('User provided the requested information');
  for (const echoed of [
    '"name": "Ada Lovelace"',
    '"check": true',
    '"firstLine": "Call me Ishmael."',
    '"email": "ada@example.com"',
    '"homepage": "https://example.com/ada"',
    '"birthdate": "1815-12-10"',
    '"integer": 7',
    '"number": 2.5',
    '"untitledSingleSelectEnum": "Rachel"',
    '"Drums"',
    '"titledSingleSelectEnum": "hero-3"',
    '"fish-3"',
    '"legacyTitledEnum": "pet-2"',
  ]) {
    await expect(result).toContainText(echoed);
  }
});

test('elicitation: decline is reported back as declined', async ({ inspector }) => {
  const tool = await openTool(inspector, 'trigger-elicitation-request');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await waiting(inspector, /^Elicitation \(form\)/).getByRole('button', { name: 'Decline' }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('User declined to provide the requested information');
});

test('URL elicitation: the URL is shown as an http(s) link and accepting completes the call', async ({ inspector }) => {
  const tool = await openTool(inspector, 'trigger-url-elicitation');
  const result = await callWithJson(tool, { url: 'https://example.com/authorize?step=1', message: 'Sign in to continue' });
  const request = waiting(inspector, /^Elicitation \(URL\)/);
  await expect(request).toContainText('Sign in to continue');
  await expect(request.getByLabel('Elicitation URL')).toHaveText('https://example.com/authorize?step=1');
  await expect(request.getByRole('link', { name: 'Open the link in a new tab' })).toHaveAttribute('href', 'https://example.com/authorize?step=1');
  await request.getByRole('button', { name: 'Accept' }).click();
  await expect(result).toContainText('User completed the URL elicitation flow');
});

test('roots entered in the UI are what the server lists', async ({ inspector }) => {
  await inspector.expectConnected();
  await inspector.showTab('Roots');
  const page = inspector.page;
  await page.getByRole('button', { name: 'Add root' }).click();
  await page.getByRole('group', { name: 'Root 1' }).getByLabel('URI').fill('file:///home/ada/engine');
  await page.getByRole('group', { name: 'Root 1' }).getByLabel('Name').fill('Analytical Engine');
  await page.getByRole('button', { name: 'Add root' }).click();
  await page.getByRole('group', { name: 'Root 2' }).getByLabel('URI').fill('https://not-a-file');
  await page.getByRole('button', { name: 'Apply roots' }).click();
  await expect(page.getByRole('alert')).toHaveText('Root 2: A root URI must start with file://');
  await page.getByRole('group', { name: 'Root 2' }).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Apply roots' }).click();
  await expect(page.getByText('Applied')).toBeVisible();

  const tool = await openTool(inspector, 'get-roots-list');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  const result = tool.getByRole('region', { name: 'Tool result' });
  await expect(result).toContainText('Analytical Engine');
  await expect(result).toContainText('file:///home/ada/engine');
  await inspector.showTab('Log');
  await expect(inspector.logRows('notifications/roots/list_changed').first()).toBeVisible();
});

test('logging: the level is set, simulated log messages appear and the level filter works', async ({ inspector }) => {
  await inspector.expectConnected();
  await inspector.showTab('Logging');
  const page = inspector.page;
  await page.getByLabel('Server log level').selectOption('debug');
  await expect(page.getByText('Level set')).toBeVisible();
  const tool = await openTool(inspector, 'toggle-simulated-logging');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toBeVisible();
  await inspector.showTab('Logging');
  const rows = page.getByRole('list', { name: 'Server log messages' }).getByRole('listitem');
  // One simulated message at once, then one every 5 s, each of a random level.
  await expect.poll(() => rows.filter({ hasText: /-level message|level-message/ }).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  const levels = await rows.evaluateAll((items) => items.map((item) => item.querySelector('span:nth-child(2)')?.textContent ?? ''));
  await page.getByLabel('Show at least').selectOption('emergency');
  const emergencies = levels.filter((level) => level === 'emergency').length;
  await expect(page.getByText(new RegExp(`^${emergencies} of \\d+$`))).toBeVisible();
  for (const text of await page.getByRole('list', { name: 'Server log messages' }).getByRole('listitem').allTextContents()) expect(text).toContain('emergency');
});

test('a long operation shows moving progress and cancelling it sends notifications/cancelled', async ({ inspector, inspectorProxy }) => {
  const tool = await openTool(inspector, 'trigger-long-running-operation');
  const result = await callWithJson(tool, { duration: 20, steps: 20 });
  const bar = tool.getByRole('progressbar', { name: 'tools/call progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]/, { timeout: 10_000 });
  const first = Number(await bar.getAttribute('aria-valuenow'));
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(first);
  await expect(bar).toHaveAttribute('aria-valuemax', '20');
  await tool.getByRole('button', { name: 'Cancel request' }).click();
  await expect(result).toContainText('Cancelled: Cancelled by the user in mcp-inspect');
  await expectCancelledOnTheWire(inspectorProxy, 'Cancelled by the user in mcp-inspect');
  await inspector.showTab('Log');
  await expect(inspector.logRows('notifications/cancelled').first()).toBeVisible();
});

test('a short request timeout cancels a long call cleanly and says so', async ({ inspector, inspectorProxy }) => {
  await inspector.expectConnected();
  const form = await inspector.openSettings();
  await form.getByRole('button', { name: 'Client capabilities and timeouts' }).click();
  await form.getByLabel('Request timeout (ms)').fill('1500');
  await form.getByLabel('Progress resets the timeout').uncheck();
  await inspector.reconnect(form.getByRole('button', { name: 'Reconnect', exact: true }));
  const tool = await openTool(inspector, 'trigger-long-running-operation');
  const result = await callWithJson(tool, { duration: 6, steps: 6 });
  await expect(result).toContainText('Request timed out', { timeout: 10_000 });
  await expectCancelledOnTheWire(inspectorProxy, 'Request timed out');
  // The next call still works: the connection survived the timeout.
  const echo = await openTool(inspector, 'echo');
  await expect(await callWithJson(echo, { message: 'still here' })).toContainText('Echo: still here');
});

test('ping shows the round-trip time', async ({ inspector }) => {
  await inspector.expectConnected();
  await inspector.page.getByRole('button', { name: 'Ping', exact: true }).click();
  await expect(inspector.page.getByLabel('Ping result')).toHaveText(/^\d+(\.\d+)? ms$/);
});
