import { useCallback, useState } from 'react';

/**
 * A request from elsewhere in the app to show one item of a list (a tool name, a resource URI …).
 * The serial tells two requests for the same item apart, so asking again re-selects it.
 */
export interface FocusRequest {
  itemKey: string;
  serial: number;
}

interface Selection {
  serial: number | undefined;
  key: string | undefined;
}

/**
 * A list's selected key: the person's own choice, replaced whenever a newer focus request arrives.
 * A request is applied once (while rendering, not in an effect), so a tab that is hidden and shown
 * again keeps whatever was chosen after the request.
 */
export function useFocusableSelection(request: FocusRequest | undefined): [string | undefined, (key: string | undefined) => void] {
  const [selection, setSelection] = useState<Selection>({ serial: request?.serial, key: request?.itemKey });
  const pending = request !== undefined && request.serial !== selection.serial;
  if (pending) setSelection({ serial: request.serial, key: request.itemKey });
  const select = useCallback((key: string | undefined) => setSelection((current) => ({ ...current, key })), []);
  return [pending ? request.itemKey : selection.key, select];
}
