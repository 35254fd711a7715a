// What the command palette offers for a connection: every view (tab) of the registry, and every item
// of the server lists the UI has loaded, each pointing at the tab that shows it. Generic over the tab
// registry and the list kinds: a kind whose tab does not exist (yet) is simply left out.
import type { ListKind } from '../features/serverLists/listKinds';
import type { PaletteEntry } from '../ui/CommandPalette';
import { TAB_ORDER, TABS, type TabId } from './tabRegistry';

export interface WorkspacePaletteEntry extends PaletteEntry {
  tab: TabId;
  /** The item the tab should show; none for a view. */
  itemKey?: string;
}

type ListItem = Record<string, unknown>;

interface ListKindTarget {
  /** The tab that shows this kind's items (a string, so kinds may name tabs not registered yet). */
  tab: string;
  group: string;
  /** What the tab selects the item by. */
  key: (item: ListItem) => string | undefined;
  label: (item: ListItem) => string | undefined;
  details: (item: ListItem) => (string | undefined)[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const titleOf = (item: ListItem): string | undefined => {
  const annotations = item.annotations;
  return text(item.title) ?? (typeof annotations === 'object' && annotations !== null ? text((annotations as ListItem).title) : undefined);
};

// Resource templates are not offered yet: the Resources tab selects by resource URI, so a template
// entry would open it with nothing selected. Add `resourceTemplates` here once a tab selects templates.
export const LIST_KIND_TARGETS: Partial<Record<ListKind, ListKindTarget>> = {
  tools: { tab: 'tools', group: 'Tool', key: (item) => text(item.name), label: (item) => text(item.name), details: (item) => [titleOf(item), text(item.description)] },
  resources: { tab: 'resources', group: 'Resource', key: (item) => text(item.uri), label: (item) => text(item.name) ?? text(item.uri), details: (item) => [text(item.uri), titleOf(item)] },
  prompts: { tab: 'prompts', group: 'Prompt', key: (item) => text(item.name), label: (item) => text(item.name), details: (item) => [titleOf(item), text(item.description)] },
};

export const LIST_KINDS_IN_PALETTE = Object.keys(LIST_KIND_TARGETS) as ListKind[];

const targetTab = (kind: ListKind): string | undefined => LIST_KIND_TARGETS[kind]?.tab;

export function isTabId(tab: string): tab is TabId {
  return Object.hasOwn(TABS, tab);
}

/** The list kinds the palette can show for this registry (their tab exists). */
export function paletteListKinds(): ListKind[] {
  return LIST_KINDS_IN_PALETTE.filter((kind) => {
    const tab = targetTab(kind);
    return tab !== undefined && isTabId(tab);
  });
}

export function paletteEntries(lists: Partial<Record<ListKind, readonly ListItem[]>>, views: readonly TabId[] = TAB_ORDER): WorkspacePaletteEntry[] {
  const entries: WorkspacePaletteEntry[] = views.map((tab) => ({ id: `view:${tab}`, label: TABS[tab].label, group: 'View', tab }));
  for (const kind of LIST_KINDS_IN_PALETTE) {
    const target = LIST_KIND_TARGETS[kind];
    if (!target || !isTabId(target.tab)) continue;
    const tab = target.tab;
    for (const item of lists[kind] ?? []) {
      const itemKey = target.key(item);
      if (itemKey === undefined) continue;
      const details = target.details(item).filter((detail): detail is string => detail !== undefined);
      entries.push({ id: `${kind}:${itemKey}`, label: target.label(item) ?? itemKey, group: target.group, details, tab, itemKey });
    }
  }
  return entries;
}
