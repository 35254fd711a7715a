// What every upstream transport gives the inspector: the SDK's Transport, plus the tap it reports to.
import type { Transport } from '@modelcontextprotocol/client';
import type { ResolvedTransport } from '../../shared/connectionTypes';
import type { RawHttpReply } from '../../shared/inspectorProtocol';
import type { RecordedEvent, UnstampedEvent } from '../../shared/recordedEvent';

/**
 * Receives every event of the wire, unstamped; the inspector stamps it (seq, time, connection) and
 * may return the stamped event (a fault event then names the seq of the message it acted on).
 */
export type Tap = (event: UnstampedEvent) => RecordedEvent | void;

/** An SDK transport whose traffic is reported to a tap. */
export interface TappedTransport extends Transport {
  /** Which transport carries the connection; for `auto` it is known once the first exchange succeeded. */
  readonly resolvedTransport: ResolvedTransport;
  /**
   * Writes text to the server as is, even if it is not a valid message (for a raw composer); over
   * HTTP it resolves to how the server answered the POST.
   */
  sendRaw(text: string): Promise<RawHttpReply | void>;
  /** Last resort at process exit: ends the server at once, synchronously (no-op for HTTP). */
  killNow(): void;
}
