// The Sessions page: sessions recorded by the real proxy are listed with their server and counts,
// opened read-only in a new tab through the same path as `mcp-inspect open`, downloaded byte for byte,
// deleted, and imported (button and drop) with clear errors for files that cannot be read. The Log's
// Export writes exactly the filtered rows as a session file.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readSession, entryEvent } from '../shared/session';
import { readEnvelope } from '../shared/jsonrpc';
import { GOLDEN } from './assets/recordGoldenSessions';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { InspectorPage } from './pages/InspectorPage';

const noisy = fixtureServerCommand('noisyStdoutServer');

/** Records one session into `dir`: connect, list the tools, call one, stop. */
async function recordSession(dir: string, server: string[], call: { name: string; arguments: Record<string, unknown> }): Promise<string> {
  const before = new Set(readdirSync(dir));
  const proxy = await startProxy(['--sessions-dir', dir, '--', ...server]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    await client.request({ connectionId: connectionId!, method: 'tools/list' });
    await client.request({ connectionId: connectionId!, method: 'tools/call', params: call });
    client.close();
  } finally {
    await proxy.stop();
  }
  const [file] = readdirSync(dir).filter((name) => !before.has(name));
  return file!;
}

function messageCount(file: string): number {
  return readSession(readFileSync(file, 'utf8')).entries.filter((entry) => entry.type === 'event' && entry.payload.kind === 'message').length;
}

/** Drops files on the page the way a browser does after a drag from the desktop. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name, { type: 'application/jsonl' }));
    return data;
  }, files);
  const target = page.getByRole('region', { name: 'Sessions' });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('recorded sessions are listed, opened read-only, downloaded, deleted and imported', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const dir = testInfo.outputPath('sessions');
  mkdirSync(dir, { recursive: true });
  const noisyId = await recordSession(dir, [noisy.command, ...noisy.args], { name: 'echo', arguments: { message: 'listed hello' } });
  const everythingId = await recordSession(dir, [process.execPath, everythingEntry, 'stdio'], { name: 'get-sum', arguments: { a: 2, b: 3 } });

  const proxy = await startProxy(['--sessions-dir', dir, '--', noisy.command, ...noisy.args]);
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await page.getByRole('button', { name: 'Sessions', exact: true }).click();
    const table = page.getByRole('table', { name: 'Sessions' });
    const row = (id: string) => table.getByRole('row', { name: id });

    // Both recordings, with their server and message counts; this run's own file is marked as recording.
    await expect(row(noisyId)).toContainText('noisy-stdout-fixture');
    await expect(row(noisyId).getByRole('cell').nth(3)).toHaveText(String(messageCount(path.join(dir, noisyId))));
    await expect(row(noisyId).getByRole('cell').nth(4)).toHaveText('1');
    await expect(row(everythingId)).toContainText(/Everything/);
    await expect(row(everythingId).getByRole('cell').nth(3)).toHaveText(String(messageCount(path.join(dir, everythingId))));
    await expect(table.getByRole('row').filter({ hasText: 'recording' })).toHaveCount(1);
    await expect(table.getByRole('row').filter({ hasText: 'recording' }).getByRole('button', { name: /^Delete / })).toBeDisabled();

    // Open: a new tab showing the recording through the same views as live, read-only.
    const [opened] = await Promise.all([page.context().waitForEvent('page'), row(noisyId).getByRole('link', { name: `Open ${noisyId}` }).click()]);
    const reopened = new InspectorPage(opened);
    await expect(opened.getByRole('note', { name: 'Recorded session' })).toContainText(path.join(dir, noisyId));
    await expect(reopened.status).toContainText('Recorded (read-only)');
    await reopened.showTab('Tools');
    await expect(opened.getByRole('list', { name: 'Tools' }).getByRole('button', { name: /^echo(\s|$)/ })).toBeVisible();
    await reopened.showTab('Log');
    await expect(reopened.logRows('tools/call').first()).toContainText('echo {message: "listed hello"}');
    await opened.close();

    // Download: the very bytes of the file.
    const [download] = await Promise.all([page.waitForEvent('download'), row(everythingId).getByRole('link', { name: `Download ${everythingId}` }).click()]);
    expect(download.suggestedFilename()).toBe(everythingId);
    expect(readFileSync((await download.path())!).equals(readFileSync(path.join(dir, everythingId)))).toBe(true);

    // Delete, after a confirmation.
    await row(noisyId).getByRole('button', { name: `Delete ${noisyId}` }).click();
    await row(noisyId).getByRole('button', { name: 'Delete file' }).click();
    await expect(row(noisyId)).toHaveCount(0);
    expect(readdirSync(dir)).not.toContain(noisyId);

    // Import by the button.
    await page.getByLabel('Session files to import').setInputFiles(GOLDEN.noisy);
    await expect(page.getByRole('status').filter({ hasText: 'Imported noisy-stdout.session.jsonl as noisy-stdout.session.jsonl' })).toBeVisible();
    await expect(row('noisy-stdout.session.jsonl')).toContainText('noisy-stdout-fixture');
    expect(readFileSync(path.join(dir, 'noisy-stdout.session.jsonl')).equals(readFileSync(GOLDEN.noisy))).toBe(true);

    // Import by dropping a file on the page.
    await dropFiles(page, [{ name: 'dropped.jsonl', text: readFileSync(GOLDEN.everything, 'utf8') }]);
    await expect(page.getByRole('status').filter({ hasText: 'Imported dropped.jsonl as dropped.jsonl' })).toBeVisible();
    await expect(row('dropped.jsonl')).toContainText(/Everything/);

    // Files that cannot be read as they are: clear errors, nothing stored.
    await dropFiles(page, [
      { name: 'future.jsonl', text: readFileSync(GOLDEN.future, 'utf8') },
      { name: 'broken.jsonl', text: readFileSync(GOLDEN.damaged, 'utf8') },
    ]);
    const futureAlert = page.getByRole('alert', { name: 'Import of future.jsonl refused' });
    await expect(futureAlert).toContainText('future.jsonl cannot be imported: This session was written by a newer mcp-inspect (session format version 99');
    const damagedAlert = page.getByRole('alert', { name: 'Import of broken.jsonl refused' });
    await expect(damagedAlert).toContainText('broken.jsonl has 2 damaged lines (3, 5)');
    await expect(damagedAlert).toContainText('Line 3 is not JSON (this line was overwritten by something else); skipped.');
    expect(readdirSync(dir)).not.toContain('future.jsonl');
    expect(readdirSync(dir)).not.toContain('broken.jsonl');
    // The reader can skip damaged lines, so importing anyway is offered.
    await damagedAlert.getByRole('button', { name: /^Import anyway/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported broken.jsonl as broken.jsonl (2 damaged lines will be skipped when opened)' })).toBeVisible();
    await expect(row('broken.jsonl')).toContainText('2 damaged lines');
  } finally {
    await proxy.stop();
  }
});

test('Export in the Log downloads exactly the rows the filter shows, as a session file', async ({ page }) => {
  const proxy = await startProxy(['--', noisy.command, ...noisy.args]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    for (const message of ['first', 'second']) {
      await client.request({ connectionId: connectionId!, method: 'tools/call', params: { name: 'echo', arguments: { message } } });
    }
    await client.request({ connectionId: connectionId!, method: 'tools/list' });

    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await inspector.expectConnected();
    await inspector.filterLog('method:tools/call');
    // Two calls and their two responses.
    await expect(page.getByRole('status', { name: 'Log row count' })).toHaveText(/^4 of \d+ rows$/);
    const [download] = await Promise.all([page.waitForEvent('download'), inspector.logAction('Export')]);
    expect(download.suggestedFilename()).toMatch(/-log-\d{4}-\d\d-\d\dT[\d-]+Z\.jsonl$/);
    const session = readSession(readFileSync((await download.path())!, 'utf8'));
    expect(session.problems).toEqual([]);
    const exported = session.entries.flatMap((entry) => (entry.type === 'event' ? [entryEvent(entry)] : []));

    // The same rows, computed from what the proxy published: the calls and the responses to them.
    const callIds = new Set(client.events.flatMap((event) => (event.kind === 'message' && readEnvelope(event.message).method === 'tools/call' ? [readEnvelope(event.message).id] : [])));
    const expected = client.events.filter((event) => {
      if (event.kind !== 'message') return false;
      const envelope = readEnvelope(event.message);
      return envelope.kind === 'request' ? envelope.method === 'tools/call' : envelope.kind === 'response' && callIds.has(envelope.id);
    });
    expect(expected).toHaveLength(4);
    expect(exported).toEqual(expected);
    expect(session.entries.filter((entry) => entry.type === 'connection').map((entry) => entry.type === 'connection' && entry.summary.label)).toEqual(['noisy-stdout-fixture']);
    client.close();
  } finally {
    await proxy.stop();
  }
});
