// The initialization phase: the client waits for the initialize response before anything but pings, and
// the server sends no requests but pings until the client said `notifications/initialized`.
import { specLinks } from '../specLinks';
import type { DiagnosisRule, FindingDraft, ObservedMessage } from '../rule';
import type { HandshakeState } from '../handshakeState';

/** Client messages allowed while `initialize` is unanswered. */
const CLIENT_EARLY_METHODS = new Set(['initialize', 'ping']);

function clientTooEarly(message: ObservedMessage, handshake: HandshakeState): FindingDraft[] {
  const { kind, method } = message.envelope;
  if ((kind !== 'request' && kind !== 'notification') || method === undefined || CLIENT_EARLY_METHODS.has(method)) return [];
  if (!handshake.initializeSent || handshake.initializeAnswered) return [];
  const what = kind === 'request' ? 'request' : 'notification';
  return [{ message: `The client sent the ${what} ${method} before the server answered initialize; only pings may go first.`, seqs: [message.seq], severity: 'warning' }];
}

function serverTooEarly(message: ObservedMessage, handshake: HandshakeState): FindingDraft[] {
  const { kind, method } = message.envelope;
  if (kind !== 'request' || method === undefined || method === 'ping') return [];
  if (!handshake.initializeSent || handshake.initializedSent) return [];
  return [{ message: `The server sent the request ${method} before the client sent notifications/initialized; only pings and logging may go first.`, seqs: [message.seq] }];
}

export const lifecycleOrderRule: DiagnosisRule = {
  descriptor: {
    id: 'lifecycle-order',
    title: 'Message before initialization finished',
    severity: 'error',
    specSection: specLinks.initialization,
    explanation: 'Until initialization completes, the client sends only pings and the server only pings and log messages.',
  },
  createChecker() {
    return {
      observe({ message, connection }): FindingDraft[] {
        if (!message) return [];
        return message.sender === 'client' ? clientTooEarly(message, connection.handshake) : serverTooEarly(message, connection.handshake);
      },
    };
  },
};
