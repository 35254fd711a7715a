// Starts recording the inspector's stream to a session file, beginning with the header.
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type SessionHeader } from '../../shared/session';
import { DEFAULT_CONNECTION_SETTINGS } from '../../shared/connectionTypes';
import { declaredClient } from '../inspector/clientRole';
import type { Inspector } from '../inspector/Inspector';
import type { RecordingConfig } from './recordingConfig';
import { SessionRecorder } from './SessionRecorder';

/**
 * The header of a new recording (its targets as they are: the recorder's writer redacts them). `client` is what the launch connection declares in `initialize` (the
 * default settings); a connection opened later with other choices has them in its summary's `settings`,
 * and what it actually sent in its handshake.
 */
export function sessionHeader(inspector: Inspector, createdAt: Date): SessionHeader {
  const { inspectorVersion, target } = inspector.launch;
  return {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    inspectorVersion,
    createdAt: createdAt.toISOString(),
    targets: target === undefined ? [] : [target],
    client: declaredClient(inspectorVersion, DEFAULT_CONNECTION_SETTINGS),
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
  let recorder: SessionRecorder;
  try {
    recorder = SessionRecorder.create(file, sessionHeader(inspector, now), warn, inspector.eventBytes);
  } catch (error) {
    warn(`Cannot record the session to ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  inspector.subscribe(recorder);
  inspector.persistWith(() => recorder.flush());
  return recorder;
}
