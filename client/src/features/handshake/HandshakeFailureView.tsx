// The Handshake tab of a connection that ended before its handshake: the whole story of the failure
// (the error, the exit code or signal, the command, the last stderr lines) and the way to fix it.
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { formatCommandLine } from '../../../../shared/session/targetReview';
import { Button } from '../../ui/Button';
import { KeyValueList } from '../../ui/KeyValueList';
import { describeStatus } from '../connection/connectionStatus';
import { useEditConnectionSettings } from '../connection/editConnectionSettings';

function exitText(connection: ConnectionSummary): string | undefined {
  const exit = connection.exit;
  if (exit?.signal) return `killed by ${exit.signal}`;
  if (exit?.code !== undefined && exit.code !== null) return `code ${exit.code}`;
  return undefined;
}

function targetText(connection: ConnectionSummary): string {
  const target = connection.target;
  return target.transport === 'stdio' ? formatCommandLine(target.command, target.args) : target.url;
}

export function HandshakeFailureView({ connection }: { connection: ConnectionSummary }) {
  const status = describeStatus(connection);
  const editSettings = useEditConnectionSettings();
  const stdio = connection.target.transport === 'stdio';
  const exit = exitText(connection);
  const facts = [
    { key: 'error', label: 'Error', value: connection.error ?? status.headline },
    ...(exit ? [{ key: 'exit', label: 'Exit', value: exit }] : []),
    { key: 'target', label: stdio ? 'Command' : 'URL', value: targetText(connection) },
  ];
  return (
    <section aria-label="Why there is no handshake" className="flex h-full flex-col gap-3 overflow-auto p-4">
      <h2 className="font-semibold text-red-700 dark:text-red-300">
        {stdio ? 'The server did not start: it ended before the handshake' : 'The connection ended before the handshake'}
      </h2>
      <KeyValueList label="Failure" items={facts} />
      {connection.stderrTail.length > 0 && (
        <section aria-label="Server stderr" className="flex flex-col gap-1">
          <h3 className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">Last stderr lines</h3>
          <pre className="max-h-64 overflow-auto rounded bg-zinc-100 p-2 font-mono text-xs whitespace-pre-wrap text-red-800 dark:bg-zinc-950 dark:text-red-300">
            {connection.stderrTail.join('\n')}
          </pre>
        </section>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {editSettings && (
          <Button variant="primary" onClick={editSettings}>
            {stdio ? 'Edit command' : 'Edit URL'}
          </Button>
        )}
        <span className="text-xs text-zinc-500 dark:text-zinc-400">Fix it in the connection settings, then Connect again. The Log tab has every line the server wrote.</span>
      </div>
    </section>
  );
}
