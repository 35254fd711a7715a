// Issue 14's ten workflows on server-everything, each walked as a person would, with the person's clicks
// (and, for the keyboard workflow, key presses) counted and held to the official Inspector's count for the
// same workflow. The official counts come from its UI as built (github.com/modelcontextprotocol/inspector,
// client/src/components: Sidebar, ToolsTab, ResourcesTab, PromptsTab, SamplingTab, ElicitationTab,
// HistoryAndNotifications): it opens disconnected, every list starts empty behind a "List …" button, and
// server requests wait in tabs of their own. Filling a field costs one click (to put the caret in it).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';
import { wireToolCalls } from './fixtures/toolCalls';
import { InspectorPage } from './pages/InspectorPage';
import { startProxy } from './fixtures/proxyProcess';

// One proxy (one connection to the demo server) per worker; each test opens its own page. The start
// failure, which adds a connection, has a proxy of its own.
test.use({ sharedLaunchArgs: [] });

declare global {
  interface Window {
    /** Trusted pointer clicks and trusted non-character key presses since the page loaded. */
    personInput: { clicks: number; keys: number };
  }
}

// Counts what a person does: trusted clicks from a pointer (a keyboard-activated button also fires
// `click`, with detail 0, and is not a click), and trusted key presses other than typed characters and
// lone modifiers (Ctrl+K is one press).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.personInput = { clicks: 0, keys: 0 };
    // On window, capturing, installed before the app's own: a shortcut handler that stops the event
    // (Ctrl+K) cannot hide it.
    window.addEventListener('click', (event) => {
      if (event.isTrusted && event.detail > 0) window.personInput.clicks += 1;
    }, true);
    window.addEventListener('keydown', (event) => {
      const typesACharacter = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      const modifier = ['Control', 'Meta', 'Shift', 'Alt'].includes(event.key);
      if (event.isTrusted && !event.repeat && !typesACharacter && !modifier) window.personInput.keys += 1;
    }, true);
  });
});

const personInput = (page: Page) => page.evaluate(() => window.personInput);

/**
 * The walk took exactly `ours` clicks (exact, so the counter is shown to count and a click added later
 * is noticed; fewer is welcome: lower the number), and that is no more than the official Inspector's.
 */
async function expectClicks(page: Page, counts: { ours: number; official: number }): Promise<void> {
  expect((await personInput(page)).clicks, 'clicks this walk takes').toBe(counts.ours);
  expect(counts.ours, 'clicks the official Inspector takes for the same workflow').toBeLessThanOrEqual(counts.official);
}

/**
 * Types into a field the way a person does: one click to put the caret there unless it already is, and
 * select-all first if the field holds text that is not already selected.
 */
async function typeInto(field: Locator, text: string): Promise<void> {
  if (!(await field.evaluate((element) => element === document.activeElement))) await field.click();
  const holdsUnselectedText = await field.evaluate((input: HTMLInputElement) => input.value !== '' && input.selectionEnd! - input.selectionStart! < input.value.length);
  if (holdsUnselectedText) await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}

const toolRow = (page: Page, name: string) => page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: new RegExp(`^${name}(\\s|$)`) });
const toolField = (tool: Locator, label: string) => tool.getByLabel(new RegExp(`^${label}\\*?$`));
const waiting = (page: Page, title: RegExp) => page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article', { name: title });

/** Opens a tool from the list the working screen already shows (Tools comes first). */
async function openTool(inspector: InspectorPage, name: string): Promise<Locator> {
  await inspector.expectConnected();
  await toolRow(inspector.page, name).click();
  const tool = inspector.page.getByRole('region', { name: `Tool ${name}` });
  await expect(tool).toBeVisible();
  return tool;
}

test('first screen: the server is connected and its tools are listed', async ({ inspector, page }) => {
  // Official (3): Connect → Tools tab → List Tools.
  await inspector.expectConnected();
  await expect(inspector.tab('Tools')).toHaveAttribute('aria-selected', 'true');
  await expect(toolRow(page, 'echo')).toBeVisible();
  await expect(toolRow(page, 'get-sum')).toBeVisible();
  await expectClicks(page, { ours: 0, official: 3 });
});

test('tool call with validation: a missing required argument is caught before sending', async ({ inspector, page, inspectorProxy }) => {
  // Official (8): Connect → Tools tab → List Tools → get-sum → field a → Run Tool (refused) → field b → Run Tool.
  const tool = await openTool(inspector, 'get-sum');
  await typeInto(toolField(tool, 'a'), '19');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByRole('list', { name: 'Argument problems' })).toHaveText('b is required.');
  await expect(tool).toContainText('nothing was sent');
  await typeInto(toolField(tool, 'b'), '23');
  await tool.getByRole('button', { name: 'Call tool', exact: true }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('42');
  // Only the complete call reached the server.
  const sums = (await wireToolCalls(inspectorProxy)).filter((call) => call.name === 'get-sum');
  expect(sums.map((call) => call.arguments)).toStrictEqual([{ a: 19, b: 23 }]);
  await expectClicks(page, { ours: 5, official: 8 });
});

test('long call with cancel: the running call is cancelled and says so', async ({ inspector, page }) => {
  // Official (6): Connect → Tools tab → List Tools → trigger-long-running-operation → Run Tool → Cancel.
  const tool = await openTool(inspector, 'trigger-long-running-operation');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByRole('progressbar', { name: 'tools/call progress' })).toBeVisible();
  await tool.getByRole('button', { name: 'Cancel request' }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Cancelled: Cancelled by the user in mcp-inspect');
  await expectClicks(page, { ours: 3, official: 6 });
});

test('sampling and elicitation: both answers reach the server', async ({ inspector, page }) => {
  // Official (12): Connect → Tools tab → List Tools → trigger-sampling-request → field prompt → Run Tool →
  // Sampling tab → Approve (its stub reply) → trigger-elicitation-request → Run Tool → Elicitations tab → Decline.
  const sampling = await openTool(inspector, 'trigger-sampling-request');
  await typeInto(toolField(sampling, 'prompt'), 'what is 6 times 7?');
  await sampling.getByRole('button', { name: 'Call tool' }).click();
  const request = waiting(page, /^Sampling/);
  await typeInto(request.getByLabel('Reply text'), 'Forty-two, from a person');
  await request.getByRole('button', { name: 'Send reply' }).click();
  await expect(sampling.getByRole('region', { name: 'Tool result' })).toContainText('Forty-two, from a person');

  const elicitation = await openTool(inspector, 'trigger-elicitation-request');
  await elicitation.getByRole('button', { name: 'Call tool' }).click();
  await waiting(page, /^Elicitation \(form\)/).getByRole('button', { name: 'Decline' }).click();
  await expect(elicitation.getByRole('region', { name: 'Tool result' })).toContainText('User declined to provide the requested information');
  await expectClicks(page, { ours: 7, official: 12 });
});

test('resources with templates: a blob read through a template is decoded', async ({ inspector, page }) => {
  // Official (5): Connect → (Resources is its first tab) List Templates → dynamic/blob/{resourceId} →
  // field resourceId → Read Resource.
  await inspector.expectConnected();
  await inspector.showTab('Resources');
  const templates = page.getByRole('list', { name: 'Resource templates' });
  await templates.getByRole('button', { name: /dynamic\/blob\/\{resourceId\}/ }).click();
  const template = page.getByRole('region', { name: 'Resource template demo://resource/dynamic/blob/{resourceId}' });
  await typeInto(template.getByRole('combobox', { name: 'resourceId' }), '3');
  await template.getByRole('button', { name: 'Read resource' }).click();
  const contents = page.getByRole('region', { name: 'Resource demo://resource/dynamic/blob/3' }).getByRole('region', { name: 'Resource contents' });
  await expect(contents).toContainText('Resource 3: This is a base64 blob created at');
  await expect(contents).toContainText('decoded from a base64 blob');
  await expectClicks(page, { ours: 4, official: 5 });
});

test('prompts with completion: completed arguments fill the prompt', async ({ inspector, page }) => {
  // Official (9): Connect → Prompts tab → List Prompts → completable-prompt → field department →
  // suggestion Engineering → field name → suggestion Bob → Get Prompt.
  await inspector.expectConnected();
  await inspector.showTab('Prompts');
  await page.getByRole('list', { name: 'Prompts' }).getByRole('button', { name: /^completable-prompt\b/ }).click();
  const prompt = page.getByRole('region', { name: 'Prompt completable-prompt' });
  // Each list is clicked once it shows what was typed: the list for the empty field comes first, and a
  // click aimed at an option while the narrower list replaces it lands where the option no longer is.
  await typeInto(prompt.getByRole('combobox', { name: 'department' }), 'E');
  const departments = prompt.getByRole('listbox', { name: 'Suggestions for department' });
  await expect(departments.getByRole('option')).toHaveText(['Engineering']);
  await departments.getByRole('option', { name: 'Engineering' }).click();
  await typeInto(prompt.getByRole('combobox', { name: 'name' }), 'B');
  const names = prompt.getByRole('listbox', { name: 'Suggestions for name' });
  await expect(names.getByRole('option')).toHaveText(['Bob']);
  await names.getByRole('option', { name: 'Bob' }).click();
  await expect(prompt.getByRole('combobox', { name: 'name' })).toHaveValue('Bob');
  await prompt.getByRole('button', { name: 'Get prompt' }).click();
  await expect(prompt.getByRole('list', { name: 'Prompt messages' })).toContainText('Please promote Bob to the head of the Engineering team.');
  await expectClicks(page, { ours: 7, official: 9 });
});

test('finding a call in the log: the call\'s row is selected', async ({ inspector, page }) => {
  // Official (7): Connect → Tools tab → List Tools → echo → field message → Run Tool → its tools/call entry in History.
  const tool = await openTool(inspector, 'echo');
  await typeInto(toolField(tool, 'message'), 'find me in the log');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Echo: find me in the log');
  await tool.getByRole('button', { name: /^#\d+ → #\d+ · Show in log$/ }).click();
  await expect(page.getByRole('row', { selected: true })).toContainText('echo');
  await expectClicks(page, { ours: 4, official: 7 });
});

test('keyboard only: a tool found, filled and called without the mouse', async ({ inspector, page }) => {
  // Official: not possible. Connect and the tabs take the keyboard, but its list rows (ListPane) are
  // <div onClick> without a tabindex, so no tool can be chosen without a pointer. Budget: no clicks, and
  // the key presses this walk takes today (Ctrl+K, Enter, Tab, Ctrl+Enter) so it cannot grow unnoticed.
  await inspector.expectConnected();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('get-sum');
  await page.keyboard.press('Enter');
  const tool = page.getByRole('region', { name: 'Tool get-sum' });
  await expect(toolField(tool, 'a')).toBeFocused();
  await page.keyboard.type('19');
  await page.keyboard.press('Tab');
  await expect(toolField(tool, 'b')).toBeFocused();
  await page.keyboard.type('23');
  await page.keyboard.press('Control+Enter');
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('42');
  expect(await personInput(page)).toStrictEqual({ clicks: 0, keys: 4 });
});

test('1280×720 in dark mode: a call made and read in the dark theme, nothing off screen', async ({ inspector, page }) => {
  // Official (8): theme select → Dark → Connect → Tools tab → List Tools → echo → field message → Run Tool.
  await page.setViewportSize({ width: 1280, height: 720 });
  await inspector.expectConnected();
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const tool = await openTool(inspector, 'echo');
  await typeInto(toolField(tool, 'message'), 'in the dark');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  const result = tool.getByRole('region', { name: 'Tool result' });
  await expect(result).toContainText('Echo: in the dark');
  await expect(result.getByRole('article', { name: 'Content 1: text' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expectClicks(page, { ours: 4, official: 8 });
});

// On a proxy of its own: it adds a second connection, which the workflows sharing a proxy must not see.
test('start failure: a server that exits at start says why', async ({ page }) => {
  // Official (3): field Command → field Arguments → Connect (STDIO is its default transport).
  // Ours: New connection → (the caret is already in Command, its text selected) field Arguments → Connect.
  const crashing = fixtureServerCommand('crashingServer', '--exit-at-start');
  const proxy = await startProxy([]);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    await inspector.button('New connection').click();
    const form = page.getByRole('form', { name: 'New connection' });
    await expect(form.getByLabel('Command')).toBeFocused();
    await typeInto(form.getByLabel('Command'), crashing.command);
    await typeInto(form.getByLabel('Arguments'), crashing.args.join(' '));
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(inspector.status).toContainText('Exited (code 3)');
    await expect(inspector.status).toContainText('fatal: CRASHING_FIXTURE_API_KEY is not set');
    await expectClicks(page, { ours: 3, official: 3 });
  } finally {
    await proxy.stop();
  }
});
