// SEP-2243 (2026-07-28, Streamable HTTP): a tool's input schema may mark parameters with
// `x-mcp-header: Name`, and a `tools/call` then carries each such argument as an `Mcp-Param-Name`
// header so gateways can route without reading the body. A tool whose declarations break the rules
// must not be called. The SDK applies this only inside `Client.callTool`/`listTools` and keeps the
// scan and the encoding private, while the inspector sends every request as it was composed
// (`client.request`), so the rules are read here.

/** One declared header: where its value sits in the arguments, and its name after `Mcp-Param-`. */
export interface HeaderDeclaration {
  path: string[];
  headerName: string;
}

export type HeaderScan = { valid: true; declarations: HeaderDeclaration[] } | { valid: false; reason: string };

const X_MCP_HEADER = 'x-mcp-header';
const HEADER_PREFIX = 'Mcp-Param-';
/** RFC 9110 `token`: the characters a header name may have. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** `number` is not allowed: its text form is not one value (1, 1.0, 1e0). */
const HEADER_TYPES = new Set(['string', 'integer', 'boolean']);
/** Subschemas that are not a plain chain of `properties`: a declaration under one makes the tool invalid. */
const UNREACHABLE_KEYWORDS = ['items', 'prefixItems', 'contains', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames', 'patternProperties', 'dependentSchemas', 'oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', '$defs', 'definitions'];
const NAMED_SUBSCHEMA_KEYWORDS = new Set(['patternProperties', 'dependentSchemas', '$defs', 'definitions']);
const BASE64_OPEN = '=?base64?';
const BASE64_CLOSE = '?=';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The `x-mcp-header` declarations of a tool's input schema, or the first rule they break. */
export function scanHeaderDeclarations(inputSchema: unknown): HeaderScan {
  const declarations: HeaderDeclaration[] = [];
  const seen = new Map<string, string>();
  const visit = (node: unknown, path: string[], reachable: boolean): string | undefined => {
    if (!isObject(node)) return undefined;
    const where = path.length === 0 ? 'the schema root' : `'${path.join('.')}'`;
    if (X_MCP_HEADER in node) {
      if (!reachable || path.length === 0) return `x-mcp-header at ${where} is not on a property reached through 'properties' only`;
      const name = node[X_MCP_HEADER];
      if (typeof name !== 'string' || name.length === 0) return `x-mcp-header at ${where} is not a non-empty string`;
      if (!TOKEN.test(name)) return `x-mcp-header '${name}' at ${where} is not a valid HTTP header name`;
      const type = node.type;
      if (typeof type !== 'string' || !HEADER_TYPES.has(type)) return `x-mcp-header '${name}' at ${where} is on a ${typeof type === 'string' ? type : 'untyped'} property (only string, integer and boolean are allowed)`;
      const earlier = seen.get(name.toLowerCase());
      if (earlier !== undefined) return `x-mcp-header '${name}' repeats '${earlier}' (names are case-insensitive)`;
      seen.set(name.toLowerCase(), name);
      declarations.push({ path, headerName: name });
    }
    for (const [key, child] of Object.entries(isObject(node.properties) ? node.properties : {})) {
      const fault = visit(child, [...path, key], reachable);
      if (fault !== undefined) return fault;
    }
    for (const keyword of UNREACHABLE_KEYWORDS) {
      const sub = node[keyword];
      if (sub === undefined) continue;
      const branches = Array.isArray(sub) ? sub : NAMED_SUBSCHEMA_KEYWORDS.has(keyword) && isObject(sub) ? Object.values(sub) : [sub];
      for (const branch of branches) {
        const fault = visit(branch, [...path, `<${keyword}>`], false);
        if (fault !== undefined) return fault;
      }
    }
    return undefined;
  };
  const fault = visit(inputSchema, [], true);
  return fault === undefined ? { valid: true, declarations } : { valid: false, reason: fault };
}

/** The `Mcp-Param-*` headers of one call; an absent, null or non-primitive argument sends none. */
export function paramHeaders(declarations: HeaderDeclaration[], args: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const declaration of declarations) {
    const text = primitiveText(declaration.path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), args));
    if (text !== undefined) headers[`${HEADER_PREFIX}${declaration.headerName}`] = encodeHeaderValue(text);
  }
  return headers;
}

function primitiveText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value))) return String(value);
  return undefined;
}

/** A value that is not plain visible ASCII (or would be trimmed, or looks encoded) travels as `=?base64?…?=`. */
export function encodeHeaderValue(text: string): string {
  const plain = text.length > 0 && text === text.trim() && /^[\t\x20-\x7e]*$/.test(text) && !(text.startsWith(BASE64_OPEN) && text.endsWith(BASE64_CLOSE));
  return plain ? text : `${BASE64_OPEN}${Buffer.from(text, 'utf8').toString('base64')}${BASE64_CLOSE}`;
}
