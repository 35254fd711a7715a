import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayRecordingIn } from './recordingConfig';

describe('replayRecordingIn', () => {
  it('records each replay into a new dated file in the sessions folder', () => {
    const recording = replayRecordingIn('/tmp/my-sessions');
    const first = recording();
    expect(first.kind).toBe('file');
    const file = first.kind === 'file' ? first.file : '';
    expect(path.dirname(file)).toBe('/tmp/my-sessions');
    expect(path.basename(file)).toMatch(new RegExp(`^session-\\d{4}-.*-${process.pid}\\.jsonl$`));
  });

  it('records nothing when the proxy records nothing (--no-record)', () => {
    expect(replayRecordingIn(undefined)()).toEqual({ kind: 'off' });
  });
});
