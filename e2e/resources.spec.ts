// The Resources tab: the demo server's resources listed and read with the right viewer, a template
// filled in with the server's completions, a subscription marked by the server's update, a resource
// link that opens its resource; and a paged fixture's 120 resources reachable page by page.
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
    // Shown as text, or rendered when it is markdown (the source toggle is checked in markdown.spec.ts).
    await expect(contents.locator('pre').or(contents.getByRole('region', { name: `Resource ${text!.uri} rendered` }))).not.toBeEmpty();
    // The read links its exchange in the Log.
    await contents.getByRole('button', { name: /^#\d+ → #\d+ · Show in log$/ }).click();
    await expect(inspector.page.getByRole('row', { selected: true })).toContainText(`resources/read`);
    await expect(inspector.page.getByRole('region', { name: 'Message details' }).getByRole('group', { name: /^Response #\d+$/ })).toContainText(text!.uri);
    await inspector.showTab('Resources');

    if (binary) {
      await list.getByRole('button', { name: new RegExp(binary.uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
      const binaryContents = inspector.page.getByRole('region', { name: `Resource ${binary.uri}` }).getByRole('region', { name: 'Resource contents' });
      await expect(binaryContents.getByRole('link', { name: /Download blob/ }).or(binaryContents.getByRole('img'))).toBeVisible();
    }
  });
});

test.describe('the demo server, beyond the list', () => {
  test('reads a template with a variable picked from the server\'s completions', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await inspector.showTab('Resources');
    // Templates are listed under the resources, in the same list, in a section of their own.
    await expect(page.getByRole('region', { name: 'Resources' }).getByRole('list', { name: 'Resources' })).toBeVisible();
    const templates = page.getByRole('region', { name: 'Resource templates' }).getByRole('list', { name: 'Resource templates' });
    await expect(templates.getByRole('listitem')).toHaveCount(2);
    await templates.getByRole('button', { name: /dynamic\/text\/\{resourceId\}/ }).click();

    const template = page.getByRole('region', { name: 'Resource template demo://resource/dynamic/text/{resourceId}' });
    const read = template.getByRole('button', { name: 'Read resource' });
    await expect(read).toBeDisabled();
    await expect(read).toHaveAccessibleDescription('Still needed: resourceId');
    const resourceId = template.getByRole('combobox', { name: 'resourceId' });
    await resourceId.pressSequentially('7');
    // server-everything completes a resource id only when it is valid: the suggestion says "7" is.
    const suggestions = template.getByRole('listbox', { name: 'Suggestions for resourceId' });
    await expect(suggestions.getByRole('option')).toHaveText(['7']);
    await resourceId.press('ArrowDown');
    await resourceId.press('Enter');
    await expect(suggestions).toBeHidden();
    await expect(template.getByRole('status', { name: 'Expanded URI' })).toHaveText('demo://resource/dynamic/text/7');
    await template.getByRole('button', { name: 'Read resource' }).click();

    const contents = page.getByRole('region', { name: 'Resource demo://resource/dynamic/text/7' }).getByRole('region', { name: 'Resource contents' });
    await expect(contents).toContainText('Resource 7: This is a plaintext resource');

    // A base64 blob of text/plain is decoded and shown, and still offered as a download.
    await templates.getByRole('button', { name: /dynamic\/blob\/\{resourceId\}/ }).click();
    const blobTemplate = page.getByRole('region', { name: 'Resource template demo://resource/dynamic/blob/{resourceId}' });
    await blobTemplate.getByRole('combobox', { name: 'resourceId' }).fill('3');
    await blobTemplate.getByRole('button', { name: 'Read resource' }).click();
    const blob = page.getByRole('region', { name: 'Resource demo://resource/dynamic/blob/3' }).getByRole('region', { name: 'Resource contents' });
    await expect(blob).toContainText('Resource 3: This is a base64 blob created at');
    await expect(blob).toContainText('decoded from a base64 blob');
    await expect(blob.getByRole('link', { name: /^Download blob \(\d+ B\)$/ })).toHaveAttribute('href', /^data:text\/plain;base64,/);
    await inspector.showTab('Log');
    await expect(inspector.logRows('completion/complete').first()).toBeVisible();
  });

  test('subscribes to a resource and marks it when the server says it changed', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await inspector.showTab('Resources');
    const list = page.getByRole('list', { name: 'Resources' });
    const item = list.getByRole('listitem').first();
    await item.getByRole('button').click();
    const uri = (await item.locator('.font-mono').textContent())!;
    const detail = page.getByRole('region', { name: `Resource ${uri}` });
    await expect(detail.getByRole('region', { name: 'Resource contents' })).toBeVisible();
    await detail.getByRole('button', { name: 'Subscribe' }).click();
    await expect(detail.getByRole('button', { name: 'Unsubscribe' })).toHaveAttribute('aria-pressed', 'true');
    await expect(item).toContainText('subscribed');
    await expect(item).not.toContainText('updated');

    // server-everything sends notifications/resources/updated for subscribed URIs once this tool
    // starts its simulation (at once, then every 5 s); the second call stops it.
    await inspector.showTab('Tools');
    await page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^toggle-subscriber-updates/ }).click();
    const tool = page.getByRole('region', { name: 'Tool toggle-subscriber-updates' });
    await tool.getByRole('button', { name: 'Call tool' }).click();
    await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Started simulated resource updated notifications');
    await tool.getByRole('button', { name: 'Call tool' }).click();
    await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Stopped simulated resource updates');

    await inspector.showTab('Resources');
    const marked = list.getByRole('listitem').filter({ hasText: uri });
    await expect(marked).toContainText('updated');
    await marked.getByRole('button').click();
    await expect(detail.getByRole('status', { name: 'Resource updated' })).toBeVisible();
    await detail.getByRole('button', { name: 'Read again' }).click();
    await expect(detail.getByRole('status', { name: 'Resource updated' })).toBeHidden();
    await expect(marked).not.toContainText('updated');

    await detail.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(detail.getByRole('button', { name: 'Subscribe' })).toHaveAttribute('aria-pressed', 'false');
    await expect(marked).not.toContainText('subscribed');
  });

  test('a resource link in a tool result opens that resource in the Resources tab', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await inspector.showTab('Tools');
    await page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^get-resource-links/ }).click();
    const tool = page.getByRole('region', { name: 'Tool get-resource-links' });
    await tool.getByLabel(/^count/).fill('2');
    await tool.getByRole('button', { name: 'Call tool' }).click();
    // Resource 2 is a text resource made from a template: it is not in resources/list.
    await tool.getByRole('button', { name: 'Open resource demo://resource/dynamic/text/2' }).click();

    await expect(inspector.tab('Resources')).toHaveAttribute('aria-selected', 'true');
    const detail = page.getByRole('region', { name: 'Resource demo://resource/dynamic/text/2' });
    await expect(detail).toContainText('not in the loaded list');
    await expect(detail.getByRole('region', { name: 'Resource contents' })).toContainText('Resource 2: This is a plaintext resource');
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
    // It has no templates handler (it answers -32601): a plain note, not an error.
    const templates = page.getByRole('region', { name: 'Resource templates' });
    await expect(templates).toContainText('This server does not list resource templates (it answered resources/templates/list with Method not found).');
    await expect(templates.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Load all' }).click();
    await expect(page.getByText('120 resources · 5 pages')).toBeVisible();
    await page.getByLabel('Filter resources').fill('resource/120');
    await page.getByRole('list', { name: 'Resources' }).getByRole('button').click();
    await expect(page.getByRole('region', { name: 'Resource contents' })).toContainText('Contents of paged://resource/120');
  });
});

test.describe('a server with operator templates and subscriptions', () => {
  const templates = fixtureServerCommand('templateServer');
  test.use({ launchArgs: ['--', templates.command, ...templates.args] });

  test('fills {+path}{?lang} from completions that use the earlier variable, and reads the URI', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await inspector.showTab('Resources');
    await expect(page.getByRole('region', { name: 'Resources' }).getByRole('heading')).toHaveText('Resources (3)');
    await expect(page.getByRole('region', { name: 'Resource templates' }).getByRole('heading')).toHaveText('Resource templates (1)');
    await page.getByRole('list', { name: 'Resource templates' }).getByRole('button', { name: /Project file/ }).click();
    const template = page.getByRole('region', { name: 'Resource template files:///{+path}{?lang}' });
    await expect(template).toContainText('reserved expansion');
    await expect(template).toContainText('query parameter');
    // The path is needed; the query parameter may stay empty.
    await expect(template.getByRole('button', { name: 'Read resource' })).toBeDisabled();
    await expect(template.getByText('Still needed: path')).toBeVisible();

    const path = template.getByRole('combobox', { name: 'path' });
    await path.pressSequentially('src/');
    const paths = template.getByRole('listbox', { name: 'Suggestions for path' });
    await expect(paths.getByRole('option')).toHaveText(['src/main.ts', 'src/app/App.tsx']);
    await paths.getByRole('option', { name: 'src/app/App.tsx' }).click();
    const lang = template.getByRole('combobox', { name: 'lang' });
    await lang.click();
    await expect(template.getByRole('listbox', { name: 'Suggestions for lang' }).getByRole('option')).toHaveText(['en']);
    await path.fill('docs/guide.md');
    await lang.click();
    await lang.pressSequentially('f');
    const langs = template.getByRole('listbox', { name: 'Suggestions for lang' });
    await expect(langs.getByRole('option')).toHaveText(['fr']);
    await lang.press('ArrowDown');
    await lang.press('Enter');

    // "+" keeps the slashes of the path; "?" makes a query parameter.
    await expect(template.getByRole('status', { name: 'Expanded URI' })).toHaveText('files:///docs/guide.md?lang=fr');
    await template.getByRole('button', { name: 'Read resource' }).click();
    const contents = page.getByRole('region', { name: 'Resource files:///docs/guide.md?lang=fr' }).getByRole('region', { name: 'Resource contents' });
    await expect(contents).toContainText('File docs/guide.md in fr');

    // JSON and XML sent as base64 blobs are decoded: JSON as a tree, XML as text.
    const resources = page.getByRole('list', { name: 'Resources' });
    await resources.getByRole('button', { name: /config:\/\/settings/ }).click();
    const settings = page.getByRole('region', { name: 'Resource config://settings' }).getByRole('region', { name: 'Resource contents' });
    await expect(settings.getByRole('group', { name: 'Resource config://settings' })).toContainText('fontSize');
    await expect(settings).toContainText('decoded from a base64 blob');
    await resources.getByRole('button', { name: /config:\/\/feed/ }).click();
    const feed = page.getByRole('region', { name: 'Resource config://feed' }).getByRole('region', { name: 'Resource contents' });
    await expect(feed).toContainText('<feed><title>Release notes</title></feed>');
    await expect(feed.getByRole('link', { name: /^Download blob/ })).toBeVisible();
  });

  test('marks a subscribed resource updated only when the server says so', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    const touch = async () => {
      await inspector.showTab('Tools');
      await page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^touch/ }).click();
      const tool = page.getByRole('region', { name: 'Tool touch' });
      await tool.getByLabel(/^uri/).fill('notes://today');
      await tool.getByRole('button', { name: 'Call tool' }).click();
      return tool.getByRole('region', { name: 'Tool result' });
    };
    await expect(await touch()).toContainText('No subscriber for notes://today');

    await inspector.showTab('Resources');
    const item = page.getByRole('list', { name: 'Resources' }).getByRole('listitem').filter({ hasText: 'notes://today' });
    await item.getByRole('button').click();
    const detail = page.getByRole('region', { name: 'Resource notes://today' });
    await expect(detail.getByRole('region', { name: 'Resource contents' })).toContainText('Notes read at');
    await expect(item).not.toContainText('updated');
    await detail.getByRole('button', { name: 'Subscribe' }).click();
    await expect(detail.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();

    await expect(await touch()).toContainText('Sent resources/updated for notes://today');
    await inspector.showTab('Resources');
    await expect(item).toContainText('updated');
    await item.getByRole('button').click();
    const before = await detail.getByRole('region', { name: 'Resource contents' }).textContent();
    await detail.getByRole('button', { name: 'Read again' }).click();
    await expect(detail.getByRole('status', { name: 'Resource updated' })).toBeHidden();
    await expect(detail.getByRole('region', { name: 'Resource contents' })).not.toHaveText(before!);
  });
});
