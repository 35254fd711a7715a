// Splits a byte stream (a child's stdout or stderr) into lines. Works on bytes so a multi-byte
// character cut between two chunks is decoded whole; `\r\n` and `\n` both end a line.

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export interface LineSplitterOptions {
  /** Called with each complete line (without its line ending), its size in bytes, and the bytes themselves. */
  onLine: (line: string, bytes: number, raw: Buffer) => void;
  /** A line longer than this is not buffered further. */
  maxLineBytes: number;
  /**
   * What to do with an over-long line: `split` hands it on in pieces of `maxLineBytes` (fine for
   * human-readable stderr); `discard` drops it up to its end and calls `onOverflow` once (a
   * protocol message that big cannot be handled, but the stream after it still can).
   */
  overflow: 'split' | 'discard';
  onOverflow?: (bytesSoFar: number) => void;
}

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private discarding = false;

  constructor(private readonly options: LineSplitterOptions) {}

  push(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      this.buffer(chunk.subarray(start, end));
      if (newline === -1) return;
      this.endLine();
      start = newline + 1;
    }
  }

  /** The stream ended: a last line without a line ending is still a line. */
  end(): void {
    if (this.pendingBytes > 0) this.endLine();
    this.discarding = false;
  }

  private buffer(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.discarding) return;
    this.pending.push(piece);
    this.pendingBytes += piece.length;
    if (this.pendingBytes <= this.options.maxLineBytes) return;
    if (this.options.overflow === 'split') {
      const whole = Buffer.concat(this.pending, this.pendingBytes);
      this.reset();
      let offset = 0;
      while (whole.length - offset > this.options.maxLineBytes) {
        this.emit(whole.subarray(offset, offset + this.options.maxLineBytes));
        offset += this.options.maxLineBytes;
      }
      this.buffer(whole.subarray(offset));
      return;
    }
    this.options.onOverflow?.(this.pendingBytes);
    this.reset();
    this.discarding = true;
  }

  private endLine(): void {
    if (this.discarding) {
      this.discarding = false;
      return;
    }
    const line = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    // (Buffer.concat of no pieces is an empty line, which is still a line.)
    this.reset();
    this.emit(line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.subarray(0, -1) : line);
  }

  private emit(line: Buffer): void {
    this.options.onLine(line.toString('utf8'), line.length, line);
  }

  private reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }
}
