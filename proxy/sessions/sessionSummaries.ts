// What the Sessions page lists about each file, computed by reading the file in chunks (never whole)
// and cached per file. Session files only grow while recorded, so a file that grew is read on from
// where the last summary stopped: listing a session that is being recorded costs only its new lines.
import { closeSync, openSync, readSync, type Stats } from 'node:fs';
import { readSessionEntry, readSessionHeader, SessionFormatError, type SessionHeader } from '../../shared/session';
import type { SessionUpgrade } from '../../shared/session/sessionUpgrades';
import type { SessionListItem } from '../../shared/session/sessionLibrary';
import type { SessionFile } from './sessionFolder';

const CHUNK_BYTES = 1024 * 1024;

/** The running totals of one file, up to `offset` (the end of its last complete line). */
interface Progress {
  ino: number;
  offset: number;
  lineNumber: number;
  header?: SessionHeader;
  steps: readonly SessionUpgrade[];
  error?: string;
  messageCount: number;
  findingCount: number;
  damagedLines: number;
  lastTime?: number;
  labels: Map<string, string>;
  http: boolean;
}

function freshProgress(stats: Stats): Progress {
  return { ino: stats.ino, offset: 0, lineNumber: 0, steps: [], messageCount: 0, findingCount: 0, damagedLines: 0, labels: new Map(), http: false };
}

function readLine(progress: Progress, line: string): void {
  progress.lineNumber++;
  if (progress.lineNumber === 1) {
    try {
      const { header, steps } = readSessionHeader(line);
      progress.header = header;
      progress.steps = steps;
    } catch (error) {
      progress.error = error instanceof SessionFormatError ? error.message : String(error);
    }
    return;
  }
  if (line.trim() === '') return;
  const entry = readSessionEntry(line, progress.steps);
  if (typeof entry === 'string') {
    progress.damagedLines++;
    return;
  }
  progress.lastTime = entry.time;
  if (entry.type === 'event' && entry.payload.kind === 'message') progress.messageCount++;
  else if (entry.type === 'finding') progress.findingCount++;
  else if (entry.type === 'connection') {
    progress.labels.set(entry.connectionId, entry.summary.label);
    if (entry.summary.target.transport !== 'stdio') progress.http = true;
  }
  else if (entry.type === 'event' && !progress.labels.has(entry.connectionId)) progress.labels.set(entry.connectionId, entry.connectionId);
}

/**
 * Reads the file's complete lines from `progress.offset` to `size` into `progress`, and returns the
 * totals to show: with a last line that has no newline yet counted too (a file cut short ends so),
 * though `progress` stops before it, since a growing file may still complete it.
 */
function readOn(file: string, size: number, progress: Progress): Progress {
  const fd = openSync(file, 'r');
  try {
    let carry = Buffer.alloc(0);
    let position = progress.offset;
    while (position < size && progress.error === undefined) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, size - position));
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      position += read;
      let buffer = carry.length === 0 ? chunk.subarray(0, read) : Buffer.concat([carry, chunk.subarray(0, read)]);
      let newline = buffer.indexOf(10);
      while (newline !== -1) {
        readLine(progress, buffer.toString('utf8', 0, newline));
        progress.offset += newline + 1;
        buffer = buffer.subarray(newline + 1);
        newline = buffer.indexOf(10);
        if (progress.error !== undefined) return progress;
      }
      carry = Buffer.from(buffer);
    }
    if (carry.length === 0 || progress.error !== undefined) return progress;
    const shown: Progress = { ...progress, labels: new Map(progress.labels) };
    readLine(shown, carry.toString('utf8'));
    return shown;
  } finally {
    closeSync(fd);
  }
}

function serverOf(progress: Progress): string | undefined {
  const labels = [...new Set(progress.labels.values())];
  const target = progress.header?.targets[0];
  const first = labels[0] ?? (target === undefined ? undefined : 'url' in target ? target.url : [target.command, ...target.args].join(' '));
  if (first === undefined) return undefined;
  return labels.length > 1 ? `${first} (+${labels.length - 1} more)` : first;
}

/** Summaries of session files, cached by file identity, size and modification time. */
export class SessionSummaries {
  private readonly cache = new Map<string, { size: number; mtimeMs: number; progress: Progress; shown: Progress }>();

  summarize(session: SessionFile, recording: boolean): SessionListItem {
    const { stats } = session;
    let cached = this.cache.get(session.file);
    const unchanged = cached && cached.size === stats.size && cached.mtimeMs === stats.mtimeMs && cached.progress.ino === stats.ino;
    if (!unchanged) {
      // Append-only files are read on; anything else (replaced, shortened) is read again.
      const progress = cached && cached.progress.ino === stats.ino && stats.size >= cached.size && cached.progress.error === undefined ? cached.progress : freshProgress(stats);
      let shown = progress;
      try {
        shown = readOn(session.file, stats.size, progress);
      } catch (error) {
        progress.error = `Cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
      }
      cached = { size: stats.size, mtimeMs: stats.mtimeMs, progress, shown };
      this.cache.set(session.file, cached);
    }
    const progress = cached!.shown;
    const createdAt = progress.header?.createdAt;
    const error = progress.error ?? (progress.lineNumber === 0 && stats.size === 0 ? 'The file is empty: a session file starts with a header line.' : undefined);
    const server = serverOf(progress);
    return {
      id: session.id,
      size: stats.size,
      modifiedAt: stats.mtime.toISOString(),
      ...(createdAt === undefined ? {} : { createdAt }),
      ...(server === undefined ? {} : { server }),
      ...(createdAt === undefined || progress.lastTime === undefined ? {} : { durationMs: Math.max(0, progress.lastTime - Date.parse(createdAt)) }),
      messageCount: progress.messageCount,
      findingCount: progress.findingCount,
      connectionCount: progress.labels.size,
      http: progress.http,
      damagedLines: progress.damagedLines,
      recording,
      ...(error === undefined ? {} : { error }),
    };
  }

  forget(file: string): void {
    this.cache.delete(file);
  }
}
