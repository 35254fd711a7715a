import { describe, expect, it } from 'vitest';
import { CHECK_COMMAND, CLI_COMMAND, DIFF_COMMAND, EXPORT_COMMAND, MAIN_COMMAND, MOCK_COMMAND, OPEN_COMMAND, REPLAY_COMMAND, TAP_COMMAND } from '../../shared/options/commandTables';
import { spellings, type CommandOptions } from '../../shared/options/optionTable';
import { checkHelpText } from '../check/checkHelpText';
import { diffHelpText } from '../diff/diffHelpText';
import { exportHelpText } from '../export/exportHelpText';
import { mockHelpText } from '../mock/mockHelpText';
import { replayHelpText } from '../replay/replayHelpText';
import { tapHelpText } from '../tap/tapHelpText';
import { helpText } from './helpText';

/** Every `--option` a text names. */
const namedOptions = (text: string) => new Set(text.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? []);
const known = (...tables: CommandOptions[]) => new Set(tables.flatMap((table) => table.options.flatMap(spellings)));

describe('help is generated from the option tables', () => {
  const cases: [string, string, CommandOptions[], CommandOptions[]][] = [
    // [name, text, tables whose every option it lists, tables whose options it may name]
    ['mcp-inspect --help', helpText('1.2.3'), [MAIN_COMMAND], [MAIN_COMMAND, CLI_COMMAND, OPEN_COMMAND, EXPORT_COMMAND, MOCK_COMMAND, DIFF_COMMAND, TAP_COMMAND]],
    ['diff --help', diffHelpText(), [DIFF_COMMAND], [DIFF_COMMAND]],
    ['check --help', checkHelpText(), [CHECK_COMMAND], [CHECK_COMMAND]],
    ['replay --help', replayHelpText(), [REPLAY_COMMAND], [REPLAY_COMMAND]],
    ['export --help', exportHelpText(), [EXPORT_COMMAND], [EXPORT_COMMAND]],
    ['mock --help', mockHelpText(), [MOCK_COMMAND], [MOCK_COMMAND, REPLAY_COMMAND]],
    ['tap --help', tapHelpText(), [TAP_COMMAND], [TAP_COMMAND]],
  ];

  it.each(cases)('%s lists every option of its command and names no option that does not exist', (_name, text, listed, allowed) => {
    for (const table of listed) for (const spec of table.options.filter((one) => !one.hidden)) expect(text).toMatch(new RegExp(`^  (-\\w, )?--${spec.name}\\b`, 'm'));
    const allowedWords = known(...allowed);
    for (const word of namedOptions(text)) expect(allowedWords.has(word) || word === '--cli', word).toBe(true);
  });

  it('lists the request options of --cli in the main help', () => {
    const text = helpText('1.2.3');
    for (const spec of CLI_COMMAND.options.filter((one) => one.group.startsWith('Request'))) expect(text).toMatch(new RegExp(`^  (-\\w, )?--${spec.name}\\b`, 'm'));
  });
});
