// Bounded one-line renderings of arbitrary parsed JSON: the work stops once enough text is made, so a
// megabyte payload costs no more than a short one. Never throws, whatever the value.

/** A compact, JSON-like one-line rendering of `value`, cut to at most `maxChars` characters. */
export function previewJson(value: unknown, maxChars = 200): string {
  const out: string[] = [];
  let length = 0;
  const push = (text: string): boolean => {
    out.push(text);
    length += text.length;
    return length < maxChars;
  };
  const walk = (node: unknown, depth: number): boolean => {
    if (node === null || typeof node !== 'object') return push(primitiveText(node));
    if (depth > 20) return push('…');
    if (Array.isArray(node)) {
      if (!push('[')) return false;
      for (let i = 0; i < node.length; i++) {
        if (i > 0 && !push(', ')) return false;
        if (!walk(node[i], depth + 1)) return false;
      }
      return push(']');
    }
    if (!push('{')) return false;
    let first = true;
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      if (!first && !push(', ')) return false;
      first = false;
      if (!push(`${key}: `)) return false;
      if (!walk((node as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return push('}');
  };
  walk(value, 0);
  const text = out.join('');
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

/** The JSON text of a primitive (strings quoted and escaped); non-JSON values are named. */
export function primitiveText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  return `<${typeof value}>`;
}

/** Pretty JSON text for copying; falls back to a description if the value cannot be serialised. */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch (error) {
    return `/* cannot serialise: ${String(error)} */`;
  }
}
