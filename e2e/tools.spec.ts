// The Tools tab against server-everything: list, filter, call with arguments, every result shape
// the server returns (text, JSON, image, resource links, isError, a server error).
import { expect, test } from './fixtures/test';
import { listToolNamesDirectly, listToolsDirectly } from './fixtures/listDirectly';
import { everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { monacoEditor, replaceEditorText } from './pages/JsonEditorControl';
import { callTool, callWithJson, openTool, wireToolCalls } from './fixtures/toolCalls';

test('lists every tool of the demo server and filters them', async ({ inspector }) => {
  const expected = await listToolNamesDirectly(process.execPath, [everythingEntry, 'stdio']);
  expect(expected).toContain('get-sum');
  await inspector.expectConnected();
  await inspector.showTab('Tools');
  const tools = inspector.page.getByRole('list', { name: 'Tools' });
  const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
  const names = tools.getByRole('button');
  await expect(names).toHaveCount(expected.length);
  for (const [index, name] of expected.entries()) await expect(names.nth(index)).toHaveAccessibleName(startsWith(name));
  await expect(inspector.page.getByText(`${expected.length} tools · 1 page`)).toBeVisible();
  await inspector.page.getByLabel('Filter tools').fill('SUM');
  await expect(names).toHaveCount(1);
  await expect(names.first()).toHaveAccessibleName(startsWith('get-sum'));
});

test('calls echo and get-sum through their generated forms and shows the results', async ({ inspector }) => {
  const echo = await openTool(inspector, 'echo');
  await echo.getByLabel(/^message/).fill('hello from the e2e');
  const echoed = await callTool(echo);
  await expect(echoed).toContainText('Echo: hello from the e2e');
  await expect(echoed).toContainText('ok');
  // Opening and folding the settings pane must not throw away what the user was looking at.
  await inspector.openSettings();
  await expect(echoed).toContainText('Echo: hello from the e2e');
  await inspector.page.getByRole('button', { name: 'Connection settings' }).click();
  await expect(echoed).toContainText('Echo: hello from the e2e');

  const sum = await openTool(inspector, 'get-sum');
  await sum.getByLabel(/^a\b/).fill('19');
  await sum.getByLabel(/^b\b/).fill('23');
  const summed = await callTool(sum);
  await expect(summed).toContainText('42');
});

test('shows an image result as a picture', async ({ inspector }) => {
  const tool = await openTool(inspector, 'get-tiny-image');
  const result = await callTool(tool);
  const image = result.getByRole('img', { name: /Image content/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(result).toContainText('image/png');
});

test('shows structured content and resource links', async ({ inspector }) => {
  const structured = await openTool(inspector, 'get-structured-content');
  await structured.getByLabel(/^location/).selectOption('New York');
  const weather = await callTool(structured);
  await expect(weather.getByRole('group', { name: 'Structured content' })).toContainText('temperature');
  await expect(weather.getByRole('status', { name: 'Output schema check' })).toContainText("structuredContent matches the tool's outputSchema");

  const links = await openTool(inspector, 'get-resource-links');
  // The form starts from the schema's default (3); the person changes it.
  await expect(links.getByLabel(/^count/)).toHaveValue('3');
  await links.getByLabel(/^count/).fill('2');
  const linked = await callTool(links);
  await expect(linked.getByRole('article', { name: /resource_link/ })).toHaveCount(2);
});

test('arguments that break the schema are listed before the click, send nothing, unless sent anyway', async ({ inspector }) => {
  const tool = await openTool(inspector, 'echo');
  const callButton = tool.getByRole('button', { name: /^Call tool/ });
  const problems = tool.getByRole('list', { name: 'Argument problems' });
  // Counted before any click: the required message is empty.
  await expect(callButton).toHaveText('Call tool — needs fixes (1)');
  await expect(problems).toHaveText('message is required.');
  await expect(tool.getByLabel(/^message/)).not.toHaveAttribute('aria-invalid', 'true');

  await callButton.click();
  await expect(tool.getByLabel(/^message/)).toHaveAttribute('aria-invalid', 'true');
  await expect(tool.getByLabel(/^message/)).toHaveAccessibleDescription(/is required/);
  await expect(tool).toContainText('nothing was sent');
  // Listed once: the field is marked and its message is there for screen readers only (not drawn).
  expect((await tool.getByText('is required', { exact: true }).boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

  await inspector.showTab('Log');
  await expect(inspector.logRows('initialize').first()).toBeVisible();
  await expect(inspector.logRows('tools/call')).toHaveCount(0);

  const again = await openTool(inspector, 'echo');
  await again.getByRole('button', { name: /^Call tool/ }).click();
  await again.getByRole('button', { name: 'Send anyway' }).click();
  await expect(again.getByRole('region', { name: 'Tool result' })).toContainText(/error|isError/);
  await expect(again).not.toContainText('nothing was sent');
  await expect(again.getByRole('button', { name: 'Send anyway' })).toBeHidden();
  await expect(again.getByRole('button', { name: /^Call tool/ })).toHaveText('Call tool — needs fixes (1)');

  // Fixing the field clears the list and the count as the person types.
  await again.getByLabel(/^message/).fill('now fixed');
  await expect(again.getByRole('button', { name: /^Call tool/ })).toHaveText('Call tool');
  await expect(again.getByRole('list', { name: 'Argument problems' })).toBeHidden();
  await expect(again.getByLabel(/^message/)).not.toHaveAttribute('aria-invalid', 'true');
});

test('JSON mode: a parse error replaces the schema errors, valid JSON calls the tool', async ({ inspector }) => {
  const tool = await openTool(inspector, 'echo');
  const problems = tool.getByRole('list', { name: 'Argument problems' });
  await tool.getByRole('button', { name: /^Call tool/ }).click();
  await expect(problems).toHaveText('message is required.');
  await tool.getByRole('group', { name: 'Arguments editor' }).getByRole('button', { name: 'JSON' }).click();
  const editor = await monacoEditor(tool, 'Arguments (JSON)');
  await replaceEditorText(editor, '{"message": ');
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toHaveText(/^The JSON does not parse: .+/);
  // One list: the editor's own problems are not listed a second time.
  await expect(tool.getByRole('list', { name: 'Editor problems' })).toHaveCount(0);
  await expect(tool.getByRole('button', { name: /^Call tool/ })).toHaveText('Call tool — needs fixes (1)');
  await expect(tool.getByRole('button', { name: /^Call tool/ })).toBeDisabled();
  await expect(tool.getByRole('group', { name: 'Arguments editor' }).getByRole('button', { name: 'Form' })).toBeDisabled();

  await replaceEditorText(editor, '{"message": 7}');
  await expect(problems).toHaveText('message must be string.');
  await replaceEditorText(editor, '{}');
  await expect(problems).toHaveText('message is required.');
  // Back in the form, the same value is checked again: still one problem, on the field.
  await tool.getByRole('group', { name: 'Arguments editor' }).getByRole('button', { name: 'Form' }).click();
  await expect(problems).toHaveText('message is required.');
  await expect(tool.getByLabel(/^message/)).toHaveAttribute('aria-invalid', 'true');

  const result = await callWithJson(tool, { message: 'typed as JSON' });
  await expect(result).toContainText('Echo: typed as JSON');
  await expect(problems).toBeHidden();
});

test('a tool without arguments asks for none and calls with {}', async ({ inspector, inspectorProxy }) => {
  const tools = await listToolsDirectly(process.execPath, [everythingEntry, 'stdio']);
  // Told apart here by the schema alone (no properties named), not by the code under test.
  const zeroArgument = tools.filter((tool) => Object.keys(tool.inputSchema.properties ?? {}).length === 0).map((tool) => tool.name);
  expect(zeroArgument).toContain('get-tiny-image');
  for (const name of zeroArgument) {
    const tool = await openTool(inspector, name);
    await expect(tool.getByText('This tool takes no arguments.')).toBeVisible();
    await expect(tool.getByRole('textbox')).toHaveCount(0);
    await expect(tool.getByRole('group', { name: 'Arguments (JSON)' })).toHaveCount(0);
    await expect(tool.getByRole('button', { name: /^Call tool/ })).toHaveText('Call tool');
  }
  const image = await callTool(await openTool(inspector, 'get-tiny-image'));
  await expect(image.getByRole('img', { name: /Image content/ })).toBeVisible();
  expect((await wireToolCalls(inspectorProxy)).map((call) => call.arguments)).toStrictEqual([{}]);
});

test('tool rows are one line each, with the full description in the tooltip, and no default task badge', async ({ inspector }) => {
  const tools = await listToolsDirectly(process.execPath, [everythingEntry, 'stdio']);
  const long = tools.find((tool) => (tool.description?.length ?? 0) > 200);
  expect(long, 'server-everything has a tool with a long description').toBeDefined();
  await inspector.page.setViewportSize({ width: 1280, height: 720 });
  const region = await openTool(inspector, long!.name);
  const row = inspector.page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: new RegExp(`^${long!.name}`) });
  expect(await row.getAttribute('title')).toContain(long!.description!);
  const rowHeight = (await row.boundingBox())!.height;
  const nameHeight = (await row.getByText(long!.name, { exact: true }).boundingBox())!.height;
  expect(rowHeight).toBeLessThan(nameHeight * 2);
  // Every tool server-everything lists is forbidden (by declaration or default): no task badge anywhere.
  expect(tools.filter((tool) => tool.execution?.taskSupport === 'forbidden').length).toBeGreaterThan(0);
  await expect(region.getByText(/^tasks:/)).toHaveCount(0);
  const echo = await openTool(inspector, 'echo');
  await expect(echo.getByText(/^tasks:/)).toHaveCount(0);
});

test.describe('a server whose results break their output schema', () => {
  const fixture = fixtureServerCommand('outputSchemaServer');
  test.use({ launchArgs: ['--', fixture.command, ...fixture.args] });

  test('each result is checked against the outputSchema and the violation is named', async ({ inspector }) => {
    const check = async (name: string) => (await callTool(await openTool(inspector, name))).getByRole('status', { name: 'Output schema check' });
    await expect(await check('weather-valid')).toContainText("structuredContent matches the tool's outputSchema");
    const invalid = await check('weather-invalid');
    await expect(invalid).toContainText("does not match the tool's outputSchema");
    await expect(invalid).toContainText('/temperature must be number');
    await expect(await check('weather-unstructured')).toContainText('the result has no structuredContent');
  });
});

test('a long call shows its progress in percent and the time it has taken', async ({ inspector }) => {
  const tool = await openTool(inspector, 'trigger-long-running-operation');
  await tool.getByLabel(/^duration/).fill('6');
  await tool.getByLabel(/^steps/).fill('4');
  const result = await callTool(tool);
  const bar = tool.getByRole('progressbar', { name: 'tools/call progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]/, { timeout: 10_000 });
  // Read in one go, as progress moves on: 1 of 4 steps reads 25%, 2 of 4 reads 50%, …, then the time so far.
  const shown = await bar.evaluate((element) => ({
    now: Number(element.getAttribute('aria-valuenow')),
    max: Number(element.getAttribute('aria-valuemax')),
    text: element.parentElement?.textContent ?? '',
  }));
  expect(shown.max).toBe(4);
  expect(shown.text).toMatch(new RegExp(`^${Math.floor((shown.now / shown.max) * 100)}%${shown.now} / 4\\d+ s`));
  await expect(bar.locator('xpath=..')).toContainText(/[1-9]\d* s/);
  await expect(result).toContainText('Long running operation completed', { timeout: 15_000 });
});
