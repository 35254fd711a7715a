// Every shape a tool result can take, from the showcase fixture: icons (only safe ones, remote on a click), audio,
// embedded text and blobs (downloaded and compared byte for byte), an unknown content type, isError,
// annotations, `_meta`, and large texts cut with a "Show all".
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';
import { callTool, openTool } from './fixtures/toolCalls';
import type { InspectorPage } from './pages/InspectorPage';

const fixture = fixtureServerCommand('schemaShowcaseServer');
test.use({ launchArgs: ['--', fixture.command, ...fixture.args] });

async function resultOf(inspector: InspectorPage, name: string) {
  const result = await callTool(await openTool(inspector, name));
  await expect(result.getByText(/^(ok|isError: the tool reported a failure)$/)).toBeVisible();
  return result;
}

// An https icon used to load as soon as the tool was opened (a beacon to whoever the server names):
// now it waits for a click, like markdown images. See security.spec.ts for the request it then makes.
test('tool icons: data: is rendered, https on a click, javascript: and file: never', async ({ inspector }) => {
  const iconOf = async (name: string) => (await openTool(inspector, name)).locator('header img');
  const httpsTool = await openTool(inspector, 'icon-https');
  await expect(httpsTool.locator('header img')).toHaveCount(0);
  await httpsTool.getByRole('button', { name: 'Load icon from example.com' }).click();
  await expect(httpsTool.locator('header img')).toHaveAttribute('src', 'https://example.com/icon.png');
  await expect(await iconOf('icon-data')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(await iconOf('icon-unsafe')).toHaveCount(0);
  await expect(inspector.page.locator('img[src^="javascript:"], img[src^="file:"]')).toHaveCount(0);
});

test('audio plays from the result; embedded text is shown and an embedded blob downloads', async ({ inspector }) => {
  const audio = (await resultOf(inspector, 'audio')).getByLabel('Audio content 1');
  await expect(audio).toBeVisible();
  const duration = await audio.evaluate(
    (element: HTMLAudioElement) =>
      new Promise<number>((resolve) => (element.readyState >= 1 ? resolve(element.duration) : element.addEventListener('loadedmetadata', () => resolve(element.duration)))),
  );
  expect(duration).toBeCloseTo(0.25, 2);
  await expect(inspector.page.getByRole('article', { name: 'Content 1: audio' })).toContainText('audio/wav · 3.9 KiB');

  await expect(await resultOf(inspector, 'embedded-text')).toContainText('Embedded readme text');

  const blob = await resultOf(inspector, 'embedded-blob');
  const [download] = await Promise.all([inspector.page.waitForEvent('download'), blob.getByRole('link', { name: 'Download blob (6 B)' }).click()]);
  expect(download.suggestedFilename()).toBe('data.bin');
  expect([...(await readFile(await download.path()))]).toStrictEqual([0, 1, 2, 3, 254, 255]);
});

test('an unknown content type is shown raw with a warning; isError stands apart', async ({ inspector }) => {
  const unknown = await resultOf(inspector, 'unknown-type');
  await expect(unknown.getByRole('alert')).toHaveText('Cannot render this content: unknown content type "hologram". Shown as sent.');
  await expect(unknown.getByRole('group', { name: 'Content 1 as sent' })).toContainText('depth');

  const failed = await resultOf(inspector, 'fails');
  await expect(failed.getByText('isError: the tool reported a failure')).toBeVisible();
  await expect(failed).toContainText('The widget is broken');
});

test('annotations and _meta of the result and of its blocks are shown', async ({ inspector }) => {
  const annotated = await resultOf(inspector, 'annotated');
  await expect(annotated.getByRole('list', { name: 'Content 1 annotations' })).toHaveText(/audience: user.*priority: 0\.9.*last modified: 2025-01-31T12:00:00Z/);

  const meta = await resultOf(inspector, 'with-meta');
  await expect(meta.getByRole('group', { name: 'Result _meta' })).toContainText('trace-42');
  await meta.getByRole('button', { name: 'Content 1 _meta' }).click();
  await expect(meta.getByRole('group', { name: 'Content 1 _meta' })).toContainText('block-meta-value');
});

test('a 5 MiB text is cut with "Show all", and shows whole on request', async ({ inspector }) => {
  const big = await resultOf(inspector, 'big-text');
  await expect(big).toContainText('Large text (5.0 MiB): showing the first 100,000 characters.');
  // The page stays responsive: the rest of the UI answers at once.
  await expect(inspector.tab('Log')).toBeEnabled();
  await big.getByRole('button', { name: 'Show all (5.0 MiB)' }).click();
  await expect(big).toContainText('All 5.0 MiB shown.');
  const shownChars = await big.locator('pre').evaluate((pre) => pre.textContent?.length ?? 0);
  expect(shownChars).toBe(5 * 1024 * 1024);
});

test('a large JSON text shows whole as a paged tree', async ({ inspector }) => {
  const big = await resultOf(inspector, 'big-json');
  await expect(big.getByRole('button', { name: /^Show all \(\d\.\d MiB\)$/ })).toBeVisible();
  await big.getByRole('button', { name: /^Show all/ }).click();
  const tree = big.getByRole('group', { name: 'Content 1 JSON' });
  await expect(tree).toContainText('item-0');
  await expect(tree).not.toContainText('item-59999');
});
