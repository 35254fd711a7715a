// The sessions folder as the Sessions page may touch it: a session is named by its file name, and a
// name only ever resolves to a regular `.jsonl` file directly inside the folder. Path separators,
// dot-files, other extensions and symbolic links (which could point anywhere) are refused.
import { lstatSync, mkdirSync, readdirSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';

/** A request the folder refuses, with the HTTP status that says why. */
export class SessionFolderError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

const SESSION_NAME = /^[^/\\\0]+\.jsonl$/;

export interface SessionFile {
  id: string;
  file: string;
  stats: Stats;
}

export class SessionFolder {
  constructor(readonly dir: string) {}

  /** The file a session id names, checked: inside the folder, a regular file, not a link. */
  resolve(id: string): SessionFile {
    if (!SESSION_NAME.test(id) || id.startsWith('.') || path.basename(id) !== id) {
      throw new SessionFolderError(400, `"${id}" is not a session file name (a .jsonl file in the sessions folder).`);
    }
    const file = path.join(this.dir, id);
    let stats: Stats;
    try {
      stats = lstatSync(file);
    } catch {
      throw new SessionFolderError(404, `There is no session "${id}" in ${this.dir}.`);
    }
    if (stats.isSymbolicLink()) throw new SessionFolderError(400, `"${id}" is a symbolic link: only files inside the sessions folder are served.`);
    if (!stats.isFile()) throw new SessionFolderError(400, `"${id}" is not a file.`);
    return { id, file, stats };
  }

  /** Every session file in the folder (an absent folder holds none). */
  list(): SessionFile[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      try {
        return [this.resolve(name)];
      } catch {
        return [];
      }
    });
  }

  delete(id: string): void {
    unlinkSync(this.resolve(id).file);
  }

  /**
   * Stores an imported file under a name made from the one it had (made safe, `.jsonl`), never
   * replacing a file: `name-2.jsonl` and so on when the name is taken. Returns the id.
   */
  store(wantedName: string, content: Buffer): string {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const base = importBaseName(wantedName);
    for (let attempt = 1; attempt < 1000; attempt++) {
      const id = attempt === 1 ? `${base}.jsonl` : `${base}-${attempt}.jsonl`;
      try {
        writeFileSync(path.join(this.dir, id), content, { flag: 'wx', mode: 0o600 });
        return id;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    throw new SessionFolderError(409, `Too many files named like "${base}" in ${this.dir}.`);
  }
}

/** The file name an import is stored under, without extension: its own name, reduced to safe characters. */
export function importBaseName(wantedName: string): string {
  const base = path.basename(wantedName.replaceAll('\\', '/')).replace(/\.(jsonl|ndjson|json|txt)$/i, '');
  const safe = base.replace(/[^\w.@+-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100);
  return safe === '' ? 'imported-session' : safe;
}
