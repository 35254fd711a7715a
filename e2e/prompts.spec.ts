// The Prompts tab against server-everything: a prompt without arguments, one with a required
// argument, completion that uses an earlier argument as context, an embedded resource in a message;
// a paged fixture's 30 prompts reachable page by page; a server without prompts told apart.
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';
import type { InspectorPage } from './pages/InspectorPage';

async function openPrompt(inspector: InspectorPage, name: string) {
  await inspector.expectConnected();
  await inspector.showTab('Prompts');
  await inspector.page.getByRole('list', { name: 'Prompts' }).getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
  return inspector.page.getByRole('region', { name: `Prompt ${name}` });
}

test.describe('the demo server', () => {
  test('gets a prompt without arguments as role-tagged messages', async ({ inspector }) => {
    const prompt = await openPrompt(inspector, 'simple-prompt');
    await expect(prompt).toContainText('This prompt takes no arguments.');
    await prompt.getByRole('button', { name: 'Get prompt' }).click();
    const message = prompt.getByRole('list', { name: 'Prompt messages' }).getByRole('listitem');
    await expect(message).toHaveCount(1);
    await expect(message.first()).toHaveAccessibleName('Message 1: user');
    await expect(message.first().getByRole('article', { name: 'Content 1: text' })).not.toBeEmpty();
    await prompt.getByRole('button', { name: /^#\d+ → #\d+ · Show in log$/ }).click();
    await expect(inspector.page.getByRole('row', { selected: true })).toContainText('simple-prompt');
  });

  test('asks for the required argument before sending, then sends the filled-in ones', async ({ inspector }) => {
    const prompt = await openPrompt(inspector, 'args-prompt');
    const city = prompt.getByRole('combobox', { name: 'city' });
    await expect(city).toHaveAttribute('aria-required', 'true');
    await expect(prompt.getByRole('combobox', { name: 'state' })).not.toHaveAttribute('aria-required');
    await expect(prompt).toContainText('Name of the city');

    await prompt.getByRole('button', { name: 'Get prompt' }).click();
    await expect(prompt.getByRole('alert')).toContainText('Required: city. Nothing was sent.');
    await inspector.showTab('Log');
    await expect(inspector.logRows('initialize').first()).toBeVisible();
    await expect(inspector.logRows('prompts/get')).toHaveCount(0);

    const again = await openPrompt(inspector, 'args-prompt');
    await again.getByRole('combobox', { name: 'city' }).fill('Seattle');
    await again.getByRole('combobox', { name: 'state' }).fill('WA');
    await again.getByRole('button', { name: 'Get prompt' }).click();
    await expect(again.getByRole('list', { name: 'Prompt messages' })).toContainText("What's weather in Seattle, WA?");

    // A reconnect (the server rebuilt, say) keeps the prompt and its arguments, ready to get again.
    await inspector.reconnect();
    await expect(again.getByRole('combobox', { name: 'city' })).toHaveValue('Seattle');
    await again.getByRole('combobox', { name: 'state' }).fill('OR');
    await again.getByRole('button', { name: 'Get prompt' }).click();
    await expect(again.getByRole('list', { name: 'Prompt messages' })).toContainText("What's weather in Seattle, OR?");
  });

  test('completes "E" to "Engineering", then a team member from that department', async ({ inspector }) => {
    const prompt = await openPrompt(inspector, 'completable-prompt');
    const department = prompt.getByRole('combobox', { name: 'department' });
    await department.pressSequentially('E');
    const departments = prompt.getByRole('listbox', { name: 'Suggestions for department' });
    await expect(departments.getByRole('option')).toHaveText(['Engineering']);
    await departments.getByRole('option', { name: 'Engineering' }).click();
    await expect(department).toHaveValue('Engineering');

    // The server narrows names by the department it receives as context.
    const name = prompt.getByRole('combobox', { name: 'name' });
    await name.click();
    const names = prompt.getByRole('listbox', { name: 'Suggestions for name' });
    await expect(names.getByRole('option')).toHaveText(['Alice', 'Bob', 'Charlie']);
    await name.pressSequentially('B');
    await expect(names.getByRole('option')).toHaveText(['Bob']);
    await name.press('ArrowDown');
    await name.press('Enter');
    await expect(name).toHaveValue('Bob');

    await prompt.getByRole('button', { name: 'Get prompt' }).click();
    await expect(prompt.getByRole('list', { name: 'Prompt messages' })).toContainText('Please promote Bob to the head of the Engineering team.');
  });

  test('shows an embedded resource inside a prompt message', async ({ inspector }) => {
    const prompt = await openPrompt(inspector, 'resource-prompt');
    await prompt.getByRole('combobox', { name: 'resourceType' }).fill('Text');
    await prompt.getByRole('combobox', { name: 'resourceId' }).fill('3');
    await prompt.getByRole('button', { name: 'Get prompt' }).click();
    const messages = prompt.getByRole('list', { name: 'Prompt messages' });
    const embedded = messages.getByRole('article', { name: /resource$/ });
    await expect(embedded).toContainText('demo://resource/dynamic/text/3');
    await expect(embedded).toContainText('Resource 3: This is a plaintext resource');
  });
});

test.describe('a paged server', () => {
  const paged = fixtureServerCommand('pagedServer');
  test.use({ launchArgs: ['--', paged.command, ...paged.args] });

  test('reaches every page of prompts and gets the last one', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await inspector.showTab('Prompts');
    await expect(page.getByText('10 prompts · 1 page')).toBeVisible();
    await page.getByRole('button', { name: 'Load next page' }).click();
    await expect(page.getByText('20 prompts · 2 pages')).toBeVisible();
    await page.getByRole('button', { name: 'Load all' }).click();
    await expect(page.getByText('30 prompts · 3 pages')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load all' })).toHaveCount(0);
    await page.getByLabel('Filter prompts').fill('prompt-030');
    await page.getByRole('list', { name: 'Prompts' }).getByRole('button').click();
    await page.getByRole('button', { name: 'Get prompt' }).click();
    await expect(page.getByRole('list', { name: 'Prompt messages' })).toContainText('Prompt prompt-030');
  });
});

test.describe('a server without prompts', () => {
  const toolsOnly = fixtureServerCommand('outputSchemaServer');
  test.use({ launchArgs: ['--', toolsOnly.command, ...toolsOnly.args] });

  test('says the server did not declare the prompts capability', async ({ inspector }) => {
    await inspector.expectConnected();
    await inspector.showTab('Prompts');
    await expect(inspector.page.getByText('This server did not declare the prompts capability.')).toBeVisible();
  });
});
