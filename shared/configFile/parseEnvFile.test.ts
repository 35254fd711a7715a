import { describe, expect, it } from 'vitest';
import { parseEnvFile } from './parseEnvFile';

describe('parseEnvFile', () => {
  it('reads KEY=value lines, export, comments and quoted values', () => {
    const text = ['# secrets', 'API_KEY=abc123', 'export REGION = eu-west-1  # where', '', 'GREETING="hello\\nworld"', "RAW='a # not a comment'", 'EMPTY='].join('\n');
    expect(parseEnvFile(text)).toEqual({ ok: true, env: { API_KEY: 'abc123', REGION: 'eu-west-1', GREETING: 'hello\nworld', RAW: 'a # not a comment', EMPTY: '' } });
  });

  it('names the first line that is not KEY=value', () => {
    expect(parseEnvFile('A=1\r\njust words\n')).toEqual({ ok: false, error: 'line 2 is not KEY=value' });
  });
});
