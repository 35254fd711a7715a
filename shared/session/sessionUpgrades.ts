// Old session versions, frozen, and the steps that upgrade each to the next. A file is read by
// applying every step from its version up to SESSION_FORMAT_VERSION, line by line, before the current
// schemas validate it; a new format version adds one step here and never edits an old one.
import { z } from 'zod';

/** One step: turns a version-`from` header or entry into its version-`from + 1` shape. */
export interface SessionUpgrade {
  from: number;
  header(header: Record<string, unknown>): Record<string, unknown>;
  entry(entry: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Version 0 (the pre-release shape, frozen): the header had one optional `target` and `createdAt` in
 * epoch ms; every entry was a stamped event exactly as the inspector held it, with no `type`.
 */
export const SessionHeaderV0Schema = z.object({
  format: z.string(),
  version: z.literal(0),
  inspectorVersion: z.string(),
  createdAt: z.number(),
  target: z.unknown().optional(),
});
export const SessionEntryV0Schema = z.looseObject({ seq: z.number(), time: z.number(), connectionId: z.string(), kind: z.string() });

const upgradeFrom0: SessionUpgrade = {
  from: 0,
  header(raw) {
    const header = SessionHeaderV0Schema.parse(raw);
    return {
      format: header.format,
      version: 1,
      inspectorVersion: header.inspectorVersion,
      createdAt: new Date(header.createdAt).toISOString(),
      targets: header.target === undefined ? [] : [header.target],
      // Version 0 inspectors declared no client capabilities and spoke only the legacy era.
      client: { info: { name: 'mcp-inspect', version: header.inspectorVersion }, capabilities: {} },
      era: 'legacy',
    };
  },
  entry(raw) {
    const { seq, time, connectionId, ...payload } = SessionEntryV0Schema.parse(raw);
    return { type: 'event', seq, time, connectionId, payload };
  },
};

/**
 * Version 1 → 2: version 2 adds the `fault` (injected faults) and `app` (MCP Apps traffic) event kinds. Every version 1 line is a
 * valid version 2 line; the bump exists so that a version 1 reader refuses a file with such events
 * clearly ("written by a newer mcp-inspect") rather than skipping them as damaged lines.
 */
const upgradeFrom1: SessionUpgrade = {
  from: 1,
  header: (header) => ({ ...header, version: 2 }),
  entry: (entry) => entry,
};

/** Indexed by the version they upgrade from; each step's `from` equals its index. */
export const SESSION_UPGRADES: readonly SessionUpgrade[] = [upgradeFrom0, upgradeFrom1];

/** The oldest version this build can still read. */
export const OLDEST_READABLE_VERSION = 0;
