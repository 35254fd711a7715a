import { describe, expect, it } from 'vitest';
import { COMMAND_TABLES, MAIN_COMMAND } from './commandTables';
import { formatCommandLine, formatOptionHelp, parseCommandLine, spellings, type CommandOptions, type OptionSpec, type OptionValues } from './optionTable';

/** A value for every option of a table: flags on, a list given twice, each from the option's own example. */
function everyOption(table: CommandOptions): OptionValues {
  const values: OptionValues = {};
  for (const spec of table.options) {
    if (spec.name === 'help') continue; // help answers alone, whatever else is given
    if (spec.kind === 'flag') values[spec.name] = true;
    else {
      expect(spec.example, `--${spec.name} of ${table.command} needs an example`).toBeDefined();
      values[spec.name] = spec.kind === 'list' ? [spec.example!, spec.example!] : spec.example!;
    }
  }
  return values;
}

const demo: CommandOptions = {
  command: 'demo',
  options: [
    { name: 'json', kind: 'flag', group: 'G', help: 'j' },
    { name: 'url', aliases: ['server-url'], kind: 'value', group: 'G', help: 'u' },
    { name: 'env', short: 'e', kind: 'list', group: 'G', help: 'e' },
    { name: 'pair', kind: 'list', moreValues: /=/, group: 'G', help: 'p' },
    { name: 'mode', kind: 'value', choices: ['a', 'b', 'c'], group: 'G', help: 'm' },
    { name: 'help', short: 'h', kind: 'flag', group: 'G', help: 'h' },
  ],
  refused: { '--port': 'no UI here' },
};
const parse = (argv: string[], mode = {}) => parseCommandLine(demo, argv, mode);

describe('parseCommandLine', () => {
  it('reads options in any order, as --name value or --name=value, with aliases and short names', () => {
    const expected = { values: { json: true, url: 'u', env: ['A=1', 'B=2'] }, positionals: [], rest: ['cmd'], dashDash: false };
    expect(parse(['--json', '--url', 'u', '-e', 'A=1', '--env=B=2', 'cmd'])).toEqual(expected);
    expect(parse(['-e', 'A=1', '--server-url=u', '--env', 'B=2', '--json', 'cmd'])).toEqual(expected);
  });

  it('gives a valued option its value even when it looks like an option, unless it is one of ours', () => {
    expect(parse(['--url', '-weird'])).toMatchObject({ values: { url: '-weird' } });
    expect(parse(['--url', '--json'])).toEqual({ error: '--url needs a value' });
    expect(parse(['--url'])).toEqual({ error: '--url needs a value' });
  });

  it('ends options at -- and at the first word past the positionals, unless options may follow', () => {
    expect(parse(['--', '--json'])).toEqual({ values: {}, positionals: [], rest: ['--json'], dashDash: true });
    expect(parse(['FILE', '--json', 'cmd', '--json'], { positionals: 1 })).toEqual({ values: { json: true }, positionals: ['FILE'], rest: ['cmd', '--json'], dashDash: false });
    expect(parse(['cmd', '--own', '--json', 'x'], { optionsAfterRest: true })).toEqual({ values: { json: true }, positionals: [], rest: ['cmd', '--own', 'x'], dashDash: false });
  });

  it('takes the following key=value words of a multi-word option', () => {
    expect(parse(['--pair', 'a=1', 'b=2', 'cmd', 'c=3'])).toMatchObject({ values: { pair: ['a=1', 'b=2'] }, rest: ['cmd', 'c=3'] });
  });

  it('says what is wrong: unknown (with the option meant), refused, no value expected, not a choice', () => {
    expect(parse(['--jsn'])).toEqual({ error: 'Unknown option --jsn (did you mean --json?)' });
    expect(parse(['--frobnicate'])).toEqual({ error: 'Unknown option --frobnicate' });
    expect(parse(['--port', '1'])).toEqual({ error: '--port does not apply to demo (no UI here)' });
    expect(parse(['--json=1'])).toEqual({ error: '--json takes no value' });
    expect(parse(['--mode', 'd'])).toEqual({ error: '--mode must be a, b or c (got "d")' });
  });

  it('answers help whatever else is given before the command', () => {
    expect(parse(['--bogus', '-h'])).toMatchObject({ values: { help: true } });
    expect(parse(['cmd', '--help'])).toMatchObject({ values: {}, rest: ['cmd', '--help'] });
  });
});

describe('every option of every command table', () => {
  it('has one meaning per spelling, a group and help', () => {
    for (const table of COMMAND_TABLES) {
      const words = table.options.flatMap(spellings);
      expect(new Set(words).size, table.command).toBe(words.length);
      for (const spec of table.options) expect(spec.help.length, `--${spec.name}`).toBeGreaterThan(0);
    }
  });

  it('round-trips: the command line built from values parses back to the same values', () => {
    for (const table of COMMAND_TABLES) {
      const values = everyOption(table);
      const argv = formatCommandLine(table, values);
      for (const spec of table.options.filter((one: OptionSpec) => one.name !== 'help')) expect(argv.some((word) => spellings(spec).includes(word.split('=')[0]!)), `--${spec.name}`).toBe(true);
      const parsed = parseCommandLine(table, argv, { optionsAfterRest: true });
      expect(parsed, table.command).toEqual({ values, positionals: [], rest: [], dashDash: false });
    }
  });

  it('lists every visible option in the generated help, under its group', () => {
    for (const table of COMMAND_TABLES) {
      const help = formatOptionHelp(table);
      for (const spec of table.options.filter((one) => !one.hidden)) expect(help, `${table.command} --${spec.name}`).toMatch(new RegExp(`^  (-\\w, )?--${spec.name}\\b`, 'm'));
      for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    }
    expect(formatOptionHelp(MAIN_COMMAND)).toMatch(/Also spelled\s+--server-url/);
  });
});
