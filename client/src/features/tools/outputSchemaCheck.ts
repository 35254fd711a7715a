// Checks a tool result's structuredContent against the tool's outputSchema, as the spec asks of
// servers: "Servers MUST provide structured results that conform to this schema."
// https://modelcontextprotocol.io/specification/2025-11-25/server/tools#output-schema
import { validateAgainstSchema, type JsonSchema, type SchemaError } from '../../ui/schemaForm';

export type OutputSchemaCheck =
  | { verdict: 'not-applicable' }
  | { verdict: 'valid' }
  | { verdict: 'missing' }
  | { verdict: 'invalid'; errors: SchemaError[] };

export function checkStructuredContent(outputSchema: JsonSchema | undefined, result: Record<string, unknown>): OutputSchemaCheck {
  // A tool that reports an error need not produce its structured output.
  if (!outputSchema || result.isError === true) return { verdict: 'not-applicable' };
  if (result.structuredContent === undefined) return { verdict: 'missing' };
  const { valid, errors } = validateAgainstSchema(outputSchema, result.structuredContent);
  return valid ? { verdict: 'valid' } : { verdict: 'invalid', errors };
}
