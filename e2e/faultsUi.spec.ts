// Faults in the UI: a --fault rule reaches what the person sees (the tool's result is the injected
// error), the fault is marked in the Log and on the Timeline, and the Faults tab switches, adds and
// refuses rules while the connection stays up. Screenshots at 1280×720 in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/test';
import { everythingEntry } from './fixtures/paths';
import { callWithJson, openTool } from './fixtures/toolCalls';

test.use({ viewport: { width: 1280, height: 720 }, launchArgs: ['--fault', 'error -32603 on tools/call', '--', process.execPath, everythingEntry, 'stdio'] });

test('an injected error reaches the tool result, is marked in the log and the timeline, and can be switched off', async ({ inspector, page }) => {
  const tool = await openTool(inspector, 'echo');
  const result = await callWithJson(tool, { message: 'through a fault' });
  await expect(result).toContainText('-32603');
  await expect(result).toContainText('Injected by mcp-inspect fault "error -32603 on tools/call"');

  await inspector.showTab('Log');
  const faultRow = inspector.logRows(/fault "error -32603 on tools\/call"/);
  await expect(faultRow).toHaveCount(1);
  await expect(faultRow).toContainText('answered tools/call');
  await faultRow.click();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: test.info().outputPath(`log-fault-${theme}.png`) });
  }

  await inspector.showTab('Timeline');
  await expect(page.locator('[data-kind="fault"]')).toHaveCount(1);

  // The tab says how many rules are on.
  await inspector.showTab('Faults');
  await expect(inspector.tab('Faults')).toHaveText('Faults (1)');
  const rules = page.getByRole('region', { name: 'Fault rules' });
  const toggle = rules.getByRole('checkbox', { name: 'Enable error -32603 on tools/call' });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(inspector.tab('Faults')).toHaveText('Faults');

  const again = await callWithJson(await openTool(inspector, 'echo'), { message: 'no fault now' });
  await expect(again).toContainText('Echo: no fault now');
  await inspector.expectConnected();
});

test('the Faults tab explains a bad rule as it is typed, adds a good one, and reads well in light and dark', async ({ inspector, page }) => {
  await inspector.expectConnected();
  await inspector.showTab('Faults');
  const field = page.getByRole('textbox', { name: 'Add a rule' });
  await field.fill('delay soon on tools/call');
  await expect(page.getByRole('alert')).toHaveText('"delay" needs a duration such as 700ms or 2s, got "soon"');
  await expect(page.getByRole('button', { name: 'Add fault' })).toBeDisabled();
  await field.fill('delay 2000ms   on tools/call TO client');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add fault' }).click();
  // Stored in its canonical text, after the rule from --fault.
  const rules = page.getByRole('region', { name: 'Fault rules' }).getByRole('listitem').locator('code');
  await expect(rules).toHaveText(['error -32603 on tools/call', 'delay 2s on tools/call to client']);
  await expect(field).toHaveValue('');
  await field.fill('drop 3');
  await expect(page.getByRole('alert')).toContainText('Unexpected "3": "drop" takes no argument');

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: test.info().outputPath(`faults-tab-${theme}.png`) });
    const audit = await new AxeBuilder({ page }).withRules(['color-contrast']).setLegacyMode(true).analyze();
    expect(audit.violations.flatMap((violation) => violation.nodes.map((node) => node.html))).toEqual([]);
  }

  await page.getByRole('region', { name: 'Fault rules' }).getByRole('button', { name: 'Remove delay 2s on tools/call to client' }).click();
  await expect(rules).toHaveText(['error -32603 on tools/call']);
});

test.describe('a list the server failed to give', () => {
  test.use({ launchArgs: ['--fault', 'error -32603 on tools/list', '--', process.execPath, everythingEntry, 'stdio'] });

  test('says what the server answered, "Try again" asks again, and the list shows once the server answers', async ({ inspector, page }) => {
    await inspector.expectConnected();
    await inspector.showTab('Tools');
    await expect(page.getByText('Could not list tools')).toBeVisible();
    await expect(page.getByText(/^tools\/list failed: Injected by mcp-inspect fault "error -32603 on tools\/list".*\(code -32603\)$/)).toBeVisible();
    const wire = page.getByRole('list', { name: 'Wire exchanges' });
    const failedLists = wire.getByRole('button', { name: /, tools\/list, id \d+, .*error -32603,/ });
    const asked = await failedLists.count();
    expect(asked).toBeGreaterThan(0);

    // While the fault holds, asking again fails again, and says so.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(failedLists).toHaveCount(asked + 1);
    await expect(page.getByText('Could not list tools')).toBeVisible();

    // The fault switched off, coming back to the tab asks again by itself and lists the tools: no reconnect.
    await inspector.showTab('Faults');
    await page.getByRole('region', { name: 'Fault rules' }).getByRole('checkbox', { name: 'Enable error -32603 on tools/list' }).click();
    await inspector.showTab('Tools');
    await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^echo\b/ })).toBeVisible();
    await expect(wire.getByRole('button', { name: /, tools\/list, id \d+, .*, ok,/ })).toHaveCount(1);
    await inspector.expectConnected();
  });
});
