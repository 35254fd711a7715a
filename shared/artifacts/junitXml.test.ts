import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junitXml, xmlText } from './junitXml';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure', 'property'].includes(name) }).parse(xml);

describe('JUnit XML', () => {
  it('escapes markup and replaces what XML 1.0 cannot carry, so any server text keeps the report readable', () => {
    expect(xmlText('a<b>&"c\'')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(xmlText('bell\u0007 nul\u0000 lone\uD800 pair😀 tab\tnewline\n')).toBe('bell\uFFFD nul\uFFFD lone\uFFFD pair😀 tab\tnewline\n');
  });

  it('writes suites, cases, failures, skips and output that an XML parser reads back as given', () => {
    const xml = junitXml('mcp-inspect check', [
      {
        name: 'suite <1>',
        properties: { server: 'demo & co' },
        cases: [
          { name: 'tools/list', classname: 'tools/list', timeMs: 12.5 },
          { name: 'tools/call "echo"', classname: 'tools/call', timeMs: 1500, failures: [{ message: 'result-schema: bad\u0001', type: 'result-schema', details: 'line 1\nline 2' }], output: 'note' },
          { name: 'tools/call "huge"', classname: 'tools/call', skipped: 'cannot build arguments' },
        ],
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const document = parse(xml);
    expect(document.testsuites).toMatchObject({ name: 'mcp-inspect check', tests: '3', failures: '1', time: '1.512' });
    const [suite] = document.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'suite <1>', tests: '3', failures: '1', skipped: '1', errors: '0' });
    expect(suite.properties.property).toEqual([{ name: 'server', value: 'demo & co' }]);
    const [listed, failed, skipped] = suite.testcase;
    expect(listed).toMatchObject({ name: 'tools/list', classname: 'tools/list', time: '0.013' });
    expect(failed.failure[0]).toMatchObject({ message: 'result-schema: bad\uFFFD', type: 'result-schema', '#text': 'line 1\nline 2' });
    expect(failed['system-out']).toBe('note');
    expect(skipped.skipped).toMatchObject({ message: 'cannot build arguments' });
  });
});
