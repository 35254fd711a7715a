// What `mcp-inspect replay` prints: one line per request with its verdict, the differences under it,
// and a summary. Colour only when asked (stdout is a TTY and NO_COLOR is unset).
import { previewValue, REPLAY_VERDICT_LABELS, type ReplayedRequest, type ReplayReport, type ReplayVerdict } from '../../shared/replay';
import { targetLabel } from '../inspector/connectionLabel';

const VERDICT_ORDER: readonly ReplayVerdict[] = ['same', 'changed', 'failed', 'missing', 'newError'];
const COLOURS: Record<ReplayVerdict, string> = { same: '32', changed: '33', failed: '31', missing: '31', newError: '31' };
const VERDICT_WIDTH = Math.max(...Object.values(REPLAY_VERDICT_LABELS).map((label) => label.length));

function differenceLines(request: ReplayedRequest): string[] {
  return request.differences.map((difference) => {
    if (difference.kind === 'added') return `+ ${difference.path}: ${previewValue(difference.after)}`;
    if (difference.kind === 'removed') return `- ${difference.path}: ${previewValue(difference.before)}`;
    return `~ ${difference.path}: ${previewValue(difference.before)} → ${previewValue(difference.after)}`;
  });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function replayText(report: ReplayReport, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const against = targetLabel(report.target);
  if (report.outcome === 'connect-failed') {
    lines.push(`Could not connect to ${against}: ${report.error ?? 'unknown error'}`);
    if (report.stderrTail && report.stderrTail.length > 0) lines.push('Last lines on stderr:', ...report.stderrTail.map((line) => `  ${line}`));
  } else {
    const server = report.server?.name === undefined ? against : `${report.server.name}${report.server.version ? ` ${report.server.version}` : ''}`;
    lines.push(`Replaying ${plural(report.requests.length, 'request')} of ${report.connectionId} from ${report.file} (recorded ${report.recordedAt}) against ${server}`, '');
  }
  for (const request of report.requests) {
    const label = REPLAY_VERDICT_LABELS[request.verdict].padEnd(VERDICT_WIDTH);
    const what = request.subject === undefined ? request.method : `${request.method} ${request.subject}`;
    lines.push(`${paint(COLOURS[request.verdict], label)}  ${what}`);
    if (request.verdict !== 'same') lines.push(`${' '.repeat(VERDICT_WIDTH + 2)}${request.reason}`);
    for (const line of differenceLines(request)) lines.push(`${' '.repeat(VERDICT_WIDTH + 4)}${line}`);
  }
  if (report.outcome === 'replayed') {
    const counts = VERDICT_ORDER.filter((verdict) => report.counts[verdict] > 0).map((verdict) => `${report.counts[verdict]} ${REPLAY_VERDICT_LABELS[verdict]}`);
    const ignored = report.requests.reduce((sum, request) => sum + request.ignored.length, 0);
    lines.push('', `${counts.length > 0 ? counts.join(', ') : 'Nothing to replay'}.${ignored > 0 ? ` ${plural(ignored, 'volatile difference')} ignored.` : ''}`);
    const { answered, refused } = report.serverRequests;
    if (answered + refused > 0) lines.push(`Server requests: ${answered} answered from the recording, ${refused} refused (not in the recording).`);
  }
  if (report.recordedTo) lines.push(`The replay was recorded to ${report.recordedTo}`);
  return `${lines.join('\n')}\n`;
}
