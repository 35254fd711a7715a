// diff's reports: golden files for a fixed drift (text, JSON, JUnit), the JUnit read back by an XML
// parser, and the exit code at each --fail-on.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { driftExitCode, driftJson, driftJunit, driftText } from './driftReports';
import { interfaceDrift, type ServerInterface } from './interfaceDrift';

const golden = (name: string, actual: string) => {
  const file = path.join(import.meta.dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
};

const before: ServerInterface = {
  tools: [
    { name: 'search', description: 'Search', inputSchema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } },
    { name: 'echo', inputSchema: { type: 'object' } },
    { name: 'stable', inputSchema: { type: 'object' } },
  ],
  prompts: [{ name: 'greet', arguments: [{ name: 'who' }] }],
  resources: [],
  resourceTemplates: [],
};
const after: ServerInterface = {
  tools: [
    { name: 'search', description: 'Search the index', inputSchema: { type: 'object', properties: { q: { type: 'string' }, limit: { type: 'integer' } }, required: ['q', 'limit'] } },
    { name: 'echo-v2', inputSchema: { type: 'object' } },
    { name: 'stable', inputSchema: { type: 'object' } },
  ],
  prompts: [{ name: 'greet', description: 'Says hello', arguments: [{ name: 'who' }] }],
  resources: [],
  resourceTemplates: [],
};
const sides = { before: 'before.session.jsonl', after: 'my-server 2.0.0 (node build/index.js)', notCompared: ['resources'] };
const drift = interfaceDrift(before, after);

describe('diff reports', () => {
  it('fail on breaking changes by default, on any change with --fail-on any, on nothing when there is none', () => {
    expect(driftExitCode(drift, 'breaking')).toBe(1);
    expect(driftExitCode(drift.filter((entry) => !entry.breaking), 'breaking')).toBe(0);
    expect(driftExitCode(drift.filter((entry) => !entry.breaking), 'any')).toBe(1);
    expect(driftExitCode([], 'any')).toBe(0);
  });

  it('write the golden text and JSON', () => {
    golden('diff.txt', driftText(drift, sides, 'breaking'));
    golden('diff.json', `${JSON.stringify(driftJson(drift, sides, 'breaking'), null, 2)}\n`);
  });

  it('write the golden JUnit: a case per definition, failed by a change at --fail-on', () => {
    const xml = driftJunit(drift, before, after, sides, 'breaking');
    expect(XMLValidator.validate(xml)).toBe(true);
    golden('diff.junit.xml', xml);
    const cases = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(xml).testsuites.testsuite.testcase as { name: string; failure?: { type: string }; 'system-out'?: string }[];
    expect(cases.map((testCase) => [testCase.name, testCase.failure?.type])).toEqual([
      ['tool echo', 'removed'],
      ['tool echo-v2', undefined],
      ['tool search', 'changed'],
      ['tool stable', undefined],
      ['prompt greet', undefined],
    ]);
    expect(cases[4]!['system-out']).toContain('description changed');
  });
});
