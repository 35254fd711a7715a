// Import a server from an MCP client config file (Claude Desktop, Cursor, VS Code …) into the new
// connection form, and copy an existing connection out as such a file's entry.
import { useId, useState, type ChangeEvent } from 'react';
import type { ConnectionTarget } from '../../../../shared/connectionTypes';
import { configFileTextFor, configServerName } from '../../../../shared/configFile/configEntry';
import { parseConfigFile, type ConfigServer } from '../../../../shared/configFile/parseConfigFile';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';

export interface ConfigFileImportProps {
  /** Fills the form with the chosen server. */
  onPick: (target: ConnectionTarget) => void;
}

const PLACEHOLDER = /\$\{(env|input):[^}]+\}/;

function hasPlaceholder(target: ConnectionTarget): boolean {
  return PLACEHOLDER.test(JSON.stringify(target));
}

/** "Import config file…": read a file, pick one of its servers, fill the form. */
export function ConfigFileImport({ onPick }: ConfigFileImportProps) {
  const id = useId();
  const [servers, setServers] = useState<{ file: string; list: ConfigServer[] } | undefined>(undefined);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>(undefined);

  function fillFrom(server: ConfigServer, file: string) {
    setServers(undefined);
    if ('error' in server) return setMessage({ error: true, text: `${file}: ${server.error}` });
    onPick(server.target);
    const note = hasPlaceholder(server.target) ? ' Replace the ${…} placeholders (values your client would ask for or read from its environment).' : '';
    setMessage({ error: false, text: `Filled in from "${server.name}" of ${file}.${note}` });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseConfigFile(await file.text(), {}, { keepUnresolved: true });
    if (!parsed.ok) {
      setServers(undefined);
      setMessage({ error: true, text: `${file.name}: ${parsed.error}` });
      return;
    }
    if (parsed.servers.length === 1) return fillFrom(parsed.servers[0]!, file.name);
    setServers({ file: file.name, list: parsed.servers });
    setChosen(parsed.servers[0]!.name);
    setMessage(undefined);
  }

  return (
    <div className="flex flex-col gap-1.5">
      <div>
        <label htmlFor={`${id}-file`} className="inline-flex h-7 cursor-pointer items-center rounded border border-zinc-300 px-2 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
          Import config file…
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" className="sr-only" onChange={(event) => void onFile(event)} />
      </div>
      {servers && (
        <div role="group" aria-label="Servers in the config file" className="flex items-end gap-1.5">
          <label className="flex flex-col gap-0.5 text-sm">
            <span className="font-medium text-zinc-700 dark:text-zinc-300">Server in {servers.file}</span>
            <select value={chosen} onChange={(event) => setChosen(event.target.value)} className="h-7 rounded border border-zinc-300 bg-white px-1.5 dark:border-zinc-600 dark:bg-zinc-800">
              {servers.list.map((server) => (
                <option key={server.name} value={server.name}>
                  {server.name}
                </option>
              ))}
            </select>
          </label>
          <Button onClick={() => fillFrom(servers.list.find((server) => server.name === chosen)!, servers.file)}>Use this server</Button>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={`text-xs ${message.error ? 'text-red-700 dark:text-red-400' : 'text-zinc-600 dark:text-zinc-400'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}

/** "Copy as config entry" in the two shapes clients read. */
export function CopyConfigEntry({ target, serverName }: { target: ConnectionTarget; serverName: string | undefined }) {
  const name = configServerName(target, serverName);
  return (
    <div role="group" aria-label="Copy as config entry" className="flex flex-wrap items-center gap-1 text-xs text-zinc-600 dark:text-zinc-400">
      Copy as config entry:
      <CopyButton label="mcpServers (Claude, Cursor)" text={() => configFileTextFor(target, 'mcpServers', name)} />
      <CopyButton label="VS Code (servers)" text={() => configFileTextFor(target, 'vscode', name)} />
    </div>
  );
}
