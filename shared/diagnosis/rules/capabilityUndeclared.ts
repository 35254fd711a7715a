// Capability negotiation: each side uses only the features the other declared during initialize.
import { specLinks } from '../specLinks';
import { asRecord, type DiagnosisRule, type FindingDraft, type ObservedMessage } from '../rule';
import type { HandshakeState } from '../handshakeState';

/** A capability path such as `tools.listChanged`: the last key must be `true` when it is a flag. */
type CapabilityPath = readonly [string] | readonly [string, string];

const SERVER_NOTIFICATIONS: Record<string, CapabilityPath> = {
  'notifications/tools/list_changed': ['tools', 'listChanged'],
  'notifications/prompts/list_changed': ['prompts', 'listChanged'],
  'notifications/resources/list_changed': ['resources', 'listChanged'],
  'notifications/resources/updated': ['resources', 'subscribe'],
  'notifications/message': ['logging'],
};

const CLIENT_REQUESTS: Record<string, CapabilityPath> = {
  'tools/list': ['tools'],
  'tools/call': ['tools'],
  'resources/list': ['resources'],
  'resources/templates/list': ['resources'],
  'resources/read': ['resources'],
  'resources/subscribe': ['resources', 'subscribe'],
  'resources/unsubscribe': ['resources', 'subscribe'],
  'prompts/list': ['prompts'],
  'prompts/get': ['prompts'],
  'logging/setLevel': ['logging'],
  'completion/complete': ['completions'],
};

const SERVER_REQUESTS: Record<string, CapabilityPath> = {
  'sampling/createMessage': ['sampling'],
  'roots/list': ['roots'],
};

function isDeclared(capabilities: Record<string, unknown>, path: CapabilityPath): boolean {
  const feature = asRecord(capabilities[path[0]]);
  if (!feature) return false;
  if (path.length === 1) return true;
  const flag = feature[path[1]];
  return flag === true || asRecord(flag) !== undefined;
}

/** Form elicitation is allowed by `elicitation.form`, or by an elicitation object naming no mode (the 2025-06-18 form). */
function elicitationPath(message: ObservedMessage, capabilities: Record<string, unknown>): CapabilityPath | undefined {
  const mode = asRecord(asRecord(message.raw)?.params)?.mode;
  if (mode === 'url') return ['elicitation', 'url'];
  const elicitation = asRecord(capabilities.elicitation);
  if (elicitation && !('form' in elicitation) && !('url' in elicitation)) return ['elicitation'];
  return ['elicitation', 'form'];
}

function requiredPath(message: ObservedMessage, handshake: HandshakeState): { path: CapabilityPath; capabilities?: Record<string, unknown> } | undefined {
  const { kind, method } = message.envelope;
  if (method === undefined) return undefined;
  const clientCapabilities = handshake.clientCapabilities;
  let path: CapabilityPath | undefined;
  if (message.sender === 'client') path = kind === 'request' ? CLIENT_REQUESTS[method] : undefined;
  else if (kind === 'notification') path = SERVER_NOTIFICATIONS[method];
  else if (kind === 'request' && method === 'elicitation/create') path = clientCapabilities && elicitationPath(message, clientCapabilities);
  else if (kind === 'request') path = SERVER_REQUESTS[method];
  if (!path) return undefined;
  // 2024-11-05 had completion/complete but no `completions` capability to declare.
  if (path[0] === 'completions' && handshake.protocolVersion === '2024-11-05') return undefined;
  // Notifications and client requests need the server's capabilities; server requests the client's.
  const ownedByServer = message.sender === 'client' || kind === 'notification';
  return { path, capabilities: ownedByServer ? handshake.serverCapabilities : clientCapabilities };
}

export const capabilityUndeclaredRule: DiagnosisRule = {
  descriptor: {
    id: 'capability-undeclared',
    title: 'Feature used without its capability',
    severity: 'error',
    specSection: specLinks.capabilityNegotiation,
    explanation: 'A side may only use a feature (list-change notifications, logging, sampling, elicitation, roots …) the other declared at initialize.',
  },
  createChecker() {
    return {
      observe({ message, connection }): FindingDraft[] {
        if (!message) return [];
        const required = requiredPath(message, connection.handshake);
        if (!required?.capabilities || isDeclared(required.capabilities, required.path)) return [];
        const capability = required.path.join('.');
        const method = message.envelope.method ?? '';
        if (message.sender === 'client' && connection.clientIsInspector) {
          // The person pressed "Send anyway" or used the Raw composer.
          const text = `The inspector sent ${method} (your request), but the server did not declare the ${capability} capability; this says nothing about the server.`;
          return [{ message: text, seqs: [message.seq], severity: 'info', cause: 'inspector' }];
        }
        if (message.sender === 'client') {
          // A tapped host's own slip: the server may only answer that it has no such method.
          const text = `The host sent ${method}, but the server did not declare the ${capability} capability; this is the host's doing, not the server's.`;
          return [{ message: text, seqs: [message.seq], severity: 'warning' }];
        }
        const owner = message.envelope.kind === 'notification' ? 'the server itself' : 'the client';
        // Declaring the feature but not the flag is a softer slip than not declaring the feature at all.
        const onlyFlagMissing = required.path.length === 2 && asRecord(required.capabilities[required.path[0]]) !== undefined;
        const text = `The server sent ${method}, but ${owner} did not declare the ${capability} capability.`;
        return [{ message: text, seqs: [message.seq], ...(onlyFlagMissing ? { severity: 'warning' as const } : {}) }];
      },
    };
  },
};
