// "Edit command" from anywhere in a connection's workspace (the Handshake tab's failure view): the
// workspace shows the connection settings, and the target's first field (Command, or URL) gets the focus.
import { createContext, useContext } from 'react';

/** Provided by the workspace: shows the connection settings and focuses the target's first field. */
export const EditConnectionSettingsContext = createContext<(() => void) | undefined>(undefined);

/** The workspace's "open the settings on the command field", or undefined outside a workspace. */
export function useEditConnectionSettings(): (() => void) | undefined {
  return useContext(EditConnectionSettingsContext);
}

const TARGET_FIELD_LABELS = ['Command', 'URL'];

/**
 * Focuses and selects the Command (or URL) input of a connection form once it is shown (the settings
 * form, or the "New connection" one): a form that was hidden renders on a later frame, so this looks on
 * the next frames until the input can take the focus. Found by its label, as a person finds it.
 */
export function focusTargetField(formName: 'Connection settings' | 'New connection' = 'Connection settings', framesLeft = 10): void {
  requestAnimationFrame(() => {
    const form = document.querySelector(`form[aria-label="${formName}"]`);
    const label = [...(form?.querySelectorAll('label') ?? [])].find((candidate) => TARGET_FIELD_LABELS.includes(candidate.textContent?.trim() ?? ''));
    const input = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
    if (input instanceof HTMLInputElement && input.checkVisibility()) {
      input.focus();
      input.select();
    } else if (framesLeft > 0) {
      focusTargetField(formName, framesLeft - 1);
    }
  });
}
