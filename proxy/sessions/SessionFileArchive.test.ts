// Reading events back from a session file as the recorder writes it and indexes it: by position per
// connection and across connections, across checkpoints, with a half-written last line and damaged
// lines in it.
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { Inspector } from '../inspector/Inspector';
import { CHECKPOINT_EVENTS, SessionFileArchive } from './SessionFileArchive';
import { SessionRecorder } from './SessionRecorder';
import { sessionHeader } from './startRecording';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function recording() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'archive-test-'));
  dirs.push(dir);
  const file = path.join(dir, 'session.jsonl');
  const header = sessionHeader(new Inspector({ inspectorVersion: '0.0.0-test', isDemo: false }), new Date(0));
  const recorder = SessionRecorder.create(file, header, () => {});
  const archive = new SessionFileArchive(file, () => recorder.flush());
  recorder.indexEventLines(archive);
  return { file, recorder, archive };
}

let seq = 0;
function stderr(connectionId: string, text: string): RecordedEvent {
  return { kind: 'stderr', text, seq: ++seq, time: 1_000 + seq, connectionId };
}

/** The line the recorder writes for an event (its writer's own format), for writing by hand. */
function eventLine(event: RecordedEvent): string {
  const { seq: eventSeq, time, connectionId, ...payload } = event;
  return `${JSON.stringify({ type: 'event', seq: eventSeq, time, connectionId, payload })}\n`;
}

/** Appends `text` by hand where the recorder would, telling the archive an event line starts there. */
function appendEventLine(file: string, archive: SessionFileArchive, connectionId: string, text: string): void {
  archive.eventLineWritten(statSync(file).size, connectionId);
  appendFileSync(file, text);
}

describe('SessionFileArchive', () => {
  it('reads any range by position, per connection and across connections, past many checkpoints', async () => {
    const { recorder, archive } = recording();
    const written: RecordedEvent[] = [];
    for (let i = 0; i < CHECKPOINT_EVENTS * 5 + 17; i++) {
      const event = stderr(i % 3 === 0 ? 'c2' : 'c1', `line ${i}`);
      written.push(event);
      recorder.eventRecorded(event);
      // Summaries and findings between events are not events: positions skip them.
      if (i % 100 === 0) recorder.connectionRemoved('c9');
    }
    const c1 = written.filter((event) => event.connectionId === 'c1');
    expect(await archive.read({ connectionId: 'c1', from: 0, count: 3 })).toEqual(c1.slice(0, 3));
    expect(await archive.read({ connectionId: 'c1', from: 700, count: 50 })).toEqual(c1.slice(700, 750));
    expect(await archive.read({ connectionId: 'c2', from: 300, count: 5_000 })).toEqual(written.filter((event) => event.connectionId === 'c2').slice(300));
    expect(await archive.read({ from: 1_000, count: 300 })).toEqual(written.slice(1_000, 1_300));
    expect(await archive.read({ from: written.length - 1, count: 10 })).toEqual(written.slice(-1));

    archive.forget('c2');
    expect(await archive.read({ from: 500, count: 20 })).toEqual(c1.slice(500, 520));
    archive.close();
  });

  it('waits for a half-written last line, and reads what is appended later', async () => {
    const { file, recorder, archive } = recording();
    recorder.close();
    const first = stderr('c1', 'first');
    appendEventLine(file, archive, 'c1', eventLine(first));
    const second = stderr('c1', 'second');
    appendEventLine(file, archive, 'c1', eventLine(second).slice(0, 30));
    expect(await archive.read({ connectionId: 'c1', from: 0, count: 10 })).toEqual([first]);
    appendFileSync(file, eventLine(second).slice(30));
    expect(await archive.read({ connectionId: 'c1', from: 0, count: 10 })).toEqual([first, second]);
    archive.close();
  });

  it('says which line it could not read instead of shifting the positions after it', async () => {
    const { file, recorder, archive } = recording();
    recorder.close();
    const before = stderr('c1', 'before');
    appendEventLine(file, archive, 'c1', eventLine(before));
    appendFileSync(file, 'not a session line at all\n');
    appendEventLine(file, archive, 'c1', eventLine(stderr('c1', 'cut short')).slice(0, 90) + '\n');
    const after = stderr('c1', 'after');
    appendEventLine(file, archive, 'c1', eventLine(after));
    const events = await archive.read({ connectionId: 'c1', from: 0, count: 10 });
    expect(events).toHaveLength(3);
    expect(events[0]).toEqual(before);
    expect(events[1]).toMatchObject({ kind: 'transport', seq: after.seq - 1, connectionId: 'c1', event: { type: 'error' } });
    expect(events[1]!.kind === 'transport' && events[1]!.event.type === 'error' && events[1]!.event.message).toMatch(/could not read this event back .* is not JSON/);
    expect(events[2]).toEqual(after);
    archive.close();
  });

  it('reads connection ids with JSON escapes and non-ASCII characters as written', async () => {
    const { recorder, archive } = recording();
    const ids = ['plain', 'quote"and\\backslash', 'ünïcødé→', 'tab\there'];
    const written = Array.from({ length: CHECKPOINT_EVENTS + 40 }, (_, i) => stderr(ids[i % ids.length]!, `line ${i}`));
    for (const event of written) recorder.eventRecorded(event);
    for (const id of ids) {
      expect(await archive.read({ connectionId: id, from: 5, count: 3 })).toEqual(written.filter((event) => event.connectionId === id).slice(5, 8));
    }
    expect(await archive.read({ from: 0, count: written.length })).toEqual(written);
    archive.close();
  });

  it('knows where each line starts from the recorder, whatever the bytes per character', async () => {
    const { recorder, archive } = recording();
    // Multi-byte text moves every later line's byte offset away from its character offset.
    const written = Array.from({ length: CHECKPOINT_EVENTS * 3 + 5 }, (_, i) => stderr('c1', i % 2 === 0 ? `${'ünïcødé→'.repeat(20)} ${i}` : `line ${i}`));
    for (const [i, event] of written.entries()) {
      recorder.eventRecorded(event);
      if (i % 50 === 0) recorder.flush();
    }
    recorder.flush();
    expect(await archive.read({ connectionId: 'c1', from: CHECKPOINT_EVENTS * 2 + 3, count: 4 })).toEqual(written.slice(CHECKPOINT_EVENTS * 2 + 3, CHECKPOINT_EVENTS * 2 + 7));
    expect(await archive.read({ from: written.length - 2, count: 4 })).toEqual(written.slice(-2));
    archive.close();
  });
});
