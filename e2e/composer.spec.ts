// The raw composer against a server that answers unparsable input as JSON-RPC says to: a -32700
// error with a null id. The composer cannot match that answer by id, so it must still show it under
// the send that caused it, and the connection must carry on.
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';

const raw = fixtureServerCommand('rawParseErrorServer');
test.use({ launchArgs: ['--', raw.command, ...raw.args] });

test('invalid JSON typed in the Raw tab gets the server\'s -32700 parse error shown as its answer', async ({ inspector }) => {
  const { page } = inspector;
  await inspector.expectConnected();
  await inspector.showTab('Raw');
  const sends = page.getByRole('list', { name: 'Raw sends' }).getByRole('listitem');

  await page.getByLabel('Raw message').fill('{"jsonrpc": "2.0", "id": "raw-x", "method": ');
  await page.getByRole('button', { name: 'Send raw' }).click();
  const answer = sends.first().getByRole('group', { name: 'Answer', exact: true });
  await expect(answer).toHaveCount(1);
  await expect(answer).toContainText('-32700');
  await expect(answer).toContainText('Parse error');

  // A valid request afterwards is answered by its own id, and the parse error is not counted again.
  await page.getByLabel('Raw message').fill('{"jsonrpc":"2.0","id":"raw-p","method":"ping"}');
  await page.getByRole('button', { name: 'Send raw' }).click();
  await expect(sends).toHaveCount(2);
  await expect(sends.first().getByRole('group', { name: 'Answer', exact: true })).toHaveCount(1);
  await expect(sends.first().getByRole('group', { name: 'Answer', exact: true })).not.toContainText('-32700');
  await expect(sends.nth(1).getByRole('group', { name: 'Answer', exact: true })).toHaveCount(1);
});
