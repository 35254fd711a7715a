// Diagnosis rules live in the UI, for a representative subset of the rule fixtures (check.spec.ts covers
// every rule through `mcp-inspect check`): the Diagnoses tab shows the fixture's rule and nothing else,
// and "Show in log" selects the message the finding points at.
import type { InspectorPage } from './pages/InspectorPage';
import { expect, test } from './fixtures/test';
import { fixtureServerCommand } from './fixtures/paths';

interface LiveCase {
  ruleId: string;
  server: string;
  /** What the user does so the server shows the problem (nothing, for problems at connect time). */
  provoke(inspector: InspectorPage): Promise<void>;
  /** Text the finding's message contains. */
  says: string;
  /** Text of the log row "Show in log" must select (the finding's last message). */
  selects: RegExp;
}

const openResource = async (inspector: InspectorPage, uri: string) => {
  await inspector.showTab('Resources');
  await inspector.page.getByRole('list', { name: 'Resources' }).getByRole('button', { name: new RegExp(uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
};

const callTool = async (inspector: InspectorPage, name: string) => {
  await inspector.showTab('Tools');
  await inspector.page.getByRole('list', { name: 'Tools' }).getByRole('button', { name: new RegExp(`^${name}(\\s|$)`) }).click();
  const tool = inspector.page.getByRole('region', { name: `Tool ${name}` });
  await tool.getByRole('button', { name: 'Call tool' }).click();
  await expect(tool.getByRole('region', { name: 'Tool result' })).toBeVisible();
};

const cases: LiveCase[] = [
  { ruleId: 'envelope-invalid', server: 'envelopeInvalid', provoke: async () => {}, says: 'its params "tick" is not an object', selects: /example\/heartbeat/ },
  { ruleId: 'capability-undeclared', server: 'capabilityUndeclared', provoke: async () => {}, says: 'did not declare the logging capability', selects: /notifications\/message/ },
  { ruleId: 'lifecycle-order', server: 'lifecycleOrder', provoke: async () => {}, says: 'example/whoami before the client sent notifications/initialized', selects: /example\/whoami/ },
  { ruleId: 'result-schema', server: 'resultSchema', provoke: (inspector) => inspector.showTab('Tools'), says: 'result.tools[0].inputSchema is required', selects: /tools\/list/ },
  { ruleId: 'tool-name-invalid', server: 'toolNameInvalid', provoke: (inspector) => inspector.showTab('Tools'), says: '"get weather"', selects: /tools\/list/ },
  { ruleId: 'uri-invalid', server: 'uriInvalid', provoke: (inspector) => inspector.showTab('Resources'), says: '"notes/today.md" at result.resources[0].uri', selects: /resources\/list/ },
  {
    ruleId: 'structured-content-invalid',
    server: 'structuredContentInvalid',
    provoke: (inspector) => callTool(inspector, 'weather'),
    says: '/temperature must be number, not string',
    selects: /tools\/call/,
  },
  {
    ruleId: 'resource-uri-mismatch',
    server: 'resourceUriMismatch',
    provoke: (inspector) => openResource(inspector, 'file:///notes/today.md'),
    says: 'asked for "file:///notes/today.md" but the contents carry "file:///notes/yesterday.md"',
    selects: /resources\/read/,
  },
];

for (const liveCase of cases) {
  test.describe(`the ${liveCase.ruleId} fixture`, () => {
    const server = fixtureServerCommand(`rules/${liveCase.server}`);
    test.use({ launchArgs: ['--', server.command, ...server.args] });

    test(`shows ${liveCase.ruleId} and nothing else, and finds its message in the log`, async ({ inspector }) => {
      const { page } = inspector;
      await inspector.expectConnected();
      await liveCase.provoke(inspector);
      await expect(inspector.tab('Diagnoses')).toHaveText(/^Diagnoses \(\d+\)$/);
      await inspector.showTab('Diagnoses');
      const findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
      await expect(findings.first()).toBeVisible();
      const count = await findings.count();
      for (let index = 0; index < count; index++) await expect(findings.nth(index)).toContainText(liveCase.ruleId);
      const finding = findings.filter({ hasText: liveCase.says }).first();
      await expect(finding).toBeVisible();
      await expect(finding.getByRole('link', { name: 'Spec section' })).toHaveAttribute('href', /^https:\/\/modelcontextprotocol\.io\/specification\//);

      await finding.getByRole('button', { name: 'Show in log' }).click();
      await expect(inspector.tab('Log')).toHaveAttribute('aria-selected', 'true');
      const selected = page.getByRole('row', { selected: true });
      await expect(selected).toHaveCount(1);
      await expect(selected).toContainText(liveCase.selects);
      await expect(selected.getByRole('img', { name: new RegExp(`^Finding ${liveCase.ruleId}`) })).toBeVisible();
    });
  });
}
