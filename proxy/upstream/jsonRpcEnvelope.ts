// What the stdio transport hands the SDK client for each line a server writes. Nearly every line is a
// plain request, notification or result response, whose envelope is checked here by hand; the SDK
// then checks the result against its method's schema and the diagnosis words any finding, so the
// transport's own zod pass over the envelope was a third walk of the same message. Anything else
// (an error response, `_meta` that the schema reads, a doubtful id) goes through the SDK's schema.
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/core';

type JsonObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isRequestId = (id: unknown) => typeof id === 'string' || Number.isSafeInteger(id);

/** Only the listed keys, each present with a value. */
function hasOnlyKeys(message: JsonObject, allowed: readonly string[]): boolean {
  for (const key in message) if (!allowed.includes(key) || message[key] === undefined) return false;
  return true;
}

/** Params the schema passes through as they are: absent, or an object without the `_meta` it reads. */
function plainParams(params: unknown): params is JsonObject | undefined {
  return params === undefined || (isPlainObject(params) && !('_meta' in params));
}

/**
 * The message as `JSONRPCMessageSchema` would parse it, when its envelope is one of the common shapes
 * the schema takes unchanged; undefined when the schema has to decide. Like the schema's result, the
 * envelope and its params or result are fresh objects, their values shared with `value`.
 */
export function handCheckedMessage(value: unknown): JSONRPCMessage | undefined {
  if (!isPlainObject(value) || value.jsonrpc !== '2.0') return undefined;
  const { id, method, params, result } = value;
  if (typeof method === 'string') {
    if (!plainParams(params)) return undefined;
    const copied = params === undefined ? {} : { params: { ...params } };
    if (id === undefined) return hasOnlyKeys(value, ['jsonrpc', 'method', 'params']) ? { jsonrpc: '2.0', method, ...copied } : undefined;
    if (!isRequestId(id) || !hasOnlyKeys(value, ['jsonrpc', 'id', 'method', 'params'])) return undefined;
    return { jsonrpc: '2.0', id: id as string | number, method, ...copied };
  }
  if (!isRequestId(id) || !isPlainObject(result) || '_meta' in result) return undefined;
  if (!hasOnlyKeys(value, ['jsonrpc', 'id', 'result'])) return undefined;
  return { jsonrpc: '2.0', id: id as string | number, result: { ...result } };
}

/** The message to deliver to the client, or undefined when it is not a JSON-RPC message at all. */
export function incomingMessage(value: unknown): JSONRPCMessage | undefined {
  const checked = handCheckedMessage(value);
  if (checked !== undefined) return checked;
  const parsed = JSONRPCMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
