// Starts recording the inspector's stream to a session file, beginning with the header.
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type SessionHeader } from '../../shared/session';
import type { Inspector } from '../inspector/Inspector';
import { redactTarget, targetSecrets } from '../upstream/redact';
import type { RecordingConfig } from './recordingConfig';
import { SessionRecorder } from './SessionRecorder';


/** The capabilities the inspector's SDK client declares in `initialize` (it declares none yet). */
const CLIENT_CAPABILITIES: Record<string, unknown> = {};

export function sessionHeader(inspector: Inspector, createdAt: Date): SessionHeader {
  const { inspectorVersion, target } = inspector.launch;
  return {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    inspectorVersion,
    createdAt: createdAt.toISOString(),
    targets: target === undefined ? [] : [redactTarget(target)],
    client: { info: { name: 'mcp-inspect', version: inspectorVersion }, capabilities: CLIENT_CAPABILITIES },
    // Only a pinned era is known before connecting; `auto` may end up either way (the handshake says).
    era: inspector.launch.era === 'modern' ? 'modern' : 'legacy',
  };
}

/**
 * Starts recording the inspector's stream (call it before the first connection opens). Returns
 * undefined when recording is off; a file that cannot be created is reported and not recorded.
 */
export function startRecording(inspector: Inspector, config: RecordingConfig, warn: (message: string) => void): SessionRecorder | undefined {
  if (config.kind === 'off') return undefined;
  const { file } = config;
  const now = new Date();
  const launchTarget = inspector.launch.target;
  let recorder: SessionRecorder;
  try {
    recorder = SessionRecorder.create(file, sessionHeader(inspector, now), launchTarget ? targetSecrets(launchTarget) : [], warn);
  } catch (error) {
    warn(`Cannot record the session to ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  inspector.subscribe(recorder);
  return recorder;
}
