// RFC 6570 URI templates (level 4) for resource templates: the variables a form asks for, and the
// expansion of string values. Written here because no maintained browser-safe library is installed;
// the SDK's UriTemplate expands too but hides each variable's operator, which the form shows.
// https://www.rfc-editor.org/rfc/rfc6570

/** An expression's operator; '' is simple string expansion. */
export type TemplateOperator = '' | '+' | '#' | '.' | '/' | ';' | '?' | '&';

export interface TemplateVariable {
  name: string;
  operator: TemplateOperator;
  /** `{var:3}`: only the first N characters are used. */
  prefix?: number;
  /** `{var*}`: lists and maps are exploded (a string expands the same either way). */
  explode: boolean;
}

type TemplatePart = { literal: string } | { operator: TemplateOperator; variables: TemplateVariable[] };

export type ParsedTemplate = { ok: true; parts: TemplatePart[]; variables: TemplateVariable[] } | { ok: false; error: string };

interface OperatorRules {
  first: string;
  separator: string;
  named: boolean;
  ifEmpty: string;
  allowReserved: boolean;
}

const RULES: Record<TemplateOperator, OperatorRules> = {
  '': { first: '', separator: ',', named: false, ifEmpty: '', allowReserved: false },
  '+': { first: '', separator: ',', named: false, ifEmpty: '', allowReserved: true },
  '#': { first: '#', separator: ',', named: false, ifEmpty: '', allowReserved: true },
  '.': { first: '.', separator: '.', named: false, ifEmpty: '', allowReserved: false },
  '/': { first: '/', separator: '/', named: false, ifEmpty: '', allowReserved: false },
  ';': { first: ';', separator: ';', named: true, ifEmpty: '', allowReserved: false },
  '?': { first: '?', separator: '&', named: true, ifEmpty: '=', allowReserved: false },
  '&': { first: '&', separator: '&', named: true, ifEmpty: '=', allowReserved: false },
};

/** What people read next to a field: where the value goes in the URI. */
export const OPERATOR_DESCRIPTIONS: Record<TemplateOperator, string> = {
  '': 'path segment value, reserved characters escaped',
  '+': 'reserved expansion: "/" and other URI characters kept',
  '#': 'fragment',
  '.': 'label after "."',
  '/': 'path segment after "/"',
  ';': 'path parameter ";name=value"',
  '?': 'query parameter',
  '&': 'query continuation',
};

const OPERATORS = new Set<string>(['+', '#', '.', '/', ';', '?', '&']);
const RESERVED_FOR_FUTURE = new Set<string>(['=', ',', '!', '@', '|']);
const VARNAME = /^(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*$/;
const VARSPEC = /^(.+?)(?::(\d{1,4})|(\*))?$/;

function parseExpression(body: string, at: number): { operator: TemplateOperator; variables: TemplateVariable[] } | string {
  if (body === '') return `empty expression "{}" at ${at}`;
  const first = body[0]!;
  if (RESERVED_FOR_FUTURE.has(first)) return `operator "${first}" at ${at} is reserved by RFC 6570`;
  const operator = (OPERATORS.has(first) ? first : '') as TemplateOperator;
  const variables: TemplateVariable[] = [];
  for (const spec of body.slice(operator.length).split(',')) {
    const match = VARSPEC.exec(spec);
    const name = match?.[1];
    if (!match || !name || !VARNAME.test(name)) return `invalid variable "${spec}" in the expression at ${at}`;
    const prefix = match[2] === undefined ? undefined : Number(match[2]);
    if (prefix === 0) return `prefix of "${name}" must be 1 to 9999`;
    variables.push({ name, operator, explode: match[3] === '*', ...(prefix === undefined ? {} : { prefix }) });
  }
  return { operator, variables };
}

/** Splits a template into literals and expressions; a malformed template gives a specific error. */
export function parseUriTemplate(template: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    const close = template.indexOf('}', index);
    if (close !== -1 && (open === -1 || close < open)) return { ok: false, error: `unmatched "}" at ${close}` };
    if (open === -1) {
      parts.push({ literal: template.slice(index) });
      break;
    }
    if (open > index) parts.push({ literal: template.slice(index, open) });
    const end = template.indexOf('}', open);
    if (end === -1) return { ok: false, error: `unclosed "{" at ${open}` };
    const body = template.slice(open + 1, end);
    if (body.includes('{')) return { ok: false, error: `nested "{" in the expression at ${open}` };
    const expression = parseExpression(body, open);
    if (typeof expression === 'string') return { ok: false, error: expression };
    parts.push(expression);
    index = end + 1;
  }
  const variables: TemplateVariable[] = [];
  for (const part of parts) {
    if ('variables' in part) for (const variable of part.variables) if (!variables.some((known) => known.name === variable.name)) variables.push(variable);
  }
  return { ok: true, parts, variables };
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;
const RESERVED = /[:/?#[\]@!$&'()*+,;=]/;

function percentEncode(char: string): string {
  return Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Encodes a value: unreserved characters stay; with allowReserved, reserved ones and %XX too. */
export function encodeTemplateValue(value: string, allowReserved: boolean): string {
  let out = '';
  const chars = Array.from(value);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (UNRESERVED.test(char) || (allowReserved && RESERVED.test(char))) out += char;
    else if (allowReserved && char === '%' && /^[0-9A-Fa-f]{2}$/.test((chars[i + 1] ?? '') + (chars[i + 2] ?? ''))) out += char;
    else out += percentEncode(char);
  }
  return out;
}

function expandVariable(variable: TemplateVariable, value: string, rules: OperatorRules): string {
  const cut = variable.prefix === undefined ? value : Array.from(value).slice(0, variable.prefix).join('');
  const encoded = encodeTemplateValue(cut, rules.allowReserved);
  if (!rules.named) return encoded;
  return encoded === '' ? `${variable.name}${rules.ifEmpty}` : `${variable.name}=${encoded}`;
}

/**
 * Expands a parsed template with string values. An absent value (undefined) is left out, as RFC 6570
 * says for undefined variables; an empty string is a defined, empty value.
 */
export function expandUriTemplate(parsed: Extract<ParsedTemplate, { ok: true }>, values: Readonly<Record<string, string | undefined>>): string {
  return parsed.parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      const rules = RULES[part.operator];
      const expanded = part.variables.flatMap((variable) => {
        const value = values[variable.name];
        return value === undefined ? [] : [expandVariable(variable, value, rules)];
      });
      return expanded.length === 0 ? '' : rules.first + expanded.join(rules.separator);
    })
    .join('');
}

/**
 * A query variable (`{?lang}`, `{&page}`) left empty only drops its parameter, so it may stay empty;
 * any other empty variable changes which resource the URI names (`demo://text/` is not `demo://text/7`).
 */
export function isOptionalVariable(variable: TemplateVariable): boolean {
  return variable.operator === '?' || variable.operator === '&';
}

/** The names of the variables still needed before the URI can be read, in template order, each once. */
export function missingVariables(template: ParsedTemplate, values: Readonly<Record<string, string>>): string[] {
  if (!template.ok) return [];
  const needed = template.variables.filter((variable) => !isOptionalVariable(variable) && (values[variable.name] ?? '') === '');
  return [...new Set(needed.map((variable) => variable.name))];
}
