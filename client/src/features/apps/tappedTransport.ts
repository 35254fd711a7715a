// A transport that reports every message it carries, in both directions, before passing it on: how the
// host↔app traffic reaches the inspector's log without a second copy of the bridge.
import type { JSONRPCMessage, Transport } from '@modelcontextprotocol/client';

/** `host→app` is what the inspector sends the app; `app→host` what the app sends the inspector. */
export type AppDirection = 'host→app' | 'app→host';

export function tappedTransport(inner: Transport, tap: (direction: AppDirection, message: JSONRPCMessage) => void): Transport {
  let onmessage: Transport['onmessage'];
  inner.onmessage = (message, extra) => {
    tap('app→host', message);
    onmessage?.(message, extra);
  };
  return {
    start: () => inner.start(),
    close: () => inner.close(),
    send: (message, options) => {
      tap('host→app', message);
      return inner.send(message, options);
    },
    get onmessage() {
      return onmessage;
    },
    set onmessage(handler) {
      onmessage = handler;
    },
    get onclose() {
      return inner.onclose;
    },
    set onclose(handler) {
      inner.onclose = handler;
    },
    get onerror() {
      return inner.onerror;
    },
    set onerror(handler) {
      inner.onerror = handler;
    },
  };
}
