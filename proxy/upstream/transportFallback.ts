// One decision for `--transport auto` and `--era auto` over HTTP, in the order the specs give:
// 1. the era probe (`server/discover`, only in era auto/modern) is POSTed to the URL; a refusal there
//    (400/404/405, or a JSON-RPC error) means "legacy: send initialize", never "not Streamable HTTP"
//    (2026-07-28 basic/versioning and streamable-http#backward-compatibility);
// 2. the `initialize` POST decides the transport: accepted → Streamable HTTP; refused with 400, 404
//    or 405 whose body is not a modern JSON-RPC error → the legacy HTTP+SSE transport (GET the URL).
// https://modelcontextprotocol.io/specification/2025-06-18/basic/transports#backwards-compatibility
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import { ProtocolErrorCode } from '@modelcontextprotocol/client';

/** The statuses that tell a legacy HTTP+SSE server from a Streamable HTTP one (spec, backwards compatibility). */
export const FALLBACK_STATUSES: ReadonlySet<number> = new Set([400, 404, 405]);

/** The method of the era probe the SDK sends before `initialize` in era auto (and modern). */
const ERA_PROBE_METHOD = 'server/discover';

/**
 * Whether a POST refused while an `auto` connection is still undecided means "legacy HTTP+SSE server":
 * then the connection falls back and sends the message again there. Otherwise the refusal goes to the
 * caller as is: the era negotiation reads the probe's, and any other ends the attempt. (An accepted
 * POST decides Streamable HTTP.) `refusal` is what the send threw.
 */
export function fallsBackToSse(message: JSONRPCMessage, refusal: unknown): boolean {
  if (isEraProbe(message)) return false;
  const status = httpStatusOf(refusal);
  if (status === undefined || !FALLBACK_STATUSES.has(status)) return false;
  return !isModernErrorBody(httpBodyOf(refusal));
}

/** True for the `server/discover` request the SDK's version negotiation probes with. */
export function isEraProbe(message: JSONRPCMessage): boolean {
  return 'method' in message && message.method === ERA_PROBE_METHOD && 'id' in message;
}

/** The HTTP status an SDK transport error carries, if any (SdkHttpError puts it in `data.status`). */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { data?: { status?: unknown } } | undefined)?.data?.status;
  return typeof status === 'number' ? status : undefined;
}

function httpBodyOf(error: unknown): string | undefined {
  const text = (error as { data?: { text?: unknown } } | undefined)?.data?.text;
  return typeof text === 'string' ? text : undefined;
}

/**
 * A body only a 2026-07-28 server sends: a JSON-RPC UnsupportedProtocolVersion error. Other codes
 * (-32000 "no valid session", -32001 …) are what 2025 servers answer too, so they are no evidence
 * (the SDK's probe classifier draws the same line).
 */
function isModernErrorBody(body: string | undefined): boolean {
  if (!body) return false;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown } };
    return parsed.error?.code === ProtocolErrorCode.UnsupportedProtocolVersion;
  } catch {
    return false;
  }
}
