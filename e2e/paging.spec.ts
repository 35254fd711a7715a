// Paged lists against a fixture server with 250 tools in pages of 50: every page reachable, the cursor
// visible, "load all" reaching the end, and tools/list_changed refreshing the list.
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';

const paged = fixtureServerCommand('pagedServer');
test.use({ launchArgs: ['--', paged.command, ...paged.args] });

test('every page of tools is reachable, one at a time or all at once', async ({ inspector }) => {
  const { page } = inspector;
  await inspector.expectConnected();
  await inspector.showTab('Tools');
  const tools = page.getByRole('list', { name: 'Tools' }).getByRole('button');
  await expect(page.getByText('50 tools · 1 page')).toBeVisible();
  await expect(tools).toHaveCount(50);
  await expect(page.getByText(/^next cursor: \S+/)).toBeVisible();

  await page.getByRole('button', { name: 'Load next page' }).click();
  await expect(page.getByText('100 tools · 2 pages')).toBeVisible();
  await expect(tools.nth(99)).toHaveAccessibleName(/^tool-100 /);

  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(page.getByText('251 tools · 6 pages')).toBeVisible();
  await expect(page.getByText(/^next cursor:/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Load all' })).toHaveCount(0);
  await page.getByLabel('Filter tools').fill('tool-250');
  await expect(tools).toHaveCount(1);
});

test('tools/list_changed refreshes the list, visibly', async ({ inspector }) => {
  const { page } = inspector;
  await inspector.expectConnected();
  await inspector.showTab('Tools');
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(page.getByText('251 tools · 6 pages')).toBeVisible();
  await page.getByLabel('Filter tools').fill('add-tool');
  await page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^add-tool/ }).click();
  await page.getByRole('button', { name: 'Call tool' }).click();
  await expect(page.getByRole('region', { name: 'Tool result' })).toContainText('called add-tool');

  // Every loaded page is fetched again: the new tool appears and the user keeps their place.
  await expect(page.getByText(/refreshed after list_changed/)).toBeVisible();
  await expect(page.getByText('252 tools · 6 pages')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tool result' })).toContainText('called add-tool');
  await page.getByLabel('Filter tools').fill('added-tool');
  await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button')).toHaveCount(1);
});
