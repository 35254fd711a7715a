// The sessions folder behind the Sessions page: list with summaries, the file to download, delete,
// import (checked with the session reader before it is stored), and the saved sessions opened next to
// the live inspector. Loaded with the inspector core (it needs the zod schemas).
import { readSession, SessionFormatError } from '../../shared/session';
import type { SessionImported, SessionListing } from '../../shared/session/sessionLibrary';
import type { RequestGuard } from '../http/requestGuard';
import { SessionFolder, SessionFolderError, type SessionFile } from '../sessions/sessionFolder';
import type { ReplayRecording } from '../sessions/recordingConfig';
import { SessionSummaries } from '../sessions/sessionSummaries';
import { SessionViewers } from './SessionViewers';

/** A listing holds at most this many files, the newest; summaries are cached, so a relisting is cheap. */
const MAX_LISTED = 5000;

/** An import the reader refused, with the damaged lines when that is the reason. */
export class SessionImportError extends Error {
  override readonly name = 'SessionImportError';
  constructor(
    message: string,
    readonly problems: { line: number; message: string }[] = [],
    /** How many lines are damaged in all (`problems` lists the first few). */
    readonly damagedLines = problems.length,
  ) {
    super(message);
  }
}

export interface SessionLibraryOptions {
  dir: string;
  /** The file this proxy records into now, if any (listed as recording, not deletable). */
  recordingFile: () => string | undefined;
  version: string;
  /** Where MCP Apps are framed from (LaunchInfo.appSandboxOrigin). */
  appSandboxOrigin?: string;
  guard: RequestGuard;
  log: (message: string) => void;
  /** Where replays started from an opened session record. */
  replayRecording?: ReplayRecording;
}

export class SessionLibrary {
  readonly folder: SessionFolder;
  readonly viewers: SessionViewers;
  private readonly summaries = new SessionSummaries();

  constructor(private readonly options: SessionLibraryOptions) {
    this.folder = new SessionFolder(options.dir);
    this.viewers = new SessionViewers({ version: options.version, ...(options.appSandboxOrigin === undefined ? {} : { appSandboxOrigin: options.appSandboxOrigin }), guard: options.guard, log: options.log, resolve: (id) => this.folder.resolve(id), replayRecording: options.replayRecording });
  }

  list(): SessionListing {
    const files = this.folder.list().sort((a, b) => b.stats.mtimeMs - a.stats.mtimeMs);
    const sessions = files.slice(0, MAX_LISTED).map((file) => this.summarize(file));
    sessions.sort((a, b) => (b.createdAt ?? b.modifiedAt).localeCompare(a.createdAt ?? a.modifiedAt));
    return { folder: this.folder.dir, sessions, truncated: files.length > MAX_LISTED };
  }

  resolve(id: string): SessionFile {
    return this.folder.resolve(id);
  }

  delete(id: string): void {
    const session = this.folder.resolve(id);
    if (session.file === this.options.recordingFile()) {
      throw new SessionFolderError(409, `"${id}" is being recorded by this mcp-inspect right now; it can be deleted once it stops.`);
    }
    this.viewers.close(id);
    this.folder.delete(id);
    this.summaries.forget(session.file);
  }

  /**
   * Checks an uploaded file with the session reader and stores it. A file that is not a session or
   * comes from a newer version is refused; one with damaged lines is refused with their numbers
   * unless `acceptDamaged` (the reader would skip them, as `open` does).
   */
  import(name: string, content: Buffer, acceptDamaged: boolean): SessionImported {
    let problems;
    let damagedLines;
    try {
      ({ problems, damagedLines } = readSession(content.toString('utf8')));
    } catch (error) {
      if (error instanceof SessionFormatError) throw new SessionImportError(`${name} cannot be imported: ${error.message}`);
      throw error;
    }
    if (damagedLines > 0 && !acceptDamaged) {
      const count = damagedLines === 1 ? '1 damaged line' : `${damagedLines.toLocaleString('en-US')} damaged lines`;
      const lines = problems.map((problem) => problem.line).join(', ') + (damagedLines > problems.length ? ', …' : '');
      throw new SessionImportError(`${name} has ${count} (${lines}); import it anyway to skip ${damagedLines === 1 ? 'it' : 'them'}.`, problems, damagedLines);
    }
    const id = this.folder.store(name, content);
    return { session: this.summarize(this.folder.resolve(id)), problems, damagedLines };
  }

  private summarize(file: SessionFile) {
    return this.summaries.summarize(file, file.file === this.options.recordingFile());
  }
}
