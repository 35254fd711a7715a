// The heavy half of the proxy: the inspector (SDK client, transports) and the socket layer (zod
// validation). server.ts imports it lazily, so the URL is printed before this is even loaded.
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionTarget, type EraChoice } from '../shared/connectionTypes';
import type { RecordedSessionInfo } from '../shared/inspectorProtocol';
import type { SessionConnection } from '../shared/session';
import type { RequestGuard } from './http/requestGuard';
import { createOAuthCoordinator, type OAuthSetup } from './auth/createOAuthCoordinator';
import { Inspector } from './inspector/Inspector';
import { addRecordedConnections } from './sessions/loadRecordedSession';
import { SessionLibrary } from './library/SessionLibrary';
import { replayRecordingIn, type RecordingConfig } from './sessions/recordingConfig';
import type { SessionRecorder } from './sessions/SessionRecorder';
import { startRecording } from './sessions/startRecording';
import { keepEventWindow, pageEventLimitFromEnv, type EventWindowFile } from './sessions/keepEventWindow';
import { createSocketServer, type SocketServer } from './ws/socketServer';
import { boundOldGenerationGrowth } from './oldGeneration';

export interface InspectorCore {
  inspector: Inspector;
  sockets: SocketServer;
  /** Set while this run is being recorded to a session file. */
  recorder: SessionRecorder | undefined;
  /** The sessions folder as the Sessions page sees it, and the saved sessions opened from it. */
  library: SessionLibrary;
  /** Where events that fell out of the inspector's memory are read from (closed, and a spill file deleted, at the end). */
  eventFile: EventWindowFile | undefined;
}

/** A session file read by `mcp-inspect open`, shown instead of a live server. */
export interface OpenedSession {
  info: RecordedSessionInfo;
  connections: SessionConnection[];
}

export function startInspectorCore(options: {
  version: string;
  target: ConnectionTarget | undefined;
  isDemo: boolean;
  /** The protocol era of the connection to `target` (legacy when not given). */
  era?: EraChoice;
  /** Fault rules of the connection to `target` (--fault), all enabled. */
  faults?: string[];
  guard: RequestGuard;
  log: (message: string) => void;
  /** Off unless given: embedders and tests do not write session files by surprise. */
  recording?: RecordingConfig;
  session?: OpenedSession;
  /** The folder the Sessions page lists. */
  sessionsDir: string;
  /** How remote servers that require OAuth are answered. */
  oauth?: OAuthSetup;
  /** Whether replays started from the UI are recorded into `sessionsDir` (default: when `recording` is on). */
  recordReplays?: boolean;
  /** Where MCP Apps are framed from (the app sandbox listener's origin). */
  appSandboxOrigin?: string;
}): InspectorCore {
  const inspector = new Inspector(
    {
      inspectorVersion: options.version,
      ...(options.target === undefined ? {} : { target: options.target }),
      isDemo: options.isDemo,
      ...(options.era === undefined ? {} : { era: options.era }),
      ...(options.session === undefined ? {} : { recordedSession: options.session.info }),
      ...(options.appSandboxOrigin === undefined ? {} : { appSandboxOrigin: options.appSandboxOrigin }),
    },
    options.oauth === undefined ? undefined : createOAuthCoordinator(options.oauth),
    pageEventLimitFromEnv(),
  );
  const replayRecording = replayRecordingIn((options.recordReplays ?? options.recording?.kind === 'file') ? options.sessionsDir : undefined);
  const sockets = createSocketServer({ inspector, guard: options.guard, log: options.log, replayRecording, acceptsTaps: true });
  // Subscribed before the first connection opens, so the file holds it from its first event.
  const recorder = startRecording(inspector, options.recording ?? { kind: 'off' }, options.log);
  const eventFile = keepEventWindow(inspector, recorder, options.log);
  // The window bounds what is kept; this bounds the garbage a stream leaves in the old generation.
  boundOldGenerationGrowth();
  if (options.session) addRecordedConnections(inspector, options.session.connections);
  if (options.target) {
    const faults = (options.faults ?? []).map((rule) => ({ rule, enabled: true }));
    inspector.connect(options.target, { ...DEFAULT_CONNECTION_SETTINGS, ...(options.era === undefined ? {} : { era: options.era }), ...(faults.length > 0 ? { faults } : {}) });
  }
  const library = new SessionLibrary({
    dir: options.sessionsDir,
    recordingFile: () => (recorder?.recording ? recorder.file : undefined),
    version: options.version,
    ...(options.appSandboxOrigin === undefined ? {} : { appSandboxOrigin: options.appSandboxOrigin }),
    guard: options.guard,
    log: options.log,
    replayRecording,
  });
  return { inspector, sockets, recorder, library, eventFile };
}
