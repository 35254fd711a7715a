// Saved sessions opened from the Sessions page, each in its own inspector next to the live one. A page
// at `/?session=ID` opens its socket with the same parameter and attaches to that inspector, so a
// reopened session goes through exactly the path of `mcp-inspect open FILE` (RecordedConnection,
// snapshot then events) and shows the same views, read-only, with the banner.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { SESSION_QUERY_PARAM } from '../../shared/session/sessionLibrary';
import type { RequestGuard } from '../http/requestGuard';
import { Inspector } from '../inspector/Inspector';
import { createSocketServer, refuse, type SocketServer } from '../ws/socketServer';
import { pageEventLimitFromEnv } from '../sessions/keepEventWindow';
import { addRecordedConnections, readSessionFile } from '../sessions/loadRecordedSession';
import type { SessionFile } from '../sessions/sessionFolder';
import type { ReplayRecording } from '../sessions/recordingConfig';

/** Each opened session holds its whole log in memory: the least recently opened are closed beyond this. */
const MAX_OPEN_SESSIONS = 4;

interface Viewer {
  file: string;
  size: number;
  mtimeMs: number;
  inspector: Inspector;
  sockets: SocketServer;
}

export interface SessionViewersOptions {
  version: string;
  appSandboxOrigin?: string;
  guard: RequestGuard;
  log: (message: string) => void;
  /** The checked file a session id names (throws when there is none). */
  resolve: (id: string) => SessionFile;
  /** Where replays started from a viewer record. */
  replayRecording?: ReplayRecording;
}

export class SessionViewers {
  private readonly open = new Map<string, Viewer>();

  constructor(private readonly options: SessionViewersOptions) {}

  /**
   * Reads the session (again, if the file changed since) so that a page can attach to it. Throws with
   * a clear message when the file cannot be read; damaged lines are listed by the banner.
   */
  prepare(id: string): void {
    const session = this.options.resolve(id);
    const current = this.open.get(id);
    if (current && current.size === session.stats.size && current.mtimeMs === session.stats.mtimeMs) {
      // Most recently used last.
      this.open.delete(id);
      this.open.set(id, current);
      return;
    }
    const { info, connections } = readSessionFile(session.file);
    const launch = { inspectorVersion: this.options.version, isDemo: false, recordedSession: info, ...(this.options.appSandboxOrigin === undefined ? {} : { appSandboxOrigin: this.options.appSandboxOrigin }) };
    const inspector = new Inspector(launch, undefined, pageEventLimitFromEnv());
    addRecordedConnections(inspector, connections);
    const sockets = createSocketServer({ inspector, guard: this.options.guard, log: this.options.log, replayRecording: this.options.replayRecording });
    // Pages still showing the older read re-attach and get the new one.
    this.close(id);
    this.open.set(id, { file: session.file, size: session.stats.size, mtimeMs: session.stats.mtimeMs, inspector, sockets });
    for (const [oldest] of this.open) {
      if (this.open.size <= MAX_OPEN_SESSIONS) break;
      this.close(oldest);
    }
  }

  /**
   * Takes a socket upgrade that names a session (`?session=ID`); returns false for any other, which
   * belongs to the live inspector. An unknown or unreadable session is refused once the guard passed.
   */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const id = new URL(request.url ?? '/', 'http://localhost').searchParams.get(SESSION_QUERY_PARAM);
    if (id === null) return false;
    socket.on('error', () => {});
    const verdict = this.options.guard(request, 'upgrade');
    if (!verdict.ok) {
      refuse(socket, verdict.status, verdict.message);
      return true;
    }
    try {
      // Cheap when the file is unchanged; a file that grew since (the one being recorded) is read again.
      this.prepare(id);
    } catch (error) {
      refuse(socket, 404, error instanceof Error ? error.message : String(error));
      return true;
    }
    this.open.get(id)!.sockets.handleUpgrade(request, socket, head);
    return true;
  }

  /** Closes an opened session (its pages lose their socket): after a delete, or to make room. */
  close(id: string): void {
    const viewer = this.open.get(id);
    if (!viewer) return;
    this.open.delete(id);
    viewer.sockets.close();
    void viewer.inspector.closeAll();
  }

  closeAll(): void {
    for (const id of [...this.open.keys()]) this.close(id);
  }
}
