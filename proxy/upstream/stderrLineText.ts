// A server's stderr line as a terminal shows it. Servers colour their logs (chalk, pino-pretty, winston)
// and redraw a progress bar with carriage returns; shown as text in the log, the start-failure panel, a
// finding or check's report, the escape sequences were noise (ESC drawn as a box, "[31mERROR[39m") and
// every redraw was kept side by side. The bytes themselves still reach a tap's host unchanged.
import { stripVTControlCharacters } from 'node:util';

/** Control characters a terminal does not print (all of C0 and DEL but the tab), once escapes are gone. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const UNPRINTED_CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** The line without escape sequences, each carriage return overwriting from the line's start as on a terminal. */
export function stderrLineText(line: string): string {
  const plain = stripVTControlCharacters(line);
  if (plain.includes('\r')) return overwritten(plain).replace(UNPRINTED_CONTROLS, '');
  return plain.replace(UNPRINTED_CONTROLS, '');
}

/** "50%\r100%" shows "100%"; "abcdef\rXY" shows "XYcdef". */
function overwritten(text: string): string {
  let screen = '';
  for (const segment of text.split('\r')) screen = segment + screen.slice(segment.length);
  return screen;
}
