// `mcp-inspect diff`: argv → the interface on each side (a session file as last listed, or a live
// server listed now) → the drift, printed as text, JSON or JUnit → exit code (see DIFF_EXIT).
import { interfaceDrift, type ServerInterface } from '../../shared/artifacts/interfaceDrift';
import { DIFF_EXIT, driftExitCode, driftJson, driftJunit, driftText, type DriftSides } from '../../shared/artifacts/driftReports';
import { sessionInterface, type RecordedInterface } from '../../shared/artifacts/sessionInterface';
import { targetLabel } from '../inspector/connectionLabel';
import { resolveLaunchConfig } from '../cli/launchConfig';
import { packageInfo } from '../packageInfo';
import { replayPlan } from '../../shared/replay';
import { readSessionFile } from '../sessions/loadRecordedSession';
import { diffHelpText } from './diffHelpText';
import { liveInterface } from './liveInterface';
import { parseDiffArgs, type DiffArgs } from './parseDiffArgs';

class DiffError extends Error {}

const LIST_NAMES: readonly (keyof ServerInterface)[] = ['tools', 'prompts', 'resources', 'resourceTemplates'];

/** The interface a session file's connection last listed: the one named, else the first that listed anything. */
type Side = RecordedInterface & { clientCapabilities?: Record<string, unknown> | undefined };

function recordedInterface(file: string, connectionId: string | undefined, warn: (message: string) => void): Side {
  const session = readSessionFile(file);
  for (const problem of session.info.problems) warn(`${file}: ${problem.message}`);
  const candidates = connectionId === undefined ? session.connections : session.connections.filter((connection) => connection.id === connectionId);
  if (connectionId !== undefined && candidates.length === 0) throw new DiffError(`${file} has no connection "${connectionId}" (it has: ${session.connections.map((connection) => connection.id).join(', ') || 'none'}).`);
  for (const connection of candidates) {
    const recorded = sessionInterface(connection.events);
    // A server may list more to a client that declares more (roots, elicitation): the live side
    // connects with the capabilities the recorded client declared.
    if (recorded.listed.length > 0) return { ...recorded, clientCapabilities: replayPlan(connection.events).clientCapabilities };
  }
  throw new DiffError(`${file} holds no answered tools/list, prompts/list, resources/list or resources/templates/list${connectionId === undefined ? '' : ` on connection ${connectionId}`}: there is no interface to compare.`);
}

async function afterSide(options: DiffArgs, before: Side, warn: (message: string) => void): Promise<(Side & { label: string }) | { cannotConnect: string }> {
  const { after } = options;
  if (after.kind === 'file') return { ...recordedInterface(after.file, options.connectionId, warn), label: after.file };
  const config = resolveLaunchConfig(after.server, process.env);
  if ('error' in config) throw new DiffError(config.error);
  const target = config.target!;
  const live = await liveInterface(target, {
    inspectorVersion: packageInfo().version,
    timeoutMs: options.timeoutMs,
    clientCapabilities: before.clientCapabilities,
    ...(config.era === undefined ? {} : { era: config.era }),
  });
  if (!live.ok) return { cannotConnect: live.error };
  return { interface: live.interface, listed: live.listed, partial: [], label: `${live.server || 'the server'} (${targetLabel(target)})` };
}

/** Runs the diff command and returns its exit code; the report goes to stdout, problems to stderr. */
export async function diffCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseDiffArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(diffHelpText());
    return DIFF_EXIT.same;
  }
  const say = (message: string) => process.stderr.write(`mcp-inspect diff: ${message}\n`);
  if (parsed.kind === 'error') {
    say(parsed.message);
    process.stderr.write('Run "mcp-inspect diff --help" for usage.\n');
    return DIFF_EXIT.usage;
  }
  const { options } = parsed;
  try {
    const before = recordedInterface(options.before, options.connectionId, say);
    const after = await afterSide(options, before, say);
    if ('cannotConnect' in after) {
      say(`could not connect: ${after.cannotConnect}`);
      return DIFF_EXIT.cannotConnect;
    }
    // A list one side never listed, or listed only in part, is unknown there, not empty: it is left
    // out rather than its missing items called removed or added.
    const notCompared = LIST_NAMES.filter((list) => [before, after].some((side) => !side.listed.includes(list) || side.partial.includes(list)));
    const [was, now] = [before.interface, after.interface].map((side) => ({ ...side, ...Object.fromEntries(notCompared.map((list) => [list, []])) }) as ServerInterface);
    const drift = interfaceDrift(was!, now!);
    const sides: DriftSides = { before: options.before, after: after.label, notCompared };
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(driftJson(drift, sides, options.failOn), null, 2)}\n`);
    else if (options.format === 'junit') process.stdout.write(driftJunit(drift, was!, now!, sides, options.failOn));
    else process.stdout.write(driftText(drift, sides, options.failOn));
    return driftExitCode(drift, options.failOn);
  } catch (error) {
    if (error instanceof DiffError || (error instanceof Error && error.message.startsWith('Cannot read'))) {
      say(error.message);
      return DIFF_EXIT.usage;
    }
    throw error;
  }
}
