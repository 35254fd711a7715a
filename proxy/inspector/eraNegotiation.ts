// The era choice of a connection's settings as the SDK's version negotiation, and what the handshake
// view says about it afterwards: which era won, and for `auto`, whether and why it fell back; for
// `modern` against a legacy server, the connection error in plain words.
import { SdkError, SdkErrorCode, type VersionNegotiationOptions } from '@modelcontextprotocol/client';
import { MODERN_PROTOCOL_VERSION, type EraChoice, type EraNegotiation } from '../../shared/connectionTypes';

/** `legacy` (or absent) never probes: the plain 2025 `initialize`, byte-identical to a client without eras. */
export function versionNegotiationFor(era: EraChoice | undefined): VersionNegotiationOptions {
  switch (era ?? 'legacy') {
    case 'legacy':
      return { mode: 'legacy' };
    case 'auto':
      return { mode: 'auto' };
    case 'modern':
      return { mode: { pin: MODERN_PROTOCOL_VERSION } };
  }
}

/** What the wire showed of the `server/discover` probe, read by the handshake capture. */
export interface DiscoverProbe {
  /** The probe's result, when the server answered with one. */
  result?: Record<string, unknown>;
  /** The probe's JSON-RPC error, when the server answered with one. */
  error?: { code: unknown; message: unknown };
  /** The HTTP status the probe's POST was refused with (400, 404, …), when it was. */
  refusedStatus?: number;
}

/** JSON-RPC "method not found": what a 2025 server answers to `server/discover`. */
const METHOD_NOT_FOUND = -32601;

/** How the era was settled, from the requested choice, the era the SDK reports, and the probe seen on the wire. */
export function describeNegotiation(requested: EraChoice | undefined, era: 'legacy' | 'modern', probe: DiscoverProbe | undefined): EraNegotiation {
  const choice = requested ?? 'legacy';
  if (era === 'modern') return { requested: choice, era, fellBack: false, ...(probe?.result ? { discover: probe.result } : {}) };
  if (choice !== 'auto') return { requested: choice, era, fellBack: false };
  return { requested: choice, era, fellBack: true, reason: fallbackReason(probe) };
}

function fallbackReason(probe: DiscoverProbe | undefined): string {
  if (!probe) return 'The server/discover probe got no answer on this connection';
  if (probe.error) return `The server answered server/discover with error ${String(probe.error.code)}: ${String(probe.error.message)}`;
  if (probe.refusedStatus !== undefined) return `The server refused server/discover with HTTP ${probe.refusedStatus}`;
  const versions = probe.result?.supportedVersions;
  return `The server/discover result offers no modern revision${Array.isArray(versions) ? ` (supportedVersions: ${versions.join(', ')})` : ''}`;
}

/** The SDK's "the server did not offer the pinned era" (and other negotiation failures). */
export function isEraNegotiationFailure(error: unknown): boolean {
  return error instanceof SdkError && error.code === SdkErrorCode.EraNegotiationFailed;
}

/**
 * Why `modern` could not connect, when the probe was refused the way a legacy (2025, `initialize`)
 * server refuses it; undefined otherwise (no answer, or a result: the SDK's own error says more then).
 */
export function describeEraMismatch(probe: DiscoverProbe | undefined): string | undefined {
  const advice = 'Choose the era auto (probe, then fall back to initialize) or legacy (--era auto or --era legacy).';
  const pinned = `not a ${MODERN_PROTOCOL_VERSION} one, which the era modern requires`;
  if (probe?.error) {
    const { code, message } = probe.error;
    const what = code === METHOD_NOT_FOUND ? '"method not found"' : `"${String(message)}"`;
    return `The server answered server/discover with ${String(code)} ${what}, i.e. it is a legacy server (2025 initialize handshake), ${pinned}. ${advice}`;
  }
  if (probe?.refusedStatus !== undefined) {
    return `The server refused server/discover with HTTP ${probe.refusedStatus}, as a legacy server (2025 initialize handshake) does: it is ${pinned}. ${advice}`;
  }
  return undefined;
}
