// URI and URI template syntax as the schema's `format: uri` (RFC 3986, absolute) and
// `format: uri-template` (RFC 6570) ask. Platform-neutral: no URL parser, whose leniency differs by runtime.

/** A scheme, then only characters RFC 3986 allows (reserved, unreserved, percent-escapes). */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const TEMPLATE_EXPRESSION = /^[+#./;?&=,!@|]?[A-Za-z0-9_%.]+(?::[1-9]\d{0,3}|\*)?(?:,[A-Za-z0-9_%.]+(?::[1-9]\d{0,3}|\*)?)*$/;

/** How bad a URI problem is: `error` for what no URI parser accepts, `warning` for an IRI's non-ASCII characters. */
export interface UriProblem {
  problem: string;
  severity: 'error' | 'warning';
}

function characterProblem(text: string): UriProblem | undefined {
  if (URI_CHARACTERS.test(text)) return undefined;
  const bad = [...new Set(text.replace(/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, ''))];
  const unescaped = /%(?![0-9A-Fa-f]{2})/.test(text);
  if (bad.length === 0 && unescaped) return { problem: 'has a "%" that does not start a percent-escape', severity: 'error' };
  // Non-ASCII letters make an IRI (RFC 3987): common, and most clients cope, but it is not a URI.
  const onlyNonAscii = bad.every((character) => character.codePointAt(0)! > 0x7f);
  const shown = bad.map((character) => JSON.stringify(character)).join(', ');
  if (onlyNonAscii && !unescaped) return { problem: `contains ${shown}, which must be percent-encoded in a URI`, severity: 'warning' };
  return { problem: `contains ${shown}, which a URI cannot contain unescaped`, severity: 'error' };
}

/** Why `uri` is not an absolute URI, or undefined when it is one. */
export function uriProblem(uri: string): UriProblem | undefined {
  if (uri === '') return { problem: 'is empty', severity: 'error' };
  if (!SCHEME.test(uri)) return { problem: 'has no scheme (an absolute URI starts with one, e.g. "file:" or "https:")', severity: 'error' };
  return characterProblem(uri);
}

/** Why `template` is not an RFC 6570 URI template with a scheme, or undefined when it is one. */
export function uriTemplateProblem(template: string): UriProblem | undefined {
  let literal = '';
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close !== -1 && (open === -1 || close < open)) return { problem: 'has a "}" without a "{"', severity: 'error' };
    if (open === -1) {
      literal += rest;
      break;
    }
    literal += rest.slice(0, open);
    if (close === -1) return { problem: 'has a "{" that is never closed', severity: 'error' };
    const expression = rest.slice(open + 1, close);
    if (!TEMPLATE_EXPRESSION.test(expression)) return { problem: `has an invalid expression {${expression}}`, severity: 'error' };
    literal += 'x';
    rest = rest.slice(close + 1);
  }
  if (!SCHEME.test(template)) return { problem: 'has no scheme (it must expand to an absolute URI)', severity: 'error' };
  return characterProblem(literal);
}
