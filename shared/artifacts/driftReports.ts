// What `mcp-inspect diff` prints: the drift between two interfaces as text, one JSON document, or JUnit
// (one test case per definition compared, failed by a change at `--fail-on`), and the exit code.
import { junitXml, type JUnitCase } from './junitXml';
import type { DefinitionDrift, InterfaceKind, ServerInterface } from './interfaceDrift';

/** `breaking`: only breaking changes fail; `any`: every change does. */
export type DriftFailOn = 'breaking' | 'any';

export const DIFF_EXIT = { same: 0, drifted: 1, usage: 2, cannotConnect: 3 } as const;
export const DRIFT_JSON_VERSION = 1;

export interface DriftSides {
  /** How each side is named in the report: a file, a command, a URL. */
  before: string;
  after: string;
  /** Lists not listed on both sides, so not compared. */
  notCompared?: readonly string[];
}

const fails = (drift: DefinitionDrift, failOn: DriftFailOn) => failOn === 'any' || drift.breaking;
const NOUNS: Record<InterfaceKind, string> = { tool: 'tool', prompt: 'prompt', resource: 'resource', resourceTemplate: 'resource template' };
const preview = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
};

export function driftExitCode(drift: readonly DefinitionDrift[], failOn: DriftFailOn): number {
  return drift.some((entry) => fails(entry, failOn)) ? DIFF_EXIT.drifted : DIFF_EXIT.same;
}

function detailLines(drift: DefinitionDrift): string[] {
  return drift.details.map((detail) => {
    const values = detail.before === undefined && detail.after === undefined ? '' : `: ${preview(detail.before)} → ${preview(detail.after)}`;
    const shown = detail.before !== undefined && typeof detail.before !== 'object' ? values : detail.what.endsWith(' changed') && detail.after !== undefined ? values : '';
    return `    ${detail.breaking ? '!' : '~'} ${detail.path}: ${detail.what}${shown}`;
  });
}

export function driftText(drift: readonly DefinitionDrift[], sides: DriftSides, failOn: DriftFailOn): string {
  const lines = [`Interface of ${sides.after}`, `  against ${sides.before}`, ''];
  const notCompared = sides.notCompared ?? [];
  if (notCompared.length > 0) lines.push(`Not compared (not listed, or listed only in part, on one side): ${notCompared.join(', ')}.`, '');
  if (drift.length === 0) lines.push(notCompared.length > 0 ? 'No drift in what was compared.' : 'No drift: the same tools, prompts, resources and resource templates.');
  for (const entry of drift) {
    lines.push(`${(entry.breaking ? 'breaking' : 'compatible').padEnd(10)} ${entry.change.padEnd(7)} ${NOUNS[entry.kind]} ${entry.key}`, ...detailLines(entry));
  }
  const breaking = drift.filter((entry) => entry.breaking).length;
  if (drift.length > 0) lines.push('', `${drift.length} change${drift.length === 1 ? '' : 's'}, ${breaking} breaking (--fail-on ${failOn}).`);
  return `${lines.join('\n')}\n`;
}

export function driftJson(drift: readonly DefinitionDrift[], sides: DriftSides, failOn: DriftFailOn): Record<string, unknown> {
  return { version: DRIFT_JSON_VERSION, before: sides.before, after: sides.after, notCompared: sides.notCompared ?? [], failOn, exitCode: driftExitCode(drift, failOn), counts: { changes: drift.length, breaking: drift.filter((entry) => entry.breaking).length }, drift };
}

const KEYS: Record<InterfaceKind, { list: keyof ServerInterface; key: string }> = {
  tool: { list: 'tools', key: 'name' },
  prompt: { list: 'prompts', key: 'name' },
  resource: { list: 'resources', key: 'uri' },
  resourceTemplate: { list: 'resourceTemplates', key: 'uriTemplate' },
};

/** One case per definition on either side: the unchanged pass, the changed fail at `failOn`. */
export function driftJunit(drift: readonly DefinitionDrift[], before: ServerInterface, after: ServerInterface, sides: DriftSides, failOn: DriftFailOn): string {
  const cases: JUnitCase[] = [];
  for (const kind of Object.keys(KEYS) as InterfaceKind[]) {
    const { list, key } = KEYS[kind];
    const keys = new Set([...before[list], ...after[list]].flatMap((definition) => (typeof definition[key] === 'string' ? [definition[key]] : [])));
    for (const name of [...keys].sort()) {
      const entry = drift.find((candidate) => candidate.kind === kind && candidate.key === name);
      const failed = entry !== undefined && fails(entry, failOn);
      const summary = entry ? `${entry.breaking ? 'breaking' : 'compatible'}: ${entry.change}` : '';
      cases.push({
        name: `${NOUNS[kind]} ${name}`,
        classname: kind,
        failures: failed ? [{ message: `${summary}${entry.details.length > 0 ? ` (${entry.details.map((detail) => detail.what).join('; ')})` : ''}`, type: entry.change, details: [summary, ...detailLines(entry)].join('\n') }] : [],
        ...(entry && !failed ? { output: [summary, ...detailLines(entry)].join('\n') } : {}),
      });
    }
  }
  return junitXml('mcp-inspect diff', [{ name: `mcp-inspect diff ${sides.before} ${sides.after}`, cases, properties: { before: sides.before, after: sides.after, failOn } }]);
}
