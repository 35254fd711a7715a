// The UI never asks for what the server did not declare: against a server that declares only tools
// (legacy) or no prompts (modern, capabilities from server/discover), the Prompts and Resources tabs
// send no list request and raise no finding; "Send anyway" sends it, and the finding it causes is
// marked as the inspector's own and kept apart from the server's, as is one the Raw composer causes.
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';
import type { InspectorPage } from './pages/InspectorPage';

const NO_FINDINGS = 'No findings: every message so far follows the protocol.';

/** How many log rows match `query` (the Log tab's filter). */
async function expectLogged(inspector: InspectorPage, query: string, logged: boolean) {
  await inspector.filterLog(query);
  const rows = inspector.page.getByRole('row').filter({ hasText: query });
  if (logged) await expect(rows.first()).toBeVisible();
  else await expect(rows).toHaveCount(0);
}

/** Opens Prompts and Resources (the notices), then Tools, whose list proves requests did go out meanwhile. */
async function openUndeclaredTabs(inspector: InspectorPage, toolName: string) {
  const { page } = inspector;
  await inspector.expectConnected();
  await inspector.showTab('Prompts');
  await expect(page.getByText('This server did not declare the prompts capability.')).toBeVisible();
  await inspector.showTab('Resources');
  await expect(page.getByText('This server did not declare the resources capability.')).toBeVisible();
  await inspector.showTab('Tools');
  await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: new RegExp(`^${toolName}\\b`) })).toBeVisible();
  await expectLogged(inspector, 'tools/list', true);
  for (const method of ['prompts/list', 'resources/list', 'resources/templates/list']) await expectLogged(inspector, method, false);
}

test.describe('a server that declares only tools', () => {
  const toolsOnly = fixtureServerCommand('toolsOnlyServer');
  test.use({ launchArgs: ['--no-record', '--', toolsOnly.command, ...toolsOnly.args] });

  test('sends no prompts or resources request and has no finding; "Send anyway" sends it and its finding is marked as yours', async ({ inspector }) => {
    const { page } = inspector;
    await openUndeclaredTabs(inspector, 'shout');
    await inspector.showTab('Diagnoses');
    await expect(page.getByText(NO_FINDINGS)).toBeVisible();
    await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses');

    await inspector.showTab('Prompts');
    await page.getByRole('button', { name: 'Send anyway' }).click();
    await expect(page.getByText('Could not list prompts')).toBeVisible();
    await expectLogged(inspector, 'prompts/list', true);

    await inspector.showTab('Diagnoses');
    await expect(page.getByRole('status', { name: 'Finding counts' })).toHaveText('0 errors · 0 warnings · 0 info');
    await expect(page.getByText('No findings about the server.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Findings', exact: true })).toHaveCount(0);
    const yours = page.getByRole('list', { name: 'Findings caused by your requests' }).getByRole('listitem');
    await expect(yours).toHaveCount(1);
    await expect(yours.first()).toContainText('capability-undeclared');
    await expect(yours.first()).toContainText('caused by your request');
    await expect(yours.first()).toContainText('prompts/list');
    // Not counted as a finding about the server.
    await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses');

    // The Raw composer's requests are yours too.
    await inspector.showTab('Raw');
    await page.getByLabel('Raw message').fill('{"jsonrpc":"2.0","id":"raw-r","method":"resources/list"}');
    await page.getByRole('button', { name: 'Send raw' }).click();
    await expect(page.getByRole('list', { name: 'Raw sends' }).getByRole('listitem').first().getByRole('group', { name: 'Answer', exact: true })).toContainText('-32601');
    await inspector.showTab('Diagnoses');
    await expect(yours).toHaveCount(2);
    await expect(yours.nth(1)).toContainText('resources/list');
    await expect(yours.nth(1)).toContainText('caused by your request');
    await expect(page.getByRole('status', { name: 'Finding counts' })).toHaveText('0 errors · 0 warnings · 0 info');
  });
});

test.describe('a modern (2026-07-28) server without prompts', () => {
  const modern = fixtureServerCommand('modernServer');
  test.use({ launchArgs: ['--no-record', '--era', 'modern', '--', modern.command, ...modern.args, 'stdio'] });

  test('reads its capabilities from server/discover and sends no prompts list', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await inspector.showTab('Prompts');
    await expect(page.getByText('This server did not declare the prompts capability.')).toBeVisible();
    await inspector.showTab('Tools');
    await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^add\b/ })).toBeVisible();
    await expectLogged(inspector, 'tools/list', true);
    await expectLogged(inspector, 'prompts/list', false);
    await inspector.showTab('Diagnoses');
    await expect(page.getByText(NO_FINDINGS)).toBeVisible();
  });
});
