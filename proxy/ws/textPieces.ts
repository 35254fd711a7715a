// A text frame's UTF-8 bytes in the pieces the proxy has them in: an events frame is its head, each
// event's JSON (itself in pieces around a large message's own bytes), commas and its tail. Small
// pieces are copied together; a large piece goes out as a WebSocket fragment of its own, written from
// where it already is, so a 5 MiB result is not copied into a fresh buffer for every frame it is in.
// (A page's browser puts the fragments of a message back together before the page sees it.)
import type { WebSocket } from 'ws';

/** The UTF-8 of one text frame, in order. Never modify the buffers: they are shared. */
export type TextPieces = readonly Buffer[];

/** Pieces at least this large go as a fragment of their own; copying them would cost more than a frame header. */
export const OWN_FRAGMENT_BYTES = 64 * 1024;

/** The pieces as one buffer (a lone piece as it is). */
const joined = (pieces: TextPieces): Buffer => (pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces));

/** The fragments of the frame: each run of small pieces copied into one buffer, each large piece as it is. */
export function fragmentsOf(pieces: TextPieces): Buffer[] {
  // Nearly every frame has small pieces only: one buffer, made without the bookkeeping below.
  if (!pieces.some((piece) => piece.length >= OWN_FRAGMENT_BYTES)) return [joined(pieces)];
  const fragments: Buffer[] = [];
  let run: Buffer[] = [];
  const endRun = () => {
    if (run.length > 0) fragments.push(joined(run));
    run = [];
  };
  for (const piece of pieces) {
    if (piece.length < OWN_FRAGMENT_BYTES) {
      run.push(piece);
      continue;
    }
    endRun();
    fragments.push(piece);
  }
  endRun();
  return fragments;
}

const TEXT_FRAGMENT = { binary: false, fin: false } as const;
const LAST_TEXT_FRAGMENT = { binary: false, fin: true } as const;

/** Sends the pieces as one text message: one frame, or its fragments back to back. */
export function sendTextPieces(socket: WebSocket, pieces: TextPieces): void {
  const fragments = fragmentsOf(pieces);
  const last = fragments.length - 1;
  for (let i = 0; i <= last; i++) socket.send(fragments[i]!, i === last ? LAST_TEXT_FRAGMENT : TEXT_FRAGMENT);
}

/** The text a page reads from the frame (what tests check). */
export function frameText(frame: string | TextPieces): string {
  return typeof frame === 'string' ? frame : joined(frame).toString('utf8');
}
