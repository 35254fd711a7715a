// The option table of each command: the main command (and `open`), `check`, `replay`, `export`, `mock`, `diff`, `tap` and `--cli`.
// Parsing, `--help` and the UI's "Copy as CLI" all read these; an option exists once, here or in
// serverOptions.ts.
import { EXPORT_FILES, EXPORT_FORMATS } from '../artifacts/exportFormats';
import { compilePathGlob, PathGlobError } from '../replay/jsonPath';
import { parseLoopbackAddress } from './loopbackAddress';
import { spellings, type CommandOptions, type OptionSpec, type OptionValues } from './optionTable';
import { checkMilliseconds, DEFAULT_PORT, FAULT_OPTION, HELP_OPTION, RECORDING_OPTIONS, refusals, SERVER_OPTIONS, UI_OPTIONS, VERSION_OPTION } from './serverOptions';

export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
export const DEFAULT_REPLAY_TIMEOUT_MS = 10_000;

/** The methods `--cli` sends (the official Inspector's one-shot methods we implement, plus ping). */
export const CLI_METHODS = [
  'tools/list',
  'tools/call',
  'resources/list',
  'resources/read',
  'resources/templates/list',
  'prompts/list',
  'prompts/get',
  'logging/setLevel',
  'ping',
] as const;
export type CliMethod = (typeof CLI_METHODS)[number];

/** The levels of `logging/setLevel` (RFC 5424 severities, as the spec names them). */
export const LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'] as const;

const UI_ONLY = ['--port', '--token', '--no-open'];
const RECORDING = ['--record', '--sessions-dir', '--no-record'];
const SERVER_WORDS = SERVER_OPTIONS.flatMap(spellings);


export const OPEN_COMMAND: CommandOptions = {
  command: 'open',
  options: [...UI_OPTIONS, RECORDING_OPTIONS[0]!, RECORDING_OPTIONS[2]!, HELP_OPTION],
  refused: {
    ...refusals(SERVER_WORDS, 'it shows a recorded session, it connects to no server'),
    '--record': 'a reopened session is not recorded again; --sessions-dir and --no-record say where its replays are recorded',
    '--version': 'see mcp-inspect --version',
  },
};

export const OPTIONS_GROUP = 'Options';
export const ASSERTIONS_GROUP = 'Assertions (each one that fails makes the run fail, exit code 1)';

/** The report formats of `check` and `replay`. */
export const REPORT_FORMATS = ['text', 'json', 'junit', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const SEVERITY_CHOICES = ['error', 'warning', 'info'] as const;

function checkReportFile(value: string): string | undefined {
  const equals = value.indexOf('=');
  const format = value.slice(0, Math.max(equals, 0));
  if (equals <= 0 || !(REPORT_FORMATS as readonly string[]).includes(format)) return `needs FORMAT=FILE with FORMAT one of ${REPORT_FORMATS.join(', ')} (got "${value}")`;
  return equals === value.length - 1 ? `needs a file after "${format}="` : undefined;
}

/** A report written to a file as well (`--report FORMAT=FILE`). */
export interface ReportFile {
  format: ReportFormat;
  file: string;
}

/** The `--report FORMAT=FILE` values, checked by the option table. */
export function reportFilesOf(values: OptionValues): ReportFile[] {
  return ((values.report as string[] | undefined) ?? []).map((value) => {
    const equals = value.indexOf('=');
    return { format: value.slice(0, equals) as ReportFormat, file: value.slice(equals + 1) };
  });
}

const reportFormatOptions = (group: string, json: string, junit: string, sarif: string): OptionSpec[] => [
  { name: 'format', kind: 'value', valueName: '<format>', choices: REPORT_FORMATS, example: 'sarif', group, help: `text (default): the report for a person; json: ${json}; junit: ${junit}; sarif: ${sarif}` },
  { name: 'json', kind: 'flag', group, help: 'The same as --format json.' },
  {
    name: 'report',
    kind: 'list',
    valueName: 'FORMAT=FILE',
    check: checkReportFile,
    example: 'sarif=results.sarif',
    group,
    help: `Also write the report in FORMAT (${REPORT_FORMATS.join(', ')}) to FILE (repeatable): one run, e.g. SARIF for code scanning and JUnit for the test report, with the text on stdout.`,
  },
  {
    name: 'sarif-artifact',
    kind: 'value',
    valueName: '<path>',
    check: (value) => (value === '' ? 'needs a path relative to the repository root' : undefined),
    example: 'src/server.ts',
    group,
    help: 'The repository file SARIF results point at (GitHub code scanning needs one). Default: for check, the first word of the server\'s command line that names a file under the current folder, or the --config file; for replay, the session file.',
  },
];

/** The format `--format` and `--json` ask for, or why they disagree. */
export function reportFormatOf(values: OptionValues): { format: ReportFormat } | { error: string } {
  const format = values.format as ReportFormat | undefined;
  if (values.json === true && format !== undefined && format !== 'json') return { error: `--json and --format ${format} ask for two formats: give one` };
  return { format: values.json === true ? 'json' : (format ?? 'text') };
}

const CHECK = OPTIONS_GROUP;
const ASSERT = ASSERTIONS_GROUP;
const nonEmptyName = (what: string) => (value: string) => (value === '' ? `needs ${what}` : undefined);
export const CHECK_COMMAND: CommandOptions = {
  command: 'check',
  options: [
    ...reportFormatOptions(CHECK, 'one JSON document (see the README)', 'one test case per request sent, failed by its findings', 'SARIF 2.1.0 for code scanning, one result per finding'),
    { name: 'call-tools', kind: 'flag', group: CHECK, help: 'Also call each tool once, with arguments made from its inputSchema (defaults, else the smallest valid values); not the tools only an MCP App calls (_meta.ui.visibility without "model").' },
    { name: 'timeout', kind: 'value', valueName: '<ms>', check: checkMilliseconds, example: '2500', group: CHECK, help: `No answer and no progress for this long cancels a request (default ${DEFAULT_CHECK_TIMEOUT_MS}). A request is also cancelled after 3× this however much progress it sends, and the whole run stops after 30× this + 5 s.` },
    { name: 'fail-on', kind: 'value', valueName: '<severity>', choices: SEVERITY_CHOICES, example: 'warning', group: ASSERT, help: 'Fail on findings of this severity or worse: error (default), warning or info.' },
    { name: 'expect-tool', kind: 'list', valueName: '<name>', check: nonEmptyName('a tool name'), example: 'echo', group: ASSERT, help: 'Fail unless tools/list lists this tool (repeatable).' },
    { name: 'expect-resource', kind: 'list', valueName: '<uri>', check: nonEmptyName('a resource URI'), example: 'demo://resource/1', group: ASSERT, help: 'Fail unless resources/list lists this URI, or resources/templates/list this uriTemplate (repeatable).' },
    { name: 'expect-prompt', kind: 'list', valueName: '<name>', check: nonEmptyName('a prompt name'), example: 'greeting', group: ASSERT, help: 'Fail unless prompts/list lists this prompt (repeatable).' },
    { name: 'max-duration', kind: 'value', valueName: '<ms>', check: checkMilliseconds, example: '1000', group: ASSERT, help: 'Fail if any request takes longer than this.' },
    { ...HELP_OPTION, group: CHECK },
    ...SERVER_OPTIONS,
  ],
  refused: { ...refusals(UI_ONLY, 'it starts no inspector UI'), ...refusals(RECORDING, 'it records no session'), '--version': 'see mcp-inspect --version' },
};

function checkGlob(glob: string): string | undefined {
  try {
    compilePathGlob(glob);
    return undefined;
  } catch (error) {
    return error instanceof PathGlobError ? error.message : String(error);
  }
}

const REPLAY = OPTIONS_GROUP;
export const REPLAY_COMMAND: CommandOptions = {
  command: 'replay',
  options: [
    ...reportFormatOptions(REPLAY, 'one JSON document (version 1)', 'one test case per request replayed, failed by its differences', 'SARIF 2.1.0, one result per request that did not give the same answer'),
    {
      name: 'ignore',
      kind: 'list',
      valueName: '<glob>',
      check: checkGlob,
      example: 'result.content[*].text',
      group: REPLAY,
      help: 'Ignore differences at these paths (repeatable), written as the report prints them: result.content[*].text, **.timestamp, error.message. * is one key or index, [*] any index, ** any depth.',
    },
    { name: 'timeout', kind: 'value', valueName: '<ms>', check: checkMilliseconds, example: '2500', group: REPLAY, help: `Per request (default ${DEFAULT_REPLAY_TIMEOUT_MS}).` },
    { name: 'connection', kind: 'value', valueName: '<id>', check: (id) => (id === '' ? 'needs the id of a recorded connection (e.g. c1)' : undefined), example: 'c2', group: REPLAY, help: 'The recorded connection to replay (default: the first that sent requests).' },
    { name: 'yes', kind: 'flag', group: REPLAY, help: 'Run the recorded command without asking.' },
    { ...HELP_OPTION, group: REPLAY },
    ...RECORDING_OPTIONS,
    ...SERVER_OPTIONS,
  ],
  refused: { ...refusals(UI_ONLY, 'it starts no inspector UI'), '--version': 'see mcp-inspect --version' },
};

const EXPORT = OPTIONS_GROUP;
export const EXPORT_COMMAND: CommandOptions = {
  command: 'export',
  options: [
    {
      name: 'format',
      kind: 'value',
      valueName: '<format>',
      choices: EXPORT_FORMATS,
      example: 'otlp',
      group: EXPORT,
      help: `Required. ${EXPORT_FORMATS.map((format) => `${format}: ${EXPORT_FILES[format].label}`).join('; ')}.`,
    },
    { name: 'output', short: 'o', kind: 'value', valueName: '<file>', check: (file) => (file === '' ? 'needs a file name (or - for stdout)' : undefined), example: 'trace.json', group: EXPORT, help: 'Write the export to this file (default: stdout; - is stdout too).' },
    { name: 'connection', kind: 'value', valueName: '<id>', check: (id) => (id === '' ? 'needs the id of a recorded connection (e.g. c1)' : undefined), example: 'c2', group: EXPORT, help: 'Only this recorded connection (default: all of them).' },
    { ...HELP_OPTION, group: EXPORT },
  ],
  refused: { ...refusals([...UI_ONLY, ...RECORDING, ...SERVER_WORDS], 'it reads a session file and connects to no server'), '--version': 'see mcp-inspect --version' },
};

const MOCK = OPTIONS_GROUP;
export const MOCK_COMMAND: CommandOptions = {
  command: 'mock',
  options: [
    { name: 'connection', kind: 'value', valueName: '<id>', check: (id) => (id === '' ? 'needs the id of a recorded connection (e.g. c1)' : undefined), example: 'c2', group: MOCK, help: 'The recorded connection to serve (default: the first that sent requests, the one replay picks).' },
    {
      name: 'url-listen',
      kind: 'value',
      valueName: 'HOST:PORT',
      check: (value) => {
        const address = parseLoopbackAddress(value);
        return 'error' in address ? address.error : undefined;
      },
      example: '127.0.0.1:0',
      group: MOCK,
      help: 'Serve over Streamable HTTP at http://HOST:PORT/mcp instead of stdio (loopback hosts only: 127.0.0.1, localhost, [::1]; port 0 picks a free one). The URL is printed on stdout once listening.',
    },
    { ...HELP_OPTION, group: MOCK },
  ],
  refused: {
    ...refusals(SERVER_WORDS, 'it runs no server: it answers from the session file'),
    ...refusals(UI_ONLY, 'it starts no inspector UI'),
    ...refusals(RECORDING, 'it records no session'),
    '--version': 'see mcp-inspect --version',
  },
};

const TAP = OPTIONS_GROUP;
const checkListen = (value: string): string | undefined => {
  const address = parseLoopbackAddress(value);
  return 'error' in address ? address.error : undefined;
};
/** `mcp-inspect tap`: the line a host runs instead of the server's; it starts or joins an inspector UI. */
export const TAP_COMMAND: CommandOptions = {
  command: 'tap',
  options: [
    { ...SERVER_OPTIONS.find((option) => option.name === 'url')!, group: TAP, help: 'Tap a remote server (Streamable HTTP or legacy SSE) instead of a command: give the host the --listen address in its place.' },
    { name: 'listen', kind: 'value', valueName: 'HOST:PORT', check: checkListen, example: '127.0.0.1:0', group: TAP, help: 'With --url: where the host connects instead (loopback only; port 0 picks a free one, printed on stderr). Every request and stream is forwarded to --url unchanged, under the same path.' },
    ...UI_OPTIONS.map((option) =>
      option.name === 'port'
        ? { ...option, help: `Port of the inspector UI on 127.0.0.1 (default ${DEFAULT_PORT}). If an inspector already runs there, the tap joins it (its token is read from the file it keeps in ~/.mcp-inspect/instances, or --token); else the tap starts one there.` }
        : option,
    ),
    ...RECORDING_OPTIONS,
    FAULT_OPTION,
    { ...HELP_OPTION, group: TAP },
  ],
  refused: {
    ...refusals(['--env', '-e', '--cwd'], 'the server gets the environment and working directory the host gave the tap'),
    ...refusals(['--header', '--transport'], 'the host sends its own requests and headers; the tap forwards them as they are'),
    ...refusals(['--config', '--server'], 'put the tap in the host\'s config instead: "command": "npx", "args": ["mcp-inspect", "tap", "--", …the server\'s command]'),
    '--version': 'see mcp-inspect --version',
  },
};

const DIFF = OPTIONS_GROUP;
export const DIFF_FAIL_ON = ['breaking', 'any'] as const;
export const DIFF_COMMAND: CommandOptions = {
  command: 'diff',
  options: [
    { name: 'format', kind: 'value', valueName: '<format>', choices: ['text', 'json', 'junit'], example: 'junit', group: DIFF, help: 'text (default); json: one JSON document; junit: one test case per tool, prompt, resource and template, failed by a change at --fail-on.' },
    { name: 'json', kind: 'flag', group: DIFF, help: 'The same as --format json.' },
    { name: 'fail-on', kind: 'value', valueName: '<level>', choices: DIFF_FAIL_ON, example: 'any', group: DIFF, help: 'Exit 1 on breaking changes (default: a removed definition, a new required argument, a narrowed type…) or on any change.' },
    { name: 'connection', kind: 'value', valueName: '<id>', check: (id) => (id === '' ? 'needs the id of a recorded connection (e.g. c1)' : undefined), example: 'c2', group: DIFF, help: 'The recorded connection of each session file (default: the first that listed anything).' },
    { name: 'timeout', kind: 'value', valueName: '<ms>', check: checkMilliseconds, example: '2500', group: DIFF, help: `A live server: per request (default ${DEFAULT_CHECK_TIMEOUT_MS}).` },
    { ...HELP_OPTION, group: DIFF },
    ...SERVER_OPTIONS,
  ],
  refused: { ...refusals(UI_ONLY, 'it starts no inspector UI'), ...refusals(RECORDING, 'it records no session'), '--version': 'see mcp-inspect --version' },
};

export const REQUEST_GROUP = 'Request (the official Inspector CLI\'s flags)';
const REQUEST = REQUEST_GROUP;
const PAIR = /^[^=-][^=]*=/;
const checkPair = (pair: string) => (pair.indexOf('=') > 0 ? undefined : `needs key=value (got "${pair}")`);

/** The request options of `--cli`: the official Inspector CLI's flags. */
export const CLI_REQUEST_OPTIONS: readonly OptionSpec[] = [
  { name: 'cli', kind: 'flag', group: REQUEST, help: 'Connect, send one request, print its result as JSON on stdout, disconnect.' },
  { name: 'method', kind: 'value', valueName: '<method>', choices: CLI_METHODS, example: 'tools/call', group: REQUEST, help: `One of ${CLI_METHODS.join(', ')}. The list methods fetch every page and print them as one list.` },
  { name: 'tool-name', kind: 'value', valueName: '<name>', example: 'echo', group: REQUEST, help: 'tools/call: the tool.' },
  {
    name: 'tool-arg',
    kind: 'list',
    moreValues: PAIR,
    valueName: 'key=value',
    check: checkPair,
    example: 'message=hi',
    group: REQUEST,
    help: 'tools/call: arguments (repeatable, and several may follow one --tool-arg). A value is parsed as JSON when it is JSON (42, true, {"a":1}), else taken as text.',
  },
  { name: 'tool-args-json', kind: 'value', valueName: '<object>', example: '{"a":1}', group: REQUEST, help: 'tools/call: all arguments as one JSON object (--tool-arg overrides keys).' },
  { name: 'uri', kind: 'value', valueName: '<uri>', example: 'demo://resource/1', group: REQUEST, help: 'resources/read: the resource.' },
  { name: 'prompt-name', kind: 'value', valueName: '<name>', example: 'greeting', group: REQUEST, help: 'prompts/get: the prompt.' },
  { name: 'prompt-args', kind: 'list', moreValues: PAIR, valueName: 'key=value', check: checkPair, example: 'city=Lyon', group: REQUEST, help: 'prompts/get: its arguments, as text (repeatable, and several may follow one --prompt-args).' },
  { name: 'log-level', kind: 'value', valueName: '<level>', choices: LOG_LEVELS, example: 'warning', group: REQUEST, help: `logging/setLevel: ${LOG_LEVELS.join(', ')}.` },
  { name: 'metadata', kind: 'list', moreValues: PAIR, valueName: 'key=value', check: checkPair, example: 'trace=1', group: REQUEST, help: 'Put these in the request\'s _meta (every method; values as text).' },
  { name: 'tool-metadata', kind: 'list', moreValues: PAIR, valueName: 'key=value', check: checkPair, example: 'origin=ci', group: REQUEST, help: 'tools/call: put these in the call\'s _meta too (they win over --metadata).' },
  {
    name: 'connect-timeout',
    kind: 'value',
    valueName: '<ms>',
    check: (value) => (/^\d{1,7}$/.test(value) ? undefined : `needs a number of milliseconds (got "${value}")`),
    example: '5000',
    group: REQUEST,
    help: 'How long connecting may take (default: the request timeout plus 5 s to start a process; 0: no limit).',
  },
  { name: 'format', kind: 'value', valueName: '<format>', choices: ['text', 'json'], example: 'json', group: REQUEST, help: 'text (default: the result, pretty-printed) or json (one line: {"result": …}).' },
];

/** Official Inspector CLI options that mcp-inspect does not implement: refused with a pointer to the README. */
const OFFICIAL_ONLY = [
  '--catalog',
  '--rename',
  '--cursor',
  '--app-info',
  '--advertise-apps',
  '--strict',
  '--verify',
  '--require-digests',
  '--load',
  '--output',
  '--output-format',
  '--quiet',
  '-q',
  '--client-config',
  '--callback-url',
  '--use-stored-auth',
  '--stored-auth-only',
  '--relogin',
  '--wait-for-auth',
  '--list-stored-auth',
  '--print-handoff',
];

export const CLI_COMMAND: CommandOptions = {
  command: '--cli',
  options: [...CLI_REQUEST_OPTIONS, { ...HELP_OPTION, group: REQUEST }, ...SERVER_OPTIONS],
  refused: {
    ...refusals([...UI_ONLY, ...RECORDING], 'it starts no inspector UI and records no session'),
    ...refusals(OFFICIAL_ONLY, 'an option of the official Inspector CLI that mcp-inspect does not have; see "Differences from the official CLI" in the README'),
    '--version': 'see mcp-inspect --version',
  },
};

export const MAIN_COMMAND: CommandOptions = {
  command: 'mcp-inspect',
  options: [...SERVER_OPTIONS, ...UI_OPTIONS, HELP_OPTION, VERSION_OPTION, ...RECORDING_OPTIONS, FAULT_OPTION, { name: 'cli', kind: 'flag', group: 'CLI mode', hidden: true, help: 'See "CLI mode".' }],
  refused: refusals(CLI_REQUEST_OPTIONS.filter((spec) => spec.name !== 'cli').flatMap(spellings), 'it is an option of CLI mode: add --cli'),
};

/** Every command's table, for tests that must cover them all. */
export const COMMAND_TABLES: readonly CommandOptions[] = [MAIN_COMMAND, OPEN_COMMAND, CHECK_COMMAND, REPLAY_COMMAND, EXPORT_COMMAND, MOCK_COMMAND, DIFF_COMMAND, TAP_COMMAND, CLI_COMMAND];
