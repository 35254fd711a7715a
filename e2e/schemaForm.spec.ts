// The generated form against the showcase fixture: every JSON Schema construct filled through widgets
// (never typed as JSON, except the one subtree the form edits as JSON by design), and what reached the
// server compared, types included, with what the person entered.
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';
import { callTool, firstText, openTool, wireToolCalls } from './fixtures/toolCalls';
import type { Locator } from '@playwright/test';

const fixture = fixtureServerCommand('schemaShowcaseServer');
test.use({ launchArgs: ['--', fixture.command, ...fixture.args] });

/** The input labelled `label` (a required field's label ends with a `*` that screen readers skip). */
const field = (tool: Locator, label: string) => tool.getByLabel(new RegExp(`^${label}\\*?$`));

/** Fills the three required fields with valid values. */
async function fillRequired(tool: Locator) {
  await field(tool, 'email').fill('ada@example.com');
  await field(tool, 'count').fill('7');
  await field(tool, 'confirmed').check();
}

test('every construct filled through the form reaches the server exactly as entered', async ({ inspector, inspectorProxy }) => {
  const tool = await openTool(inspector, 'showcase');
  await fillRequired(tool);
  await field(tool, 'website').fill('https://example.com/ada');
  await field(tool, 'birthday').fill('1815-12-10');
  await field(tool, 'meetingAt').fill('2025-06-01T09:30:00Z');
  await field(tool, 'ratio').fill('0.25');
  await field(tool, 'notify').selectOption({ label: 'false' });
  await field(tool, 'priority').selectOption({ label: 'High' });
  await field(tool, 'size').selectOption({ label: 'Large' });
  // Defaults are in the form from the start: color "green", retries 3.
  await expect(field(tool, 'color')).toHaveValue(/./);
  await expect(field(tool, 'retries')).toHaveValue('3');

  const tags = tool.getByRole('group', { name: 'tags', exact: true });
  for (const [index, tag] of ['alpha', 'beta', 'gamma', 'delta'].entries()) {
    await tags.getByRole('button', { name: 'Add item' }).click();
    await field(tags, `tags item ${index + 1}`).fill(tag);
  }
  await tags.getByRole('button', { name: 'Move item 3 up' }).click(); // alpha, gamma, beta, delta
  await tags.getByRole('button', { name: 'Remove item 4' }).click(); // alpha, gamma, beta

  const contacts = tool.getByRole('group', { name: 'contacts', exact: true });
  for (const [index, [name, phone]] of [
    ['Charles', '+44 1'],
    ['Mary', ''],
  ].entries()) {
    await contacts.getByRole('button', { name: 'Add item' }).click();
    const item = contacts.getByRole('group', { name: `contacts item ${index + 1}` });
    await field(item, 'name').fill(name!);
    if (phone) await field(item, 'phone').fill(phone);
  }
  await contacts.getByRole('button', { name: 'Move item 2 up' }).click();

  const profile = tool.getByRole('group', { name: 'profile', exact: true });
  await field(profile, 'nickname').fill('Countess');
  await field(profile, 'lat').fill('51.5');
  // Typed key by key: the intermediate "-" and "-0." must not be lost.
  await field(profile, 'lon').pressSequentially('-0.12');
  await tool.getByRole('checkbox', { name: 'middleName is null' }).check();
  const shipping = tool.getByRole('group', { name: 'Address', exact: true });
  await field(shipping, 'city').fill('London');
  // The one construct without widgets (allOf) is edited as JSON, and says so.
  await expect(tool.getByText('Edited as JSON (the "allOf" keyword)')).toBeVisible();
  await field(tool, 'filter').fill('{"query": "engines"}');

  const result = await callTool(tool);
  await expect(result).toContainText('ok');
  await expect(result).toContainText('ada@example.com');

  const expected = {
    email: 'ada@example.com',
    website: 'https://example.com/ada',
    birthday: '1815-12-10',
    meetingAt: '2025-06-01T09:30:00Z',
    count: 7,
    ratio: 0.25,
    confirmed: true,
    notify: false,
    color: 'green',
    priority: 3,
    size: 'l',
    retries: 3,
    tags: ['alpha', 'gamma', 'beta'],
    contacts: [{ name: 'Mary' }, { name: 'Charles', phone: '+44 1' }],
    profile: { nickname: 'Countess', geo: { lat: 51.5, lon: -0.12 } },
    middleName: null,
    shipping: { city: 'London' },
    filter: { query: 'engines' },
  };
  const calls = await wireToolCalls(inspectorProxy);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.arguments).toStrictEqual(expected);
  expect(JSON.parse(firstText(calls[0]!.result) ?? 'null')).toStrictEqual(expected);
});

test('bad input is shown on its field and sends nothing; "Send anyway" sends it', async ({ inspector, inspectorProxy }) => {
  const tool = await openTool(inspector, 'showcase');
  await field(tool, 'email').fill('not-an-email');
  await field(tool, 'count').fill('11');
  await field(tool, 'meetingAt').fill('tomorrow at noon');
  await tool.getByRole('button', { name: 'Call tool' }).click();

  await expect(tool).toContainText('nothing was sent');
  for (const label of ['email', 'count', 'meetingAt']) await expect(field(tool, label)).toHaveAttribute('aria-invalid', 'true');
  // A required boolean is an unticked checkbox, which means false: a value, not a missing one.
  await expect(field(tool, 'confirmed')).not.toBeChecked();
  await expect(field(tool, 'confirmed')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(field(tool, 'count')).toHaveAccessibleDescription(/10/);
  await expect(field(tool, 'email')).toHaveAccessibleDescription(/email/);
  await expect(field(tool, 'website')).not.toHaveAttribute('aria-invalid', 'true');

  // Fixing a field clears its error as the person types.
  await field(tool, 'count').fill('10');
  await expect(field(tool, 'count')).not.toHaveAttribute('aria-invalid', 'true');

  await inspector.showTab('Log');
  await expect(inspector.logRows('tools/list').first()).toBeVisible();
  await expect(inspector.logRows('tools/call')).toHaveCount(0);
  expect(await wireToolCalls(inspectorProxy)).toHaveLength(0);

  // The Tools tab keeps its form across tab switches: the bad date-time is still there, so clear it.
  const again = await openTool(inspector, 'showcase');
  await expect(field(again, 'meetingAt')).toHaveValue('tomorrow at noon');
  await field(again, 'meetingAt').fill('');
  await field(again, 'email').fill('not-an-email');
  await field(again, 'count').fill('0');
  await again.getByRole('button', { name: 'Call tool' }).click();
  await again.getByRole('button', { name: 'Send anyway' }).click();
  await expect(again.getByRole('region', { name: 'Tool result' })).toContainText('not-an-email');
  const calls = await wireToolCalls(inspectorProxy);
  // The untouched required checkbox goes out as false.
  expect(calls.map((call) => call.arguments)).toStrictEqual([{ email: 'not-an-email', count: 0, color: 'green', retries: 3, confirmed: false }]);
});
