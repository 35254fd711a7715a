// The Tools tab against server-everything: list, filter, call with arguments, every result shape
// the server returns (text, JSON, image, resource links, isError, a server error).
import { expect, test } from './fixtures/test';
import { listToolNamesDirectly } from './fixtures/listDirectly';
import { everythingEntry } from './fixtures/paths';
import type { InspectorPage } from './pages/InspectorPage';

async function openTool(inspector: InspectorPage, name: string) {
  await inspector.expectConnected();
  await inspector.showTab('Tools');
  const tools = inspector.page.getByRole('list', { name: 'Tools' });
  await tools.getByRole('button', { name: new RegExp(`^${name}(\\s|$)`) }).click();
  return inspector.page.getByRole('region', { name: `Tool ${name}` });
}

async function callWith(inspector: InspectorPage, tool: ReturnType<InspectorPage['page']['getByRole']>, args: unknown) {
  await tool.getByLabel('Arguments (JSON)').fill(JSON.stringify(args));
  await tool.getByRole('button', { name: 'Call tool' }).click();
  return tool.getByRole('region', { name: 'Tool result' });
}

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

test('calls echo and get-sum with arguments and shows their results', async ({ inspector }) => {
  const echo = await openTool(inspector, 'echo');
  const echoed = await callWith(inspector, echo, { message: 'hello from the e2e' });
  await expect(echoed).toContainText('Echo: hello from the e2e');
  await expect(echoed).toContainText('ok');
  // Hiding the settings pane must not throw away what the user was looking at.
  await inspector.page.getByRole('button', { name: 'Connection settings' }).click();
  await expect(echoed).toContainText('Echo: hello from the e2e');

  const sum = await openTool(inspector, 'get-sum');
  const summed = await callWith(inspector, sum, { a: 19, b: 23 });
  await expect(summed).toContainText('42');
});

test('shows an image result as a picture', async ({ inspector }) => {
  const tool = await openTool(inspector, 'get-tiny-image');
  const result = await callWith(inspector, tool, {});
  const image = result.getByRole('img', { name: /Image content/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(result).toContainText('image/png');
});

test('shows structured content and resource links', async ({ inspector }) => {
  const structured = await openTool(inspector, 'get-structured-content');
  const weather = await callWith(inspector, structured, { location: 'New York' });
  await expect(weather.getByRole('group', { name: 'Structured content' })).toContainText('temperature');

  const links = await openTool(inspector, 'get-resource-links');
  const linked = await callWith(inspector, links, { count: 2 });
  await expect(linked.getByRole('article', { name: /resource_link/ })).toHaveCount(2);
});

test('invalid JSON arguments are refused before sending; a server error is shown as such', async ({ inspector }) => {
  const tool = await openTool(inspector, 'echo');
  await tool.getByLabel('Arguments (JSON)').fill('{"message": ');
  await expect(tool.getByText(/Invalid JSON/)).toBeVisible();
  await expect(tool.getByRole('button', { name: 'Call tool' })).toBeDisabled();

  const result = await callWith(inspector, tool, { wrong: 1 });
  await expect(result).toContainText(/error|isError/);
});
