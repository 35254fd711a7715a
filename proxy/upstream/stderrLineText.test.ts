import { describe, expect, it } from 'vitest';
import { stderrLineText } from './stderrLineText';

describe('stderrLineText', () => {
  it('drops colour and other escape sequences (chalk, pino-pretty, a hyperlink)', () => {
    expect(stderrLineText('\u001b[31mERROR\u001b[39m [02:53:40.313] (27283): \u001b[36mGITLAB_PERSONAL_ACCESS_TOKEN is not set\u001b[39m')).toBe(
      'ERROR [02:53:40.313] (27283): GITLAB_PERSONAL_ACCESS_TOKEN is not set',
    );
    expect(stderrLineText('\u001b[1;33mwarn\u001b[0m: slow')).toBe('warn: slow');
    expect(stderrLineText('see \u001b]8;;https://example.com\u0007the docs\u001b]8;;\u0007')).toBe('see the docs');
  });

  it('shows what a terminal shows after carriage returns: the last redraw, over what was longer', () => {
    expect(stderrLineText('Downloading 10%\rDownloading 55%\rDownloading 100%')).toBe('Downloading 100%');
    expect(stderrLineText('abcdef\rXY')).toBe('XYcdef');
    expect(stderrLineText('done\r')).toBe('done');
  });

  it('keeps tabs and text, drops other control characters, and leaves a plain line as it is', () => {
    expect(stderrLineText('a\tb\u0007\u0000c\u007f')).toBe('a\tbc');
    const plain = 'Server running on stdio — ünïcode 🚀';
    expect(stderrLineText(plain)).toBe(plain);
  });
});
