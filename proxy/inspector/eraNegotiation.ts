// The era choice of a connection's settings as the SDK's version negotiation, and what the handshake
// view says about it afterwards: which era won, and for `auto`, whether and why it fell back.
import type { VersionNegotiationOptions } from '@modelcontextprotocol/client';
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
}

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
  const versions = probe.result?.supportedVersions;
  return `The server/discover result offers no modern revision${Array.isArray(versions) ? ` (supportedVersions: ${versions.join(', ')})` : ''}`;
}
