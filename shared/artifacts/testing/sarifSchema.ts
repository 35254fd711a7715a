// Validates a SARIF log against the official SARIF 2.1.0 JSON schema (as published on SchemaStore and
// shipped by Microsoft's @microsoft/jest-sarif), for tests. Returns the schema errors, none when valid.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Validator, type Schema } from '@cfworker/json-schema';

const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;
const validator = new Validator(schema, '4', false);

export function sarifSchemaErrors(log: unknown): string[] {
  const { valid, errors } = validator.validate(log);
  return valid ? [] : errors.map((error) => `${error.instanceLocation}: ${error.error}`);
}
