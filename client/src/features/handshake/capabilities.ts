// Capability objects as readable rows: "tools — listChanged", "resources — subscribe, listChanged",
// "logging". Shows what the peer sent, including odd values, and never throws.
import { previewJson } from '../../ui/jsonPreview';

export interface CapabilityRow {
  name: string;
  /** Sub-flags in the order sent; nested ones as dotted paths ("requests.tools.call"). */
  flags: string[];
  /** Set when the capability's value is not an object, as the spec requires. */
  unexpected?: string;
}

/** The well-known capabilities, listed first in this order; others follow alphabetically. */
export const SERVER_CAPABILITY_ORDER = ['tools', 'resources', 'prompts', 'logging', 'completions', 'tasks', 'experimental'];
export const CLIENT_CAPABILITY_ORDER = ['roots', 'sampling', 'elicitation', 'tasks', 'experimental'];

const MAX_DEPTH = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flags(value: Record<string, unknown>, prefix: string, depth: number, out: string[]): string[] {
  for (const [key, flag] of Object.entries(value)) {
    const path = prefix + key;
    if (flag === true) out.push(path);
    else if (isRecord(flag) && depth < MAX_DEPTH) {
      if (Object.keys(flag).length === 0) out.push(path);
      else flags(flag, `${path}.`, depth + 1, out);
    } else out.push(`${path}: ${previewJson(flag, 60)}`);
  }
  return out;
}

/** One row per capability, well-known ones first. */
export function describeCapabilities(capabilities: unknown, order: readonly string[]): CapabilityRow[] {
  if (!isRecord(capabilities)) return [];
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  const names = Object.keys(capabilities).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((name) => {
    const value = capabilities[name];
    return isRecord(value) ? { name, flags: flags(value, '', 1, []) } : { name, flags: [], unexpected: previewJson(value, 60) };
  });
}

/** The row as one line of text, e.g. "resources — subscribe, listChanged". */
export function formatCapabilityRow(row: CapabilityRow): string {
  if (row.unexpected !== undefined) return `${row.name} — unexpected value ${row.unexpected}`;
  return row.flags.length === 0 ? row.name : `${row.name} — ${row.flags.join(', ')}`;
}
