// Appends the inspector's stream to a session file as it happens. Entries are queued as they arrive and
// written with one synchronous (vectored) write per tick to a raw file descriptor: once written, the data is the
// kernel's, so a `kill -9` of the proxy loses at most the current tick, and nothing is buffered in
// a stream. A write failure (disk full) stops the recording with one warning; the proxy goes on.
// The recorder knows where each event line lands in the file, and tells an index (the inspector's
// archive of old events) as it writes, so nothing has to read the file back to find its lines.
import { closeSync, mkdirSync, openSync, writevSync } from 'node:fs';
import path from 'node:path';
import type { ConnectionSummary } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { eventEntry, SessionLineWriter, type SessionEntry, type SessionHeader } from '../../shared/session';
import type { EventBytes } from '../inspector/eventBytes';
import type { InspectorObserver } from '../inspector/Inspector';
import { eventLineParts } from './eventLineBytes';

/** Told where each event line starts in the file, once it is written. */
export interface EventLineIndex {
  eventLineWritten(offset: number, connectionId: string): void;
}

/** An event line in the queue: where it starts among the queued buffers, and what an index needs of it. */
interface PendingEventLine {
  part: number;
  connectionId: string;
}

export class SessionRecorder implements InspectorObserver {
  private fd: number | undefined;
  /** The queued lines' bytes, an event line in up to three parts (see eventLineBytes.ts). */
  private pending: Buffer[] = [];
  /** The queued event lines, kept only while an index listens. */
  private pendingEvents: PendingEventLine[] = [];
  private index: EventLineIndex | undefined;
  /** Bytes written so far: where the next line starts. */
  private writtenBytes = 0;
  private flushScheduled = false;
  /** The seq of the last event written: what the other entries are stamped with. */
  private lastSeq = 0;
  private constructor(
    readonly file: string,
    fd: number,
    private readonly writer: SessionLineWriter,
    private readonly warn: (message: string) => void,
    private readonly eventBytes: EventBytes | undefined,
  ) {
    this.fd = fd;
  }

  /**
   * Creates (or truncates) the file, private to the user, and writes the header at once. The writer
   * redacts the header's targets and scrubs their secrets from every later line. `eventBytes` (the
   * inspector's, secrets already masked) is each event's JSON, which the event's line is made from.
   */
  static create(file: string, header: SessionHeader, warn: (message: string) => void, eventBytes?: EventBytes): SessionRecorder {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const writer = new SessionLineWriter();
    const recorder = new SessionRecorder(file, openSync(file, 'w', 0o600), writer, warn, eventBytes);
    recorder.appendLine(writer.header(header));
    recorder.flush();
    return recorder;
  }

  get recording(): boolean {
    return this.fd !== undefined;
  }

  /** Tells `index` where every event line written from now on starts. */
  indexEventLines(index: EventLineIndex): void {
    this.index = index;
  }

  eventRecorded(event: RecordedEvent): void {
    this.lastSeq = event.seq;
    if (this.fd === undefined) return;
    if (this.index) this.pendingEvents.push({ part: this.pending.length, connectionId: event.connectionId });
    const parts = this.eventBytes && eventLineParts(event, this.eventBytes(event));
    if (parts) this.appendParts(parts);
    else this.appendLine(this.writer.entry(eventEntry(event)));
  }

  diagnosisRaised(findings: Finding[]): void {
    for (const finding of findings) this.append({ type: 'finding', ...this.stamp(finding.connectionId), finding });
  }

  connectionChanged(summary: ConnectionSummary): void {
    this.append({ type: 'connection', ...this.stamp(summary.id), summary });
  }

  connectionRemoved(connectionId: string): void {
    this.append({ type: 'connectionRemoved', ...this.stamp(connectionId) });
  }

  /** Writes everything queued, synchronously. */
  flush(): void {
    this.flushScheduled = false;
    if (this.fd === undefined || this.pending.length === 0) return;
    const parts = this.pending;
    const events = this.pendingEvents;
    this.pending = [];
    this.pendingEvents = [];
    let written: number;
    try {
      written = writevSync(this.fd, parts);
    } catch (error) {
      this.warn(`Stopped recording to ${this.file}: ${error instanceof Error ? error.message : String(error)}`);
      this.close();
      return;
    }
    if (this.index && events.length > 0) this.reportEventLines(parts, events);
    this.writtenBytes += written;
  }

  /** Flushes and closes the file; later entries are ignored. */
  close(): void {
    if (this.fd === undefined) return;
    if (this.pending.length > 0) this.flush();
    const fd = this.fd;
    this.fd = undefined;
    try {
      closeSync(fd);
    } catch {
      // Already closed by a failed write path: nothing left to save.
    }
  }

  private stamp(connectionId: string) {
    return { seq: this.lastSeq, time: Date.now(), connectionId };
  }

  private append(entry: SessionEntry): void {
    if (this.fd === undefined) return;
    this.appendLine(this.writer.entry(entry));
  }

  private reportEventLines(parts: Buffer[], events: PendingEventLine[]): void {
    let offset = this.writtenBytes;
    let part = 0;
    for (const event of events) {
      for (; part < event.part; part++) offset += parts[part]!.length;
      this.index!.eventLineWritten(offset, event.connectionId);
    }
  }

  private appendLine(line: string): void {
    this.appendParts([Buffer.from(line, 'utf8')]);
  }

  private appendParts(parts: Buffer[]): void {
    this.pending.push(...parts);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }
}
