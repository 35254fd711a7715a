// The Resources tab: the demo server's resources listed and read with the right viewer, and a paged
// fixture's 120 resources reachable page by page.
import { expect, test } from './fixtures/test';
import { listResourcesDirectly } from './fixtures/listDirectly';
import { everythingEntry, fixtureServerCommand } from './fixtures/paths';

test.describe('the demo server', () => {
  test('lists every resource and reads a text one and a binary one', async ({ inspector }) => {
    const expected = await listResourcesDirectly(process.execPath, [everythingEntry, 'stdio']);
    const text = expected.find((resource) => resource.mimeType?.startsWith('text/'));
    const binary = expected.find((resource) => resource.mimeType && !resource.mimeType.startsWith('text/') && !resource.mimeType.includes('json'));
    expect(text, 'server-everything lists a text resource').toBeDefined();

    await inspector.expectConnected();
    await inspector.showTab('Resources');
    const list = inspector.page.getByRole('list', { name: 'Resources' });
    await expect(list.getByRole('listitem')).toHaveCount(expected.length);
    for (const resource of expected) await expect(list).toContainText(resource.uri);

    await list.getByRole('button', { name: new RegExp(text!.uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    const detail = inspector.page.getByRole('region', { name: `Resource ${text!.uri}` });
    const contents = detail.getByRole('region', { name: 'Resource contents' });
    await expect(contents.getByRole('article')).toHaveCount(1);
    await expect(contents).toContainText(text!.uri);
    await expect(contents.locator('pre')).not.toBeEmpty();

    if (binary) {
      await list.getByRole('button', { name: new RegExp(binary.uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
      const binaryContents = inspector.page.getByRole('region', { name: `Resource ${binary.uri}` }).getByRole('region', { name: 'Resource contents' });
      await expect(binaryContents.getByRole('link', { name: /Download blob/ }).or(binaryContents.getByRole('img'))).toBeVisible();
    }
  });
});

test.describe('a paged server', () => {
  const paged = fixtureServerCommand('pagedServer');
  test.use({ launchArgs: ['--', paged.command, ...paged.args] });

  test('reaches every page of resources and reads one', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await inspector.showTab('Resources');
    await expect(page.getByText('25 resources · 1 page')).toBeVisible();
    await page.getByRole('button', { name: 'Load all' }).click();
    await expect(page.getByText('120 resources · 5 pages')).toBeVisible();
    await page.getByLabel('Filter resources').fill('resource/120');
    await page.getByRole('list', { name: 'Resources' }).getByRole('button').click();
    await expect(page.getByRole('region', { name: 'Resource contents' })).toContainText('Contents of paged://resource/120');
  });
});
