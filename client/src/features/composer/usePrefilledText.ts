// The composer's text, which the workspace can replace from outside ("Edit and send" on a logged
// request opens the Raw tab with that request): each new focus request replaces the text once.
import { useState } from 'react';
import type { FocusRequest } from '../serverLists/useFocusedSelection';

export function usePrefilledText(prefill: FocusRequest | undefined, initialText: () => string) {
  const [text, setText] = useState(() => prefill?.itemKey ?? initialText());
  const [handledSerial, setHandledSerial] = useState(prefill?.serial);
  // Adjusting state while rendering follows the prop without an extra pass (as useFocusedSelection does).
  if (prefill && prefill.serial !== handledSerial) {
    setHandledSerial(prefill.serial);
    setText(prefill.itemKey);
  }
  return [text, setText] as const;
}
