// Golden files: real recorded sessions (e2e/assets, recorded by the built proxy) exported to each
// format and compared byte for byte with shared/artifacts/golden/. After a deliberate change to an
// export, rewrite them with `UPDATE_GOLDEN=1 npx vitest run shared/artifacts/exportGolden.test.ts`
// and review the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSession } from '../session';
import { exportFileName, type ExportFormat } from './exportFormats';
import { ExportError, exportSession } from './exportSession';

const golden = (name: string) => path.resolve('shared/artifacts/golden', name);
const asset = (name: string) => readSession(readFileSync(path.resolve('e2e/assets', name), 'utf8'));

const CASES: [session: string, format: ExportFormat][] = [
  ['everything.session.jsonl', 'otlp'],
  ['everything.session.jsonl', 'jsonl'],
  ['everything-http.session.jsonl', 'otlp'],
  ['everything-http.session.jsonl', 'har'],
  ['everything-http.session.jsonl', 'jsonl'],
];

describe('exports of recorded sessions match their golden files', () => {
  for (const [session, format] of CASES) {
    const file = exportFileName(session.replace('.session.jsonl', '.jsonl'), format);
    it(`${session} as ${format} (golden/${file})`, async () => {
      const text = await exportSession(asset(session), format);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(file), text);
      expect(text).toBe(readFileSync(golden(file), 'utf8'));
      // The same session always exports to the same bytes.
      expect(await exportSession(asset(session), format)).toBe(text);
    });
  }

  it('refuses HAR for a stdio session, in words that say why', async () => {
    await expect(exportSession(asset('everything.session.jsonl'), 'har')).rejects.toThrow(new ExportError("HAR holds HTTP exchanges; this session's connections are stdio. Export OTLP or JSONL instead."));
  });

  it('exports one connection when asked, and names the ones there are when it does not exist', async () => {
    const one = await exportSession(asset('everything.session.jsonl'), 'jsonl', { connectionId: 'c1' });
    expect(one).toBe(readFileSync(golden('everything.messages.jsonl'), 'utf8'));
    await expect(exportSession(asset('everything.session.jsonl'), 'otlp', { connectionId: 'c7' })).rejects.toThrow('The session has no connection "c7" (it has c1).');
  });
});
