// Config files are JSON with comments and trailing commas (JSONC): VS Code's mcp.json and settings,
// and many hand-edited files elsewhere. One reader for all of them, saying where a broken file breaks.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** How many syntax errors a message names; the rest are counted. */
const ERRORS_NAMED = 3;

// Keyed by jsonc-parser's names for its codes (its enum is a `const enum`, which isolated modules cannot read).
const PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'expected the end of the file after the top-level value',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'comment never closed',
  UnexpectedEndOfString: 'string never closed',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character inside a string',
};

/** "line 3, column 7" for an offset into `text` (both counted from 1). */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function describe(text: string, error: ParseError): string {
  return `${lineAndColumn(text, error.offset)}: ${PROBLEMS[printParseErrorCode(error.error)] ?? 'syntax error'}`;
}

/** The value of a JSONC text, or an error naming where (line and column) its first problems are. */
export function readJsonc(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length === 0) return { ok: true, value };
  const named = errors.slice(0, ERRORS_NAMED).map((error) => describe(text, error));
  const more = errors.length > ERRORS_NAMED ? `; and ${errors.length - ERRORS_NAMED} more` : '';
  return { ok: false, error: `The config file is not valid JSON (comments and trailing commas are fine) at ${named.join('; at ')}${more}` };
}
