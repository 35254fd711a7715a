// The connection form's editable state and its conversion to a validated ConnectionTarget. The
// form keeps stdio and remote fields side by side so switching transport loses nothing typed.
import {
  RemoteTargetSchema,
  StdioTargetSchema,
  type ConnectionTarget,
  type RemoteTransport,
} from '../../../../shared/connectionTypes';
import { isStdioTarget } from '../../../../shared/isStdioTarget';
import { newRowId, type KeyValueRow } from '../../ui/KeyValueEditor';
import { joinArgs, splitArgs } from './splitArgs';

export type DraftTransport = 'stdio' | RemoteTransport;

export interface ConnectionDraft {
  transport: DraftTransport;
  command: string;
  /** Typed like a shell command line; see splitArgs. */
  args: string;
  env: KeyValueRow[];
  cwd: string;
  url: string;
  headers: KeyValueRow[];
  /** OAuth client settings of a remote target, as typed (empty = not set). */
  oauth: OAuthDraft;
}

export interface OAuthDraft {
  clientId: string;
  clientSecret: string;
  clientMetadataUrl: string;
  scope: string;
}

export type DraftField = 'command' | 'args' | 'env' | 'cwd' | 'url' | 'headers' | 'oauth';
export type DraftErrors = Partial<Record<DraftField, string>>;
export type DraftResult = { ok: true; target: ConnectionTarget } | { ok: false; errors: DraftErrors };

const toRows = (record: Record<string, string>): KeyValueRow[] =>
  Object.entries(record).map(([name, value]) => ({ id: newRowId(), name, value }));

/** The form's starting state: the given target, or an empty stdio form. */
export function draftFromTarget(target: ConnectionTarget | undefined): ConnectionDraft {
  const oauth: OAuthDraft = { clientId: '', clientSecret: '', clientMetadataUrl: '', scope: '' };
  const draft: ConnectionDraft = { transport: 'stdio', command: '', args: '', env: [], cwd: '', url: '', headers: [], oauth };
  if (!target) return draft;
  if (isStdioTarget(target)) {
    return { ...draft, command: target.command, args: joinArgs(target.args), env: toRows(target.env), cwd: target.cwd ?? '' };
  }
  return { ...draft, transport: target.transport, url: target.url, headers: toRows(target.headers), oauth: { ...oauth, ...target.oauth } };
}

// RFC 9110 token characters.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function rowsToRecord(
  rows: readonly KeyValueRow[],
  noun: string,
  check: (name: string) => string | undefined,
  caseInsensitive: boolean,
): { record: Record<string, string> } | { error: string } {
  const record: Record<string, string> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    if (name === '' && row.value === '') continue;
    if (name === '') return { error: `Every ${noun} with a value needs a name` };
    const problem = check(name);
    if (problem) return { error: problem };
    const key = caseInsensitive ? name.toLowerCase() : name;
    if (seen.has(key)) return { error: `Duplicate ${noun} name: ${name}` };
    seen.add(key);
    record[name] = row.value;
  }
  return { record };
}

function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'command') as DraftField;
    errors[field] ??= issue.message;
  }
  return errors;
}

function stdioTarget(draft: ConnectionDraft): DraftResult {
  const errors: DraftErrors = {};
  const args = splitArgs(draft.args);
  if (!args.ok) errors.args = args.error;
  const env = rowsToRecord(draft.env, 'variable', (n) => (n.includes('=') ? `Variable names cannot contain "=": ${n}` : undefined), false);
  if ('error' in env) errors.env = env.error;
  const parsed = StdioTargetSchema.safeParse({
    transport: 'stdio',
    command: draft.command.trim(),
    args: args.ok ? args.args : [],
    env: 'record' in env ? env.record : {},
    cwd: draft.cwd.trim() === '' ? undefined : draft.cwd.trim(),
  });
  if (!parsed.success) Object.assign(errors, { ...fieldErrors(parsed.error.issues), ...errors });
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, target: parsed.data } : { ok: false, errors };
}

function remoteTarget(draft: ConnectionDraft, transport: RemoteTransport): DraftResult {
  const errors: DraftErrors = {};
  const headers = rowsToRecord(draft.headers, 'header', (n) => (HEADER_NAME.test(n) ? undefined : `Not a valid header name: ${n}`), true);
  if ('error' in headers) errors.headers = headers.error;
  const url = draft.url.trim();
  if (url === '') errors.url = 'A URL is required';
  const oauth = Object.fromEntries(Object.entries(draft.oauth).flatMap(([name, value]) => (value.trim() === '' ? [] : [[name, value.trim()]])));
  const parsed = RemoteTargetSchema.safeParse({
    transport,
    url,
    headers: 'record' in headers ? headers.record : {},
    ...(Object.keys(oauth).length === 0 ? {} : { oauth }),
  });
  if (!parsed.success) Object.assign(errors, { ...fieldErrors(parsed.error.issues), ...errors });
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, target: parsed.data } : { ok: false, errors };
}

/** Validates the draft with the shared schemas; errors are keyed by the field to show them next to. */
export function targetFromDraft(draft: ConnectionDraft): DraftResult {
  return draft.transport === 'stdio' ? stdioTarget(draft) : remoteTarget(draft, draft.transport);
}
