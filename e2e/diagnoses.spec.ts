// The Diagnoses tab: protocol problems found live in the server's traffic, each linked to its spec
// section and to the event in the Log; a correct server (the demo, server-everything) has none.
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';
import { callTool, openTool } from './fixtures/toolCalls';

const NO_FINDINGS = 'No findings: every message so far follows the protocol.';

test.describe('a server that prints to stdout', () => {
  const noisy = fixtureServerCommand('noisyStdoutServer');
  test.use({ launchArgs: ['--', noisy.command, ...noisy.args] });

  test('shows one stdout-not-json finding naming the line, and finds the line in the log', async ({ inspector }) => {
    const { page } = inspector;
    await inspector.expectConnected();
    await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses (1)');
    await inspector.showTab('Diagnoses');
    await expect(page.getByRole('status', { name: 'Finding counts' })).toHaveText('1 error · 0 warnings · 0 info');

    const findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
    await expect(findings).toHaveCount(1);
    const finding = findings.first();
    await expect(finding).toContainText('error');
    await expect(finding).toContainText('stdout-not-json');
    await expect(finding).toContainText('debug: hello from console.log');
    const spec = finding.getByRole('link', { name: 'Spec section' });
    await expect(spec).toHaveAttribute('href', /^https:\/\/modelcontextprotocol\.io\//);
    await expect(spec).toHaveAttribute('target', '_blank');
    await expect(spec).toHaveAttribute('rel', 'noreferrer');

    await finding.getByRole('button', { name: 'Show in log' }).click();
    await expect(inspector.tab('Log')).toHaveAttribute('aria-selected', 'true');
    const selected = page.getByRole('row', { selected: true });
    await expect(selected).toHaveCount(1);
    await expect(selected).toContainText('debug: hello from console.log');
    await expect(selected.getByRole('img', { name: /^Finding stdout-not-json/ })).toHaveAttribute('title', /debug: hello from console\.log/);
    await expect(page.getByRole('img', { name: /^Finding / })).toHaveCount(1);
    await expect(page.getByRole('note', { name: 'Finding' })).toContainText('stdout-not-json');

    // A reload re-attaches: the findings come back with the snapshot.
    await page.reload();
    await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses (1)');
  });
});

test('the demo server raises no findings through the handshake and the Tools tab', async ({ inspector }) => {
  const { page } = inspector;
  await inspector.expectConnected();
  await inspector.showTab('Diagnoses');
  await expect(page.getByText(NO_FINDINGS)).toBeVisible();

  await inspector.showTab('Tools');
  await expect(page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^echo(\s|$)/ })).toBeVisible();
  await inspector.showTab('Diagnoses');
  await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses');
  await expect(page.getByText(NO_FINDINGS)).toBeVisible();
});

test.describe('a server that repeats one mistake in every message', () => {
  const repeated = fixtureServerCommand('repeatedMistakeServer');
  test.use({ launchArgs: ['--no-record', '--', repeated.command, ...repeated.args] });

  test("lists the rule's first 1,000 findings, then one notice that it stops listing; the log keeps every message", async ({ inspector }) => {
    const { page } = inspector;
    const tool = await openTool(inspector, 'repeat-mistake');
    await expect(await callTool(tool)).toContainText('sent 1050');

    await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses (1001)');
    await inspector.showTab('Diagnoses');
    await expect(page.getByRole('status', { name: 'Finding counts' })).toHaveText('1000 errors · 0 warnings · 1 info');
    // The list shows the rule's first 20 and its latest (the notice), the 980 between folded into one row.
    const findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
    await expect(findings).toHaveCount(22);
    const folded = findings.filter({ hasText: '980 more capability-undeclared findings between these' });
    await expect(folded).toHaveCount(1);
    const notice = findings.last();
    await expect(notice).toContainText('info');
    await expect(notice).toContainText('This rule ("Feature used without its capability") has raised 1,000 findings on this connection; further ones are not listed');
    await expect(notice.getByRole('button', { name: 'Show in log' })).toHaveCount(0);
    await folded.getByRole('button', { name: 'Show all capability-undeclared findings' }).click();
    await expect(findings).toHaveCount(1001);
    await expect(findings.filter({ hasText: 'more capability-undeclared findings' })).toHaveCount(0);

    await inspector.showTab('Log');
    await inspector.filterLog('method:notifications/message');
    await expect(page.getByRole('status', { name: 'Log row count' })).toHaveText(/^1,050 of [\d,]+ rows$/);
  });
});
