// Markdown a server writes is shown rendered, its source a toggle away: a text/markdown resource and
// the server's instructions, both from the demo server and checked against what it sends directly.
import { expect, test } from './fixtures/test';
import { instructionsDirectly, listResourcesDirectly, readResourceTextDirectly } from './fixtures/listDirectly';
import { everythingEntry } from './fixtures/paths';

const demo = [everythingEntry, 'stdio'];

/** The first heading of a markdown text whose words are plain (no inline markup to render away). */
function firstPlainHeading(markdown: string): { line: string; text: string } {
  const match = markdown.match(/^(#{1,6}) +([\w ,'-]+?) *$/m);
  if (!match) throw new Error(`no plain heading in:\n${markdown.slice(0, 400)}`);
  return { line: match[0].trim(), text: match[2]! };
}

test('a text/markdown resource is shown rendered, and as sent with the source toggle', async ({ inspector }) => {
  const resources = await listResourcesDirectly(process.execPath, demo);
  const markdown = resources.find((resource) => resource.mimeType === 'text/markdown');
  expect(markdown, 'server-everything lists a text/markdown resource').toBeDefined();
  const heading = firstPlainHeading(await readResourceTextDirectly(process.execPath, demo, markdown!.uri));

  await inspector.expectConnected();
  await inspector.showTab('Resources');
  const list = inspector.page.getByRole('list', { name: 'Resources' });
  await list.getByRole('button', { name: new RegExp(markdown!.uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  const detail = inspector.page.getByRole('region', { name: `Resource ${markdown!.uri}` });
  const label = `Resource ${markdown!.uri}`;

  const rendered = detail.getByRole('region', { name: `${label} rendered` });
  await expect(rendered.getByRole('heading', { name: heading.text, exact: true })).toBeVisible();
  await expect(rendered).not.toContainText(heading.line);

  const toggle = detail.getByRole('button', { name: `Markdown source of ${label}` });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(rendered).toBeHidden();
  await expect(detail.locator('pre')).toContainText(heading.line);

  await toggle.click();
  await expect(rendered.getByRole('heading', { name: heading.text, exact: true })).toBeVisible();
});

test('the server instructions in the Handshake tab are rendered markdown', async ({ inspector }) => {
  const instructions = await instructionsDirectly(process.execPath, demo);
  expect(instructions, 'server-everything sends instructions').toBeTruthy();
  const heading = firstPlainHeading(instructions!);

  await inspector.expectConnected();
  await inspector.showTab('Handshake');
  const rendered = inspector.page.getByRole('region', { name: 'Server instructions rendered' });
  await expect(rendered.getByRole('heading', { name: heading.text, exact: true })).toBeVisible();
  await inspector.page.getByRole('button', { name: 'Markdown source of Server instructions' }).click();
  await expect(inspector.page.getByText(heading.line, { exact: false }).first()).toBeVisible();
});
