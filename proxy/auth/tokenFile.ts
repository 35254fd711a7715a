// `--oauth-token-file FILE`: OAuth tokens and dynamically registered clients kept across runs, per
// server URL, in a file only the user can read (0600). Without it they live in memory only.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { StoredOAuthClientInformation, StoredOAuthTokens } from '@modelcontextprotocol/client';

export interface SavedCredentials {
  tokens?: StoredOAuthTokens | undefined;
  client?: StoredOAuthClientInformation | undefined;
}

export interface TokenFile {
  read(serverUrl: string): SavedCredentials | undefined;
  write(serverUrl: string, credentials: SavedCredentials): void;
}

export function openTokenFile(file: string): TokenFile {
  const readAll = (): Record<string, SavedCredentials> => {
    if (!existsSync(file)) return {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, SavedCredentials>) : {};
    } catch (error) {
      throw new Error(`The OAuth token file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
  };
  return {
    read: (serverUrl) => readAll()[serverUrl],
    write: (serverUrl, credentials) => {
      const all = { ...readAll(), [serverUrl]: credentials };
      writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
      // `mode` only applies when the file is created; an existing file is narrowed too.
      chmodSync(file, 0o600);
    },
  };
}
