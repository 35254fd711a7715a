// A transport that reports every message it carries, in both directions, before passing it on: how the
// host↔app traffic reaches the inspector's log without a second copy of the bridge.
import type { JSONRPCMessage, Transport } from '@modelcontextprotocol/client';

/** `to-app` is what the inspector (the host) sends the app; `from-app` what the app sends it. */
export type AppDirection = 'to-app' | 'from-app';

export function tappedTransport(inner: Transport, tap: (direction: AppDirection, message: JSONRPCMessage) => void): Transport {
  let onmessage: Transport['onmessage'];
  inner.onmessage = (message, extra) => {
    tap('from-app', message);
    onmessage?.(message, extra);
  };
  return {
    start: () => inner.start(),
    close: () => inner.close(),
    send: (message, options) => {
      tap('to-app', message);
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
