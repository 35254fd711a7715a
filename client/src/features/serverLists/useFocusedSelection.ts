// The selected item of a list tab, which a workspace focus request ("open this tab on item Y", e.g.
// a clicked resource link or a palette jump) can set from outside, once per request.
import { useState } from 'react';

/** A request to focus one item; a new serial means a new request, even for the same item. */
export interface FocusRequest {
  itemKey: string;
  serial: number;
}

export function useFocusedSelection<T>(focus: FocusRequest | undefined, fromFocus: (itemKey: string) => T, onFocus?: () => void) {
  const [selection, setSelection] = useState<T | undefined>(() => (focus ? fromFocus(focus.itemKey) : undefined));
  const [handledSerial, setHandledSerial] = useState(focus?.serial);
  // Adjusting state while rendering is React's way of following a prop without an extra pass.
  if (focus && focus.serial !== handledSerial) {
    setHandledSerial(focus.serial);
    setSelection(fromFocus(focus.itemKey));
    onFocus?.();
  }
  return [selection, setSelection] as const;
}
