// The UX layer against server-everything: themes, the keyboard (Ctrl/Cmd+K palette, lists, / and ?), the Monaco JSON editor in
// the Tools tab, and tabs that keep their state when switched.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { openTool } from './fixtures/toolCalls';
import { editorText, monacoEditor, replaceEditorText } from './pages/JsonEditorControl';

/** The lightness (0–1) of the page's background, from its computed oklch() or rgb() colour. */
async function backgroundLightness(page: Page): Promise<number> {
  const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const oklch = /oklch\(([\d.]+)/.exec(color);
  if (oklch) return Number(oklch[1]);
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test('the theme follows the system, and the header toggle overrides it and is kept', async ({ inspector, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await inspector.expectConnected();
  const html = page.locator('html');
  const theme = page.getByRole('radiogroup', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).not.toHaveClass(/\bdark\b/);
  expect(await backgroundLightness(page)).toBeGreaterThan(0.9);

  await theme.getByRole('radio', { name: 'Dark' }).click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => backgroundLightness(page)).toBeLessThan(0.3);

  await page.reload();
  await inspector.expectConnected();
  await expect(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await backgroundLightness(page)).toBeGreaterThan(0.9);
});

test('the keyboard story: skip link, Ctrl+K to a tool and its first field, / and arrows in the list, the ? sheet', async ({ inspector, page }) => {
  await inspector.expectConnected();
  // The first Tab reaches the skip link, which is shown while focused and moves focus into <main>.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // A server with tools opens on Tools (issue 14); leave it, so the palette has to switch back.
  await expect(inspector.tab('Tools')).toHaveAttribute('aria-selected', 'true');
  await inspector.showTab('Handshake');
  // A stdio server has no HTTP exchanges or OAuth: those views are not offered (oauth.spec uses them).
  await expect(inspector.tab('Log')).toBeVisible();
  await expect(inspector.tab('Network')).toHaveCount(0);
  await expect(inspector.tab('Auth')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to' });
  const input = palette.getByRole('combobox', { name: 'Go to' });
  await expect(input).toBeFocused();
  await expect(palette.getByRole('option', { name: /^Tool get-sum/ })).toBeVisible();
  // Contiguous, word-start matches win: "long" is the long-running tool, not every text with l…o…n…g.
  await input.pressSequentially('long');
  await expect(palette.getByRole('option').first()).toContainText('trigger-long-running-operation');
  expect(await palette.getByRole('option').count()).toBeLessThanOrEqual(2);
  await input.fill('');
  await input.pressSequentially('get-sum');
  const first = palette.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toContainText('get-sum');
  await input.press('Enter');
  await expect(palette).toBeHidden();
  await expect(inspector.tab('Tools')).toHaveAttribute('aria-selected', 'true');
  const tool = page.getByRole('region', { name: 'Tool get-sum' });
  await expect(tool).toBeVisible();
  // The keyboard lands in the first field, so typing and Ctrl+Enter work at once.
  await expect(tool.getByLabel(/^a\b/)).toBeFocused();
  await page.keyboard.type('19');
  await tool.getByLabel(/^b\b/).fill('23');
  await page.keyboard.press('Control+Enter');
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('42');

  // "/" focuses the list's filter; ↓ enters the list at the selected tool, ↓ moves on, Enter opens.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Filter tools' })).toBeFocused();
  const toolList = page.getByRole('list', { name: 'Tools' });
  await page.keyboard.press('ArrowDown');
  await expect(toolList.getByRole('button', { name: /^get-sum/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const nextName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.split(' ')[0] ?? '');
  expect(nextName).not.toMatch(/^(get-sum)?$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: `Tool ${nextName}` })).toBeVisible();

  // "?" lists the shortcuts, from the same registry the keys are bound from.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Ctrl+K');
  await expect(sheet).toContainText('Filter the list on screen');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // A jump to a tool below the fold scrolls the list to it (a short window puts the last one out of view).
  await page.setViewportSize({ width: 1280, height: 420 });
  const lastRow = toolList.locator('li > button').last();
  const lastName = ((await lastRow.getAttribute('aria-label')) ?? '').split(' ')[0] ?? '';
  await expect(lastRow).not.toBeInViewport();
  await page.keyboard.press('Control+k');
  await input.pressSequentially(lastName);
  await input.press('Enter');
  await expect(lastRow).toHaveAttribute('aria-current', 'true');
  await expect(lastRow).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 720 });

  // Arrows move the active option; Enter on a view switches to it; Esc closes without moving.
  await page.keyboard.press('Control+k');
  await input.pressSequentially('log');
  await expect(palette.getByRole('option').first()).toContainText('Log');
  await input.press('Enter');
  await expect(inspector.tab('Log')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+k');
  await input.pressSequentially('get');
  await input.press('ArrowDown');
  await expect(palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'false');
  await input.press('Escape');
  await expect(palette).toBeHidden();
  await expect(inspector.tab('Log')).toHaveAttribute('aria-selected', 'true');
});

test('JSON mode is Monaco: schema errors are reported, Ctrl+Enter sends, and the form follows', async ({ inspector, page }) => {
  const tool = await openTool(inspector, 'get-sum');
  await tool.getByLabel(/^a\b/).fill('5');
  await tool.getByRole('group', { name: 'Arguments editor' }).getByRole('button', { name: 'JSON' }).click();
  const editor = await monacoEditor(tool, 'Arguments (JSON)');
  await expect.poll(() => editorText(editor)).toContain('"a": 5');

  await replaceEditorText(editor, '{"a": "nineteen", "b": 23}');
  // The tool lists argument problems once, in its own list; Monaco still marks the spot in the text.
  const problems = tool.getByRole('list', { name: 'Argument problems' });
  await expect(problems).toContainText('a must be number.');
  await expect(editor.locator('.squiggly-error').first()).toBeAttached();

  await replaceEditorText(editor, '{"a": 19, "b": 23}');
  await expect(problems).toBeHidden();
  await page.keyboard.press('Control+Enter');
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('42');

  await tool.getByRole('group', { name: 'Arguments editor' }).getByRole('button', { name: 'Form' }).click();
  await expect(tool.getByLabel(/^a\b/)).toHaveValue('19');
  await expect(tool.getByLabel(/^b\b/)).toHaveValue('23');
});

test('switching tabs keeps the selected tool, its arguments and its result', async ({ inspector }) => {
  const tool = await openTool(inspector, 'echo');
  await tool.getByLabel(/^message/).fill('kept across tabs');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Echo: kept across tabs');

  await inspector.showTab('Log');
  await expect(inspector.logRows('tools/call').first()).toBeVisible();
  await expect(tool).toBeHidden();
  await inspector.showTab('Handshake');
  await inspector.showTab('Tools');
  await expect(tool).toBeVisible();
  await expect(tool.getByLabel(/^message/)).toHaveValue('kept across tabs');
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Echo: kept across tabs');

  // A reconnect (the server rebuilt, say) keeps the tool and what was typed, ready to call again.
  await tool.getByLabel(/^message/).fill('kept across a reconnect');
  await inspector.reconnect();
  await expect(tool).toBeVisible();
  await expect(tool.getByLabel(/^message/)).toHaveValue('kept across a reconnect');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Echo: kept across a reconnect');
});

test('at 1280×720 a connected server gets the screen: no settings form, a rail, Tools first, the echo result in view', async ({ inspector, page }) => {
  const viewport = page.viewportSize()!;
  expect(viewport).toEqual({ width: 1280, height: 720 });
  await inspector.expectConnected();
  await expect(page.getByRole('form', { name: 'Connection settings' })).toBeHidden();
  // One connection: the sidebar is a rail of initials, with the way to add another.
  const rail = (await inspector.connections.boundingBox())!;
  expect(rail.width).toBeLessThanOrEqual(56);
  await expect(inspector.connectionEntry(/Everything.*connected/)).toHaveText('ER');
  await expect(inspector.button('New connection')).toBeVisible();
  // Connected: the status bar offers Reconnect and Disconnect; nothing says Connect.
  await expect(inspector.button('Reconnect')).toBeVisible();
  await expect(inspector.button('Disconnect')).toBeVisible();
  await expect(inspector.button('Connect')).toHaveCount(0);
  await expect(inspector.tab('Tools')).toHaveAttribute('aria-selected', 'true');
  // Every tab fits on one row.
  const tabs = await page.getByRole('tab').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
  expect(new Set(tabs).size).toBe(1);

  const tool = await openTool(inspector, 'echo');
  expect((await tool.boundingBox())!.width).toBeGreaterThan(800);
  await tool.getByLabel(/^message/).fill('in view');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  const result = tool.getByRole('region', { name: 'Tool result' });
  await expect(result).toContainText('Echo: in view');
  const box = (await result.boundingBox())!;
  expect(box.y).toBeGreaterThan(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);

  // The settings open on demand, with Reconnect and Disconnect (the status bar's copies step aside).
  const form = await inspector.openSettings();
  await expect(form.getByRole('button', { name: 'Reconnect', exact: true })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Disconnect', exact: true })).toBeVisible();
  await expect(inspector.button('Reconnect')).toHaveCount(1);
  await expect(inspector.button('Connect')).toHaveCount(0);
  await page.getByRole('button', { name: 'Connection settings', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(result).toContainText('Echo: in view');

  // The rail unfolds on demand into the list, and folds back.
  await page.getByRole('button', { name: 'Expand the connections sidebar' }).click();
  await expect(inspector.connectionEntry(/Everything Reference Server/)).toContainText('connected');
  expect((await inspector.connections.boundingBox())!.width).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Fold the connections sidebar' }).click();
  expect((await inspector.connections.boundingBox())!.width).toBeLessThanOrEqual(56);

  // The Log: its filter bar on one line, Export and Clear view in a menu, the Summary column wide.
  await inspector.showTab('Log');
  const filters = page.getByRole('search', { name: 'Log filters' });
  const searchBox = (await filters.getByRole('searchbox', { name: 'Filter log' }).boundingBox())!;
  const actions = page.getByRole('button', { name: 'Log actions' });
  expect(Math.abs((await actions.boundingBox())!.y + 12 - (searchBox.y + searchBox.height / 2))).toBeLessThan(6);
  const summaryWidth = async () => (await page.getByRole('columnheader', { name: 'Summary' }).boundingBox())!.width;
  expect(await summaryWidth()).toBeGreaterThan(300);
  await actions.press('Enter');
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText(['Export', 'Clear view']);
  await expect(page.getByRole('menuitem', { name: 'Export' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(actions).toBeFocused();

  // A narrower window with the settings open: the tabs keep to one row and the rest are in "More views",
  // a menu button with menu semantics and keys; the Summary column still has room.
  await page.setViewportSize({ width: 1024, height: 720 });
  await inspector.openSettings();
  expect(await summaryWidth()).toBeGreaterThanOrEqual(160);
  const more = page.getByRole('button', { name: /^More views/ });
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  const tabTops = await page.getByRole('tab').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
  expect(new Set(tabTops).size).toBe(1);
  await expect(inspector.tab('Log')).toHaveAttribute('aria-selected', 'true');
  await more.focus();
  await page.keyboard.press('ArrowUp');
  const lastHidden = page.getByRole('menu').getByRole('menuitem').last();
  await expect(lastHidden).toBeFocused();
  const hiddenName = (await lastHidden.textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: hiddenName, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  await inspector.button('New connection').click();
  await expect(page.getByRole('form', { name: 'New connection' }).getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
});
