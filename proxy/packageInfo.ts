// Where the installed package lives and which version it is. Found by walking up from this module, so
// it works from the bundle (dist/proxy/main.cjs) and from the sources (proxy/*.ts run by tsx or vitest).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'mcp-inspect';

export interface PackageInfo {
  root: string;
  version: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  cached ??= findPackage(path.dirname(fileURLToPath(import.meta.url)));
  return cached;
}

function findPackage(start: string): PackageInfo {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
      if (parsed.name === PACKAGE_NAME) return { root: dir, version: String(parsed.version) };
    }
    if (path.dirname(dir) === dir) throw new Error(`Could not find the ${PACKAGE_NAME} package above ${start}`);
  }
}
