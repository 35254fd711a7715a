// Checks the JSON-RPC envelope of every message from the server, saying exactly what is wrong.
import { specLinks } from '../specLinks';
import { asRecord, showValue, type DiagnosisRule, type FindingDraft, type ObservedMessage } from '../rule';
import type { HandshakeState } from '../handshakeState';

/** Batches were allowed only in these revisions (added in 2025-03-26, removed in 2025-06-18). */
const VERSIONS_WITH_BATCHES = new Set(['2025-03-26']);

/**
 * JSON-RPC 2.0 answers an unreadable request with `"id": null`; MCP's schema instead leaves the id out.
 * Servers following JSON-RPC here are common and the client copes, so this alone is only a warning.
 */
const NULL_ERROR_ID = 'its id is null: MCP leaves the id out of an error that answers no request (JSON-RPC 2.0 used null)';

function idProblem(message: Record<string, unknown>): string | undefined {
  if (!('id' in message)) return undefined;
  const { id } = message;
  if (id === null && 'error' in message) return NULL_ERROR_ID;
  if (id === null) return 'its id is null, which MCP forbids';
  if (typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id))) return undefined;
  return `its id ${showValue(id)} is neither a string nor an integer`;
}

function errorProblems(error: unknown): string[] {
  const fields = asRecord(error);
  if (!fields) return [`its error is ${showValue(error)}, not an object`];
  const problems: string[] = [];
  if (!('code' in fields)) problems.push('its error has no code');
  else if (typeof fields.code !== 'number' || !Number.isInteger(fields.code)) problems.push(`its error.code ${showValue(fields.code)} is not an integer`);
  if (!('message' in fields)) problems.push('its error has no message');
  else if (typeof fields.message !== 'string') problems.push(`its error.message ${showValue(fields.message)} is not a string`);
  return problems;
}

function shapeProblems(message: Record<string, unknown>): string[] {
  const hasMethod = 'method' in message;
  const hasResult = 'result' in message;
  const hasError = 'error' in message;
  if (hasMethod) {
    const problems: string[] = [];
    if (typeof message.method !== 'string') problems.push(`its method ${showValue(message.method)} is not a string`);
    if (hasResult || hasError) problems.push(`it has a method and also a ${hasResult ? 'result' : 'error'}`);
    if ('params' in message && !asRecord(message.params)) problems.push(`its params ${showValue(message.params)} is not an object`);
    return problems;
  }
  if (hasResult && hasError) return ['it has both a result and an error'];
  if (hasResult) {
    const problems = 'id' in message ? [] : ['its result has no id'];
    if (!asRecord(message.result)) problems.push(`its result ${showValue(message.result)} is not an object`);
    return problems;
  }
  if (hasError) return errorProblems(message.error);
  return ['it has no method, result or error, so it is neither a request, a notification nor a response'];
}

/** Everything wrong with one message's envelope, in plain words. */
export function envelopeProblems(raw: unknown): string[] {
  const message = asRecord(raw);
  if (!message) return [`it is ${Array.isArray(raw) ? 'an empty array' : showValue(raw)}, not a JSON-RPC object`];
  const problems: string[] = [];
  if (!('jsonrpc' in message)) problems.push('it has no jsonrpc field (it must be "2.0")');
  else if (message.jsonrpc !== '2.0') problems.push(`its jsonrpc is ${showValue(message.jsonrpc)} instead of "2.0"`);
  const id = idProblem(message);
  if (id) problems.push(id);
  return [...problems, ...shapeProblems(message)];
}

function batchFinding(message: ObservedMessage, handshake: HandshakeState): FindingDraft[] {
  if (message.batch?.index !== 0) return [];
  if (handshake.protocolVersion !== undefined && VERSIONS_WITH_BATCHES.has(handshake.protocolVersion)) return [];
  const version = handshake.protocolVersion ? ` (the connection runs ${handshake.protocolVersion})` : '';
  return [{ message: `The server sent a JSON-RPC batch of ${message.batch.size} message${message.batch.size === 1 ? '' : 's'}; batches are not allowed since 2025-06-18${version}.`, seqs: [message.seq] }];
}

export const envelopeInvalidRule: DiagnosisRule = {
  descriptor: {
    id: 'envelope-invalid',
    title: 'Malformed JSON-RPC message',
    severity: 'error',
    specSection: specLinks.messages,
    explanation: 'Every message from the server must be a JSON-RPC 2.0 request, notification, result or error with a string or integer id.',
  },
  createChecker() {
    return {
      observe({ message, connection }): FindingDraft[] {
        if (!message || message.sender !== 'server') return [];
        const problems = envelopeProblems(message.raw);
        const findings = batchFinding(message, connection.handshake);
        if (problems.length === 0) return findings;
        const what = message.envelope.method ?? (message.envelope.id !== undefined ? `id ${showValue(message.envelope.id)}` : undefined);
        const where = message.batch ? ` (element ${message.batch.index + 1} of a batch)` : '';
        const subject = what ? `The server's message (${what})${where}` : `A message from the server${where}`;
        const onlyNullErrorId = problems.length === 1 && problems[0] === NULL_ERROR_ID;
        const finding: FindingDraft = { message: `${subject} is not a valid JSON-RPC message: ${problems.join('; ')}.`, seqs: [message.seq] };
        return [...findings, onlyNullErrorId ? { ...finding, severity: 'warning' } : finding];
      },
    };
  },
};
