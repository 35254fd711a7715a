// The four paginated lists a server can offer, described once so one hook serves them all.
import type { InterfaceKind } from '../../../../shared/artifacts/interfaceDrift';

export type ListKind = 'tools' | 'resources' | 'resourceTemplates' | 'prompts';

export interface ListKindDefinition {
  /** The list request. */
  method: string;
  /** Where the items are in its result. */
  itemsKey: string;
  /** The server capability that says the list exists. */
  capability: 'tools' | 'resources' | 'prompts';
  /** The notification that says the list changed (templates change with resources). */
  changedNotification: string;
  /** Plural noun for people. */
  noun: string;
  /** The field that names an item (what interface drift keys it by). */
  key: 'name' | 'uri' | 'uriTemplate';
  /** The item's kind for interface drift. */
  interfaceKind: InterfaceKind;
}

export const LIST_KINDS: Record<ListKind, ListKindDefinition> = {
  tools: {
    method: 'tools/list',
    itemsKey: 'tools',
    capability: 'tools',
    changedNotification: 'notifications/tools/list_changed',
    noun: 'tools',
    key: 'name',
    interfaceKind: 'tool',
  },
  resources: {
    method: 'resources/list',
    itemsKey: 'resources',
    capability: 'resources',
    changedNotification: 'notifications/resources/list_changed',
    noun: 'resources',
    key: 'uri',
    interfaceKind: 'resource',
  },
  resourceTemplates: {
    method: 'resources/templates/list',
    itemsKey: 'resourceTemplates',
    capability: 'resources',
    changedNotification: 'notifications/resources/list_changed',
    noun: 'resource templates',
    key: 'uriTemplate',
    interfaceKind: 'resourceTemplate',
  },
  prompts: {
    method: 'prompts/list',
    itemsKey: 'prompts',
    capability: 'prompts',
    changedNotification: 'notifications/prompts/list_changed',
    noun: 'prompts',
    key: 'name',
    interfaceKind: 'prompt',
  },
};

/** One page as the UI uses it. Items are kept as sent; features read the fields they need. */
export interface ListPage {
  items: Record<string, unknown>[];
  /** Present when the server says there is more. */
  nextCursor?: string;
}

/**
 * Reads a list result defensively: a server may send anything, and a debugger must still show what
 * it can. Items that are not objects are dropped here (the diagnosis reports the schema violation).
 */
export function readListPage(kind: ListKind, result: unknown): ListPage {
  const record = typeof result === 'object' && result !== null ? (result as Record<string, unknown>) : {};
  const raw = record[LIST_KINDS[kind].itemsKey];
  const items = Array.isArray(raw) ? raw.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item)) : [];
  const nextCursor = typeof record.nextCursor === 'string' && record.nextCursor !== '' ? record.nextCursor : undefined;
  return nextCursor === undefined ? { items } : { items, nextCursor };
}
