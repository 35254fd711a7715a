let counter = 0;

/** A key for one request the UI sends, unique within the page (the proxy tracks progress and cancellation by it). */
export function newRequestKey(): string {
  counter += 1;
  return `ui-${Date.now().toString(36)}-${counter}`;
}
