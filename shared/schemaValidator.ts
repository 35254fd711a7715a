// One way to prepare a server's JSON Schema for validation, shared by the UI's forms and the diagnosis
// engine. @cfworker/json-schema interprets schemas rather than compiling them (no `new Function`: the
// UI runs under `script-src 'self'`, and the schemas come from the server being inspected).
import { Validator, type Schema, type SchemaDraft } from '@cfworker/json-schema';

/** The draft named by `$schema`; 2020-12 when absent, as MCP 2025-11-25 specifies. */
function draftOf(dialect: unknown): SchemaDraft {
  if (typeof dialect !== 'string') return '2020-12';
  if (/draft-04/.test(dialect)) return '4';
  if (/draft-0[67]/.test(dialect)) return '7';
  if (/2019-09/.test(dialect)) return '2019-09';
  return '2020-12';
}

/**
 * A validator reporting every error (not only the first). `$schema` picks the draft and is then
 * dropped: a custom or unknown meta-schema URI must not stop validation of a schema close to a known draft.
 */
export function createSchemaValidator(schema: Record<string, unknown>): Validator {
  const { $schema, ...body } = schema;
  return new Validator(body as Schema, draftOf($schema), false);
}
