// The table of rule fixtures: for each diagnosis rule, the fixture server (in this folder) that breaks
// exactly that rule, and what `mcp-inspect check` needs to provoke it. Specs iterate it.

export interface RuleFixture {
  ruleId: string;
  /** The fixture's file name in e2e/servers/rules, without .ts. */
  server: string;
  /** Extra flags for `mcp-inspect check` (e.g. --call-tools when only a tool call shows the problem). */
  checkFlags: string[];
  /** The exit code check must end with: 1 for an error finding, 0 for a warning, 3 when it cannot connect. */
  exitCode: 0 | 1 | 3;
}

const fixture = (ruleId: string, server: string, exitCode: RuleFixture['exitCode'], checkFlags: string[] = []): RuleFixture => ({ ruleId, server, checkFlags, exitCode });

export const ruleFixtures: readonly RuleFixture[] = [
  fixture('stdout-not-json', 'stdoutNotJson', 1),
  fixture('envelope-invalid', 'envelopeInvalid', 1),
  fixture('response-unknown-id', 'responseUnknownId', 1),
  fixture('response-duplicate', 'responseDuplicate', 1),
  fixture('request-unanswered', 'requestUnanswered', 0),
  fixture('lifecycle-order', 'lifecycleOrder', 1),
  fixture('protocol-version-unknown', 'protocolVersionUnknown', 3),
  fixture('capability-undeclared', 'capabilityUndeclared', 1),
  fixture('result-schema', 'resultSchema', 1),
  fixture('structured-content-invalid', 'structuredContentInvalid', 1, ['--call-tools']),
  fixture('content-invalid', 'contentInvalid', 1),
  fixture('uri-invalid', 'uriInvalid', 1),
  fixture('resource-uri-mismatch', 'resourceUriMismatch', 0),
  fixture('app-resource-invalid', 'appResourceInvalid', 1),
  fixture('tool-name-invalid', 'toolNameInvalid', 0),
  fixture('pagination-cursor-repeat', 'paginationCursorRepeat', 1),
  fixture('progress-invalid', 'progressInvalid', 1),
  fixture('cancellation-ignored', 'cancellationIgnored', 0, ['--call-tools', '--timeout', '300']),
  fixture('server-crashed', 'serverCrashed', 1),
];

/**
 * Rules no server can provoke alone: they judge how a peer reacted to a fault the inspector injected,
 * and `check` injects none. Each names the spec that proves it on a real server instead.
 */
export const rulesProvenUnderFaults: Readonly<Record<string, string>> = {
  'fault-reaction': 'e2e/faults.spec.ts (server-everything answering a duplicated request)',
};

/**
 * Rules about what an MCP App does in the browser: `check` renders no app, so no server provokes them
 * there. Each names the spec that proves it with its fixture server (in this folder) in Chromium.
 */
export const rulesProvenInBrowser: Readonly<Record<string, string>> = {
  'app-protocol-misuse': 'e2e/apps.spec.ts (rules/appProtocolMisuse: an app that breaks the View → Host protocol)',
};
