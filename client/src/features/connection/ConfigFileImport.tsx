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

/**
 * What the browser knows of the file's variables: only the path separator (the proxy runs on this
 * machine). The file's folder, the home folder and the environment stay unknown, so those variables
 * are kept and listed for the person to fill in.
 */
function browserContext() {
  return { pathSeparator: /Windows/i.test(navigator.userAgent) ? '\\' : '/' };
}

/** " Before connecting, replace ${input:key} (…), ${workspaceFolder} (…)." or nothing. */
function neededNote(needs: Record<string, string> | undefined): string {
  const entries = Object.entries(needs ?? {});
  if (entries.length === 0) return '';
  return ` Before connecting, replace ${entries.map(([token, meaning]) => `${token} (${meaning})`).join(', ')}.`;
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
    // The browser cannot read other files: say so rather than start the server without them.
    const envFile = server.envFile === undefined ? '' : ` Its envFile (${server.envFile}) is not read here: add its variables to the environment.`;
    setMessage({ error: false, text: `Filled in from "${server.name}" of ${file}.${neededNote(server.needs)}${envFile}` });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseConfigFile(await file.text(), browserContext(), { keepUnresolved: true });
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
        <input id={`${id}-file`} type="file" accept=".json,.jsonc,application/json" className="sr-only" onChange={(event) => void onFile(event)} />
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
