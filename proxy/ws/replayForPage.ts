// The `replaySession` request of the UI: replays the session this proxy shows (or a file the page
// names) and records the replay where the proxy records (a new file in its sessions folder, or not
// at all with --no-record).
import path from 'node:path';
import type { LaunchInfo, RequestParams, RequestResult } from '../../shared/inspectorProtocol';
import { sameTarget } from '../../shared/session';
import type { RecordingConfig } from '../sessions/recordingConfig';
import { DEFAULT_REPLAY_TIMEOUT_MS } from '../../shared/options/commandTables';
import { loadReplaySource, runReplay } from '../headless/runReplay';

function sessionFile(launch: LaunchInfo, file: string | undefined): string {
  const chosen = file ?? launch.recordedSession?.file;
  if (chosen === undefined) throw new Error('No session to replay: this inspector shows no recorded session, and the request names no file.');
  return path.resolve(chosen);
}

/** The `previewReplay` request: what a replay of the recorded target would run, for the person to confirm. */
export function previewReplayForPage(launch: LaunchInfo, params: RequestParams<'previewReplay'>): RequestResult<'previewReplay'> {
  const { recorded, target } = loadReplaySource({ file: sessionFile(launch, params.file), connectionId: params.connectionId, warn: () => {} });
  return { connectionId: recorded.id, target };
}

export async function replayForPage(launch: LaunchInfo, params: RequestParams<'replaySession'>, recording: RecordingConfig): Promise<RequestResult<'replaySession'>> {
  const warnings: string[] = [];
  const { confirmedTarget } = params;
  return runReplay({
    file: sessionFile(launch, params.file),
    // The recorded target runs only when the page names exactly it as confirmed (the dialog shows it).
    confirmRecordedTarget: (target) => confirmedTarget !== undefined && sameTarget(target, confirmedTarget),
    ...(params.connectionId === undefined ? {} : { connectionId: params.connectionId }),
    ...(params.target === undefined ? {} : { target: params.target }),
    ignore: params.ignore ?? [],
    timeoutMs: params.timeoutMs ?? DEFAULT_REPLAY_TIMEOUT_MS,
    recording,
    inspectorVersion: launch.inspectorVersion,
    // Damaged lines were reported when the session was opened.
    warn: (message) => warnings.push(message),
  });
}
