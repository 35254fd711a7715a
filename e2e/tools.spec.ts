// The Tools tab against server-everything: list, filter, call with arguments, every result shape
// the server returns (text, JSON, image, resource links, isError, a server error).
import { expect, test } from './fixtures/test';
import { listToolNamesDirectly } from './fixtures/listDirectly';
import { everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { monacoEditor, replaceEditorText } from './pages/JsonEditorControl';
import { callTool, callWithJson, openTool } from './fixtures/toolCalls';

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
  // Hiding the settings pane must not throw away what the user was looking at.
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

test('arguments that break the schema show field errors and send nothing, unless sent anyway', async ({ inspector }) => {
  const tool = await openTool(inspector, 'echo');
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByLabel(/^message/)).toHaveAttribute('aria-invalid', 'true');
  await expect(tool).toContainText('is required');
  await expect(tool).toContainText('nothing was sent');
  await inspector.showTab('Log');
  await expect(inspector.logRows('initialize').first()).toBeVisible();
  await expect(inspector.logRows('tools/call')).toHaveCount(0);

  const again = await openTool(inspector, 'echo');
  await again.getByRole('button', { name: 'Call tool' }).click();
  await again.getByRole('button', { name: 'Send anyway' }).click();
  await expect(again.getByRole('region', { name: 'Tool result' })).toContainText(/error|isError/);
});

test('JSON mode: invalid JSON is refused before sending; valid JSON calls the tool', async ({ inspector }) => {
  const tool = await openTool(inspector, 'echo');
  await tool.getByRole('group', { name: 'Arguments editor' }).getByRole('button', { name: 'JSON' }).click();
  await replaceEditorText(await monacoEditor(tool, 'Arguments (JSON)'), '{"message": ');
  await expect(tool.getByText(/Invalid JSON/)).toBeVisible();
  await expect(tool.getByRole('button', { name: 'Call tool' })).toBeDisabled();
  const result = await callWithJson(tool, { message: 'typed as JSON' });
  await expect(result).toContainText('Echo: typed as JSON');
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
