// SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning, Azure DevOps, VS Code's SARIF
// viewer): one run of one tool, its rules, and one result per problem. Pure: the reports of `check`
// and `replay` say which rules and results, this writes the log. Types from @types/sarif; the output
// is validated against the official schema in a test.
import type * as Sarif from 'sarif';
import type { Severity } from '../diagnosis/finding';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifRule {
  /** Stable id, e.g. `envelope-invalid`; results carry it. */
  id: string;
  /** One line. */
  title: string;
  /** What the rule checks and why it matters. */
  explanation: string;
  helpUri: string;
  severity: Severity;
}

/** Where a problem is: the request it concerns, and the messages it points at. */
export interface SarifWhere {
  /** The JSON-RPC method, e.g. `tools/call`. */
  method?: string;
  /** The tool, prompt or resource it named. */
  subject?: string;
  jsonRpcId?: string | number;
  /** Sequence numbers of the recorded messages involved. */
  seqs?: readonly number[];
}

export interface SarifResultInput {
  ruleId: string;
  severity: Severity;
  message: string;
  where?: SarifWhere;
  /** Set when the problem is not the server's (the inspector's own request caused it): kept, suppressed. */
  suppressedBecause?: string;
}

export interface SarifRunInput {
  toolVersion: string;
  rules: readonly SarifRule[];
  results: readonly SarifResultInput[];
  /** A repository file every result is reported against (code scanning needs one), e.g. the server's entry file. */
  artifact?: string;
  exitCode: number;
  /** The category that tells this run's results from another tool run's in the same repository. */
  automationId: string;
  /** Extra facts about the run (server name, protocol version). */
  properties?: Record<string, unknown>;
}

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** `envelope-invalid` → `EnvelopeInvalid`: SARIF's rule `name` is an identifier-like word. */
const ruleName = (id: string) => id.replace(/(^|[-_/.])(\w)/g, (_match, _sep: string, letter: string) => letter.toUpperCase());

function descriptor(rule: SarifRule): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.explanation },
    help: { text: `${rule.explanation} See ${rule.helpUri}`, markdown: `${rule.explanation} See [the specification](${rule.helpUri}).` },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: LEVELS[rule.severity] },
  };
}

function location(where: SarifWhere | undefined, artifact: string | undefined): Sarif.Location | undefined {
  const logical: Sarif.LogicalLocation | undefined =
    where?.method === undefined
      ? undefined
      : {
          name: where.subject === undefined ? where.method : `${where.method} ${where.subject}`,
          fullyQualifiedName: [where.method, where.subject, where.jsonRpcId === undefined ? undefined : `#${where.jsonRpcId}`].filter((part) => part !== undefined).join(' '),
          kind: 'function',
        };
  if (!logical && artifact === undefined) return undefined;
  return {
    ...(artifact === undefined ? {} : { physicalLocation: { artifactLocation: { uri: artifact, uriBaseId: '%SRCROOT%' } } }),
    ...(logical ? { logicalLocations: [logical] } : {}),
  };
}

function result(input: SarifResultInput, ruleIndex: Map<string, number>, artifact: string | undefined): Sarif.Result {
  const where = location(input.where, artifact);
  const seqs = input.where?.seqs ?? [];
  const properties = {
    ...(seqs.length === 0 ? {} : { messageSeqs: [...seqs] }),
    ...(input.where?.jsonRpcId === undefined ? {} : { jsonRpcId: input.where.jsonRpcId }),
  };
  return {
    ruleId: input.ruleId,
    ...(ruleIndex.has(input.ruleId) ? { ruleIndex: ruleIndex.get(input.ruleId)! } : {}),
    level: LEVELS[input.severity],
    message: { text: input.message },
    ...(where ? { locations: [where] } : {}),
    // Code scanning matches a result across runs by this: the rule, the request and the message, not
    // message numbers (they shift whenever the server sends one more notification).
    partialFingerprints: { mcpInspectFinding: [input.ruleId, input.where?.method ?? '', input.where?.subject ?? '', input.message.replace(/\d+/g, '#')].join('|') },
    ...(input.suppressedBecause === undefined ? {} : { suppressions: [{ kind: 'external', justification: input.suppressedBecause }] }),
    ...(Object.keys(properties).length === 0 ? {} : { properties }),
  };
}

/** The whole log: one run of mcp-inspect. */
export function sarifLog(run: SarifRunInput): Sarif.Log {
  const ruleIndex = new Map(run.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mcp-inspect',
            version: run.toolVersion,
            semanticVersion: run.toolVersion,
            informationUri: 'https://www.npmjs.com/package/mcp-inspect',
            rules: run.rules.map(descriptor),
          },
        },
        automationDetails: { id: run.automationId },
        invocations: [{ executionSuccessful: true, exitCode: run.exitCode }],
        ...(run.artifact === undefined ? {} : { artifacts: [{ location: { uri: run.artifact, uriBaseId: '%SRCROOT%' } }] }),
        results: run.results.map((input) => result(input, ruleIndex, run.artifact)),
        ...(run.properties === undefined ? {} : { properties: run.properties }),
      },
    ],
  };
}
