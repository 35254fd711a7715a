// JUnit XML, the report format CI systems read (GitHub Actions test reporters, GitLab, Jenkins, Azure):
// suites of test cases, each passed, failed (with a message and details) or skipped. The de facto
// schema is Jenkins' / Ant's (`testsuites > testsuite > testcase > failure|skipped|system-out`), times
// in seconds. Pure: the reports of `check` and `replay` build these suites, this writes the text.

export interface JUnitFailure {
  /** One line, shown in CI summaries. */
  message: string;
  /** What kind of failure, e.g. a diagnosis rule id or a replay verdict. */
  type: string;
  /** The details, shown when the case is opened. */
  details?: string;
}

export interface JUnitCase {
  name: string;
  /** The group the case belongs to (CI tools show it as the class), e.g. the method. */
  classname: string;
  timeMs?: number;
  failures?: JUnitFailure[];
  /** Set when the case was not run, with the reason. */
  skipped?: string;
  /** Notes that are not failures (warnings below the failing level, a tool's isError text). */
  output?: string;
}

export interface JUnitSuite {
  name: string;
  /** ISO 8601, when the suite started. */
  timestamp?: string;
  cases: JUnitCase[];
  /** Suite-level key/values (server name, protocol version, exit code). */
  properties?: Record<string, string>;
}

// XML 1.0 cannot carry most control characters even escaped, nor lone surrogates: a server's
// message may hold any of them, so they are replaced rather than making the report unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text fit for an XML attribute or element. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);
const attributes = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${xmlText(String(value))}"`)
    .join('');

function caseXml(testCase: JUnitCase): string {
  const children: string[] = [];
  // Several reports read one failure per case (Jenkins shows the first only): the first names the
  // case's failure, and the text holds them all.
  const [first, ...more] = testCase.failures ?? [];
  if (first) {
    const message = more.length === 0 ? first.message : `${first.message} (and ${more.length} more)`;
    const details = [first, ...more].map((failure) => failure.details ?? failure.message).join('\n\n');
    children.push(`      <failure${attributes({ message, type: first.type })}>${xmlText(details)}</failure>`);
  }
  if (testCase.skipped !== undefined) children.push(`      <skipped${attributes({ message: testCase.skipped })}/>`);
  if (testCase.output) children.push(`      <system-out>${xmlText(testCase.output)}</system-out>`);
  const open = `    <testcase${attributes({ name: testCase.name, classname: testCase.classname, time: seconds(testCase.timeMs) })}`;
  return children.length === 0 ? `${open}/>` : `${open}>\n${children.join('\n')}\n    </testcase>`;
}

function suiteXml(suite: JUnitSuite): string {
  const failed = suite.cases.filter((testCase) => (testCase.failures ?? []).length > 0).length;
  const skipped = suite.cases.filter((testCase) => testCase.skipped !== undefined).length;
  const time = suite.cases.reduce((sum, testCase) => sum + (testCase.timeMs ?? 0), 0);
  const head = `  <testsuite${attributes({ name: suite.name, tests: suite.cases.length, failures: failed, errors: 0, skipped, time: seconds(time), timestamp: suite.timestamp })}>`;
  const properties = Object.entries(suite.properties ?? {});
  const lines = [head];
  if (properties.length > 0) lines.push('    <properties>', ...properties.map(([name, value]) => `      <property${attributes({ name, value })}/>`), '    </properties>');
  lines.push(...suite.cases.map(caseXml), '  </testsuite>');
  return lines.join('\n');
}

/** The whole report: one `<testsuites>` document. */
export function junitXml(name: string, suites: readonly JUnitSuite[]): string {
  const cases = suites.flatMap((suite) => suite.cases);
  const failed = cases.filter((testCase) => (testCase.failures ?? []).length > 0).length;
  const time = cases.reduce((sum, testCase) => sum + (testCase.timeMs ?? 0), 0);
  const head = `<testsuites${attributes({ name, tests: cases.length, failures: failed, errors: 0, time: seconds(time) })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map(suiteXml), '</testsuites>', ''].join('\n');
}
