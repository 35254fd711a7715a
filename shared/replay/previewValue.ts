// A JSON value on one line, cut to a readable length: how the CLI and the UI show a difference's sides.

export function previewValue(value: unknown, maxLength = 80): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
