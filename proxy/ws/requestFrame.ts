// The hot path of the socket: nearly every frame a page sends is a `request` (an MCP call). Its
// params are checked by hand for exactly what the shared schema requires; anything else, and any
// request that fails here, goes through the zod schemas, which also word the error.
import type { RequestParams } from '../../shared/inspectorProtocol';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isOptional = (value: unknown, check: (present: unknown) => boolean) => value === undefined || check(value);

/**
 * The params of a `request` frame when they are exactly what `inspectorRequests.request.params`
 * accepts (and, like it, only the fields it knows); undefined otherwise.
 */
export function checkedRequestParams(params: unknown): RequestParams<'request'> | undefined {
  if (!isPlainObject(params)) return undefined;
  const { connectionId, method, params: mcpParams, timeoutMs, requestKey, origin } = params;
  if (typeof connectionId !== 'string' || typeof method !== 'string' || method.length === 0) return undefined;
  if (!isOptional(mcpParams, isPlainObject)) return undefined;
  if (!isOptional(timeoutMs, (value) => Number.isSafeInteger(value) && (value as number) > 0)) return undefined;
  if (!isOptional(requestKey, (value) => typeof value === 'string' && value.length > 0)) return undefined;
  if (!isOptional(origin, (value) => value === 'app')) return undefined;
  return {
    connectionId,
    method,
    ...(mcpParams === undefined ? {} : { params: mcpParams as Record<string, unknown> }),
    ...(timeoutMs === undefined ? {} : { timeoutMs: timeoutMs as number }),
    ...(requestKey === undefined ? {} : { requestKey: requestKey as string }),
    ...(origin === undefined ? {} : { origin: 'app' as const }),
  };
}
