// Cross-tab navigation inside a connection's workspace: "open tab X focused on item Y" (a resource
// link opens its resource; a palette can jump to any tool, resource or prompt the same way).
import type { ItemFocus } from '../features/serverLists/useFocusedSelection';
import type { TabId } from './tabRegistry';

/** A request to open a tab with one item in focus (a tool name, a resource URI, a prompt name). */
export interface WorkspaceFocus {
  tab: TabId;
  itemId: string;
  /** Tells repeated requests for the same item apart, so each one is honoured. */
  serial: number;
}

let lastSerial = 0;

export function focusOn(tab: TabId, itemId: string): WorkspaceFocus {
  return { tab, itemId, serial: ++lastSerial };
}

export function focusFor(focus: WorkspaceFocus | undefined, tab: TabId): ItemFocus | undefined {
  return focus?.tab === tab ? { itemId: focus.itemId, serial: focus.serial } : undefined;
}
