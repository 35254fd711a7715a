// One direction of a stdio tap (host → server, or server → host). While no fault rule is on it is a
// plain pipe: bytes pass as they come. Once a rule is set it relays line by line, so each complete
// JSON line goes through the fault stage (shared/faults/) and is passed on byte for byte unless a
// fault acts on it; a line that is not JSON, and the rest of a line already begun when rules were set,
// pass unchanged. It stays line by line after that (a line boundary is the only safe place to switch).
import type { Readable, Writable } from 'node:stream';
import type { Direction } from '../../shared/recordedEvent';

const NEWLINE = 0x0a;

export class LineRelay {
  private byLine = false;
  /** Whether the last byte passed ended a line (so the next line can be judged from its start). */
  private atLineStart = true;
  private pending: Buffer[] = [];

  constructor(
    private readonly from: Readable,
    private readonly to: Writable,
    readonly direction: Direction,
    /** Passes one complete line (with its line ending) on, through the fault stage. */
    private readonly onLine: (direction: Direction, text: string) => void,
    /** Sees each chunk after it was written on (by line: before its lines are judged, so a message is recorded before its fault). */
    observe: (chunk: Buffer) => void,
    /** Whether the receiver's end is closed when the sender's is. */
    end: boolean,
  ) {
    from.pipe(to, { end });
    from.on('data', (chunk: Buffer) => {
      observe(chunk);
      if (this.byLine) this.split(chunk);
      else if (chunk.length > 0) this.atLineStart = chunk[chunk.length - 1] === NEWLINE;
    });
    from.on('end', () => {
      // A last line without its newline is passed on as it is.
      if (this.byLine && this.pending.length > 0) this.to.write(Buffer.concat(this.pending));
      if (this.byLine && end) this.to.end();
    });
  }

  /** From now on, relays line by line (called between chunks). */
  lineByLine(): void {
    if (this.byLine) return;
    this.byLine = true;
    this.from.unpipe(this.to);
    // With no pipe left the stream pauses; its own `data` listener reads on.
    this.from.resume();
  }

  /** Writes bytes to the receiver as they are (an injected answer, a corrupted line). */
  write(text: string): void {
    this.to.write(text);
  }

  private split(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      if (newline === -1) {
        this.pending.push(chunk.subarray(start));
        return;
      }
      const line = this.pending.length > 0 ? Buffer.concat([...this.pending, chunk.subarray(start, newline + 1)]) : chunk.subarray(start, newline + 1);
      this.pending = [];
      start = newline + 1;
      if (this.atLineStart) this.onLine(this.direction, line.toString('utf8'));
      else this.to.write(line);
      this.atLineStart = true;
    }
  }
}
