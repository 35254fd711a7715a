// A server's interface as a recorded connection last listed it: for each list method, the last walk of
// its pages (a request without a cursor starts a walk, each page with a cursor extends it), so a list
// that a `list_changed` re-fetch changed mid-session counts as it was at the end.
import type { RecordedEvent } from '../recordedEvent';
import type { Definition, ServerInterface } from './interfaceDrift';
import { mcpExchanges } from './mcpExchanges';

const LISTS = [
  { method: 'tools/list', field: 'tools', list: 'tools' },
  { method: 'prompts/list', field: 'prompts', list: 'prompts' },
  { method: 'resources/list', field: 'resources', list: 'resources' },
  { method: 'resources/templates/list', field: 'resourceTemplates', list: 'resourceTemplates' },
] as const;

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export interface RecordedInterface {
  interface: ServerInterface;
  /** The lists the recording holds at least one answered walk of; the others are empty for want of data. */
  listed: (keyof ServerInterface)[];
  /** Lists whose last walk stopped before its last page (a `nextCursor` not followed): known only in part. */
  partial: (keyof ServerInterface)[];
}

export function sessionInterface(events: readonly RecordedEvent[]): RecordedInterface {
  const lists: ServerInterface = { tools: [], prompts: [], resources: [], resourceTemplates: [] };
  const listed = new Set<keyof ServerInterface>();
  const partial = new Set<keyof ServerInterface>();
  for (const exchange of mcpExchanges(events)) {
    if (exchange.direction !== 'outgoing' || exchange.outcome.kind !== 'result') continue;
    const spec = LISTS.find((candidate) => candidate.method === exchange.method);
    if (!spec) continue;
    const page = asRecord(exchange.outcome.result)?.[spec.field];
    if (!Array.isArray(page)) continue;
    const items = page.flatMap((item): Definition[] => (asRecord(item) ? [asRecord(item)!] : []));
    lists[spec.list] = exchange.params?.cursor === undefined ? items : [...lists[spec.list], ...items];
    listed.add(spec.list);
    if (typeof asRecord(exchange.outcome.result)?.nextCursor === 'string') partial.add(spec.list);
    else partial.delete(spec.list);
  }
  return { interface: lists, listed: [...listed], partial: [...partial] };
}
