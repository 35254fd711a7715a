// The bytes a large message had on the wire, kept beside the parsed message until its event's JSON is
// made: that JSON then splices in those bytes instead of serialising and encoding the message again
// (for a 1 MiB result, two passes over a megabyte saved per event). Only large messages are kept:
// for small ones the passes cost less than the bookkeeping, and a small line's bytes may be a slice of
// a much larger read chunk, which keeping would pin in memory.
import { isUtf8 } from 'node:buffer';

const MIN_BYTES = 16 * 1024;
const wireBytes = new WeakMap<object, Buffer>();

/** Keeps `bytes` (exactly the JSON text `message` was parsed from, or serialised to) for its event. */
export function rememberWireBytes(message: unknown, bytes: Buffer): void {
  if (bytes.length >= MIN_BYTES && typeof message === 'object' && message !== null) wireBytes.set(message, bytes);
}

/**
 * The message's wire bytes, once (they are forgotten as they are taken), when they are valid UTF-8:
 * invalid bytes were read as U+FFFD into the parsed message, so only a fresh serialisation says what it holds.
 */
export function takeWireBytes(message: unknown): Buffer | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const bytes = wireBytes.get(message);
  if (bytes === undefined) return undefined;
  wireBytes.delete(message);
  return isUtf8(bytes) ? bytes : undefined;
}
