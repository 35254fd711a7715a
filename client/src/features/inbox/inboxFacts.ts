// Plain facts about server requests, read from their params (never trusted: a server sends anything).
import type { Settlement } from '../../../../shared/serverRequests';
import { initialValueFor, type JsonSchema, type JsonValue } from '../../ui/schemaForm';

/** A sampling request's messages, each with its content as a list of blocks. */
export function samplingMessages(params: Record<string, unknown>): { role: string; blocks: unknown[] }[] {
  const messages = Array.isArray(params.messages) ? params.messages : [];
  return messages.map((message: unknown) => {
    const record = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : {};
    const content = record.content;
    return { role: typeof record.role === 'string' ? record.role : '(no role)', blocks: Array.isArray(content) ? content : [content] };
  });
}

/** `url` mode, or `form` (the default when `mode` is absent, as before 2025-11-25). */
export function elicitationMode(params: Record<string, unknown>): 'form' | 'url' {
  return params.mode === 'url' ? 'url' : 'form';
}

/** Only http(s) URLs are ever opened; anything else (javascript:, file:, data:) is shown as text. */
export function openableUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export const SETTLEMENT_LABELS: Record<Settlement, string> = {
  answered: 'Answered',
  rejected: 'Rejected',
  timedOut: 'Timed out',
  cancelledByServer: 'Cancelled by the server',
  connectionClosed: 'Connection closed',
};

/** A short name of what the server asked for. */
export function requestTitle(method: string, params: Record<string, unknown>): string {
  if (method === 'sampling/createMessage') return 'Sampling: the server asks for a model reply';
  return elicitationMode(params) === 'url' ? 'Elicitation (URL): the server asks you to open a link' : 'Elicitation (form): the server asks for input';
}

/** The requested schema of a form elicitation (an empty object schema when the server sent none). */
export function requestedSchema(params: Record<string, unknown>): JsonSchema {
  const schema = params.requestedSchema;
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema) ? (schema as JsonSchema) : { type: 'object', properties: {} };
}

/**
 * What a form elicitation starts with: every default the server declared, as a value the person sees and
 * can change, and every boolean without one unticked (`false`), since the answer is what the form shows.
 */
export function elicitationStartValue(schema: JsonSchema): Record<string, JsonValue> {
  const seeded = initialValueFor(schema);
  const value: Record<string, JsonValue> = typeof seeded === 'object' && seeded !== null && !Array.isArray(seeded) ? { ...seeded } : {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (value[name] === undefined && typeof property === 'object' && property.type === 'boolean') value[name] = false;
  }
  return value;
}
