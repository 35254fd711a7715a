// Installs the corpus's own dependencies (`npm ci` here) when node_modules is missing or was installed
// from another package-lock.json. Runs before the e2e tests (root `pretest:e2e`) and in .ci/run, so a
// clean clone needs nothing else; a second run with nothing changed is a no-op.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = path.dirname(fileURLToPath(import.meta.url));
const lockHash = createHash('sha256').update(readFileSync(path.join(corpusDir, 'package-lock.json'))).digest('hex');
const stampFile = path.join(corpusDir, 'node_modules', '.corpus-lock-sha256');

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === lockHash) process.exit(0);

console.log('== Installing the real-server corpus (e2e/corpus)');
// No install scripts: every corpus package is plain JavaScript, and none of them needs one.
const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
  cwd: corpusDir,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  console.error(`npm ci in ${corpusDir} failed (exit ${result.status ?? result.signal})`);
  process.exit(1);
}
writeFileSync(stampFile, lockHash);
