// Drives the app's JSON editor (Monaco) the way a person does: click into it, select all, type.
import { expect, type Locator } from '@playwright/test';

/** The JSON editor labelled `name` inside `scope`, once Monaco (not the loading fallback) is shown. */
export async function monacoEditor(scope: Locator, name: string): Promise<Locator> {
  const editor = scope.getByRole('group', { name, exact: true });
  await expect(editor).toHaveAttribute('data-editor', 'monaco');
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  return editor;
}

/** Replaces the editor's whole text, as if typed (one input event, so no auto-closing brackets). */
export async function replaceEditorText(editor: Locator, text: string): Promise<void> {
  const keyboard = editor.page().keyboard;
  await editor.locator('.view-lines').click();
  await keyboard.press('ControlOrMeta+A');
  await keyboard.press('Delete');
  await keyboard.insertText(text);
}

/** The editor's text as Monaco holds it (its DOM renders only visible lines, with odd spaces). */
export async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}
