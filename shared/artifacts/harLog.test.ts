// The HAR export read by a real consumer: validated against the HAR 1.2 JSON schemas of the
// `har-schema` package (what the `har-validator` package checks with) by @cfworker/json-schema, the
// validator the inspector already uses. The session is a real recording of server-everything over
// Streamable HTTP by the built proxy (e2e/assets/recordGoldenSessions.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { readSession } from '../session';
import { harLog } from './harLog';

const harSchemas = createRequire(import.meta.url)('har-schema') as Record<string, Schema & { $id: string }>;

/** A validator of whole HAR documents, with every schema of the package registered by its `$id`. */
function harValidator(): Validator {
  // The package's `$id`s are relative ("log.json#"); a base makes them, and the `$ref`s to them, absolute.
  const base = 'https://har-schema.invalid/';
  const validator = new Validator({ $ref: `${base}har.json#` }, '7', false);
  for (const schema of Object.values(harSchemas)) {
    const { $schema: _dialect, ...body } = schema;
    validator.addSchema({ ...body, $id: `${base}${schema.$id}` } as Schema);
  }
  return validator;
}

const httpSession = readSession(readFileSync(path.resolve('e2e/assets/everything-http.session.jsonl'), 'utf8'));

describe('HAR export, validated against the HAR 1.2 schemas', () => {
  const validator = harValidator();

  it('a recorded Streamable HTTP session is a valid HAR 1.2 log', () => {
    const har = harLog(httpSession);
    const result = validator.validate(JSON.parse(JSON.stringify(har)));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(har.log.entries.map((entry) => entry.request.method)).toEqual(['POST', 'POST', 'GET', 'POST', 'POST', 'DELETE']);
  });

  it('keeps credentials masked exactly as the session file holds them', () => {
    const har = harLog(httpSession);
    const authorization = har.log.entries.flatMap((entry) => entry.request.headers.filter((header) => header.name === 'authorization'));
    expect(authorization.length).toBeGreaterThan(0);
    expect(new Set(authorization.map((header) => header.value))).toEqual(new Set(['Bearer ***']));
    expect(JSON.stringify(har)).not.toContain('golden-secret-token');
  });

  it('the validator refuses what is not HAR (the check can fail)', () => {
    type Loose = { log: { entries: { timings: Record<string, unknown>; request: Record<string, unknown> }[] } };
    const copy = () => JSON.parse(JSON.stringify(harLog(httpSession))) as Loose;
    const noWait = copy();
    delete noWait.log.entries[0]!.timings.wait;
    expect(validator.validate(noWait).valid).toBe(false);
    const textHeaders = copy();
    textHeaders.log.entries[1]!.request.headers = 'accept: */*';
    expect(validator.validate(textHeaders).valid).toBe(false);
  });
});
