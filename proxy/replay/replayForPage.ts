// The `replaySession` request of the UI: replays the session this proxy shows (or a file the page
// names) and records the replay where the proxy records (a new file in its sessions folder, or not
// at all with --no-record).
import path from 'node:path';
import type { LaunchInfo, RequestParams, RequestResult } from '../../shared/inspectorProtocol';
import type { RecordingConfig } from '../sessions/recordingConfig';
import { DEFAULT_REPLAY_TIMEOUT_MS } from './parseReplayArgs';
import { runReplay } from './runReplay';

export async function replayForPage(launch: LaunchInfo, params: RequestParams<'replaySession'>, recording: RecordingConfig): Promise<RequestResult<'replaySession'>> {
  const file = params.file ?? launch.recordedSession?.file;
  if (file === undefined) throw new Error('No session to replay: this inspector shows no recorded session, and the request names no file.');
  const warnings: string[] = [];
  return runReplay({
    file: path.resolve(file),
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
