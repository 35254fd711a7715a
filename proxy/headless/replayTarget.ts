// The server a replay talks to and how the client presents itself: the recorded target unless the
// user names another, with `-e`/`--header` given again for the secrets the recording removed; and the
// client capabilities and roots the recorded client declared.
import type { ClientCapabilityChoices, ConnectionSettings, ConnectionTarget } from '../../shared/connectionTypes';
import { DEFAULT_CONNECTION_SETTINGS } from '../../shared/connectionTypes';
import { isStdioTarget } from '../../shared/isStdioTarget';

/** What the recorder writes in place of a secret (proxy/upstream/redact.ts). */
const MASKED = '***';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * The recorded target with the user's `-e`, `--header` and `--cwd` applied. Throws when
 * a value the recording masked is still masked: the server would get `***` instead of its secret.
 */
/** What the person gave again on top of a recorded target (`-e`, `--header`, `--cwd`): the secrets it masked. */
export interface RecordedTargetOverrides {
  env: Record<string, string>;
  headers: Record<string, string>;
  cwd: string | undefined;
}

export function recordedTargetWith(recorded: ConnectionTarget, overrides: RecordedTargetOverrides): ConnectionTarget {
  const target: ConnectionTarget = isStdioTarget(recorded)
    ? { ...recorded, env: { ...recorded.env, ...overrides.env }, ...(overrides.cwd === undefined ? {} : { cwd: overrides.cwd }) }
    : { ...recorded, headers: { ...recorded.headers, ...overrides.headers } };
  const masked = isStdioTarget(target)
    ? Object.entries(target.env).filter(([, value]) => value === MASKED).map(([name]) => `-e ${name}=…`)
    : Object.entries(target.headers).filter(([, value]) => value === MASKED).map(([name]) => `--header "${name}: …"`);
  if (masked.length > 0) {
    throw new Error(`The recording removed the secrets of its server (${masked.join(', ')}). Give them again: mcp-inspect replay FILE ${masked.join(' ')}`);
  }
  if (!isStdioTarget(target) && /\*\*\*/.test(target.url)) {
    throw new Error('The recorded URL had its credentials removed. Name the server again with --url.');
  }
  return target;
}

/** The capability choices that declare exactly these capabilities (the inverse of clientCapabilitiesFor). */
export function capabilityChoices(capabilities: Record<string, unknown>): ClientCapabilityChoices {
  const sampling = asRecord(capabilities.sampling);
  const elicitation = asRecord(capabilities.elicitation);
  // An empty `elicitation: {}` means form mode (2025-06-18, before modes existed).
  const formOnly = elicitation !== undefined && Object.keys(elicitation).length === 0;
  return {
    sampling: sampling !== undefined,
    samplingTools: asRecord(sampling?.tools) !== undefined,
    elicitationForm: formOnly || asRecord(elicitation?.form) !== undefined,
    elicitationUrl: asRecord(elicitation?.url) !== undefined,
    roots: asRecord(capabilities.roots) !== undefined,
    tasks: asRecord(capabilities.tasks) !== undefined,
  };
}

/** Settings for the replay's connection: the recorded capabilities and roots, the replay's timeout. */
export function replaySettings(
  declared: Record<string, unknown> | undefined,
  recorded: ConnectionSettings | undefined,
  timeoutMs: number,
): ConnectionSettings {
  const capabilities = declared ? capabilityChoices(declared) : (recorded?.capabilities ?? DEFAULT_CONNECTION_SETTINGS.capabilities);
  return {
    ...DEFAULT_CONNECTION_SETTINGS,
    capabilities,
    roots: recorded?.roots ?? [],
    requestTimeoutMs: timeoutMs,
    // Nobody answers in a replay: a server request the recording cannot answer is refused at once.
    serverRequestTimeoutMs: timeoutMs,
  };
}
