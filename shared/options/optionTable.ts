// One declarative description of a command's options, and the three things read from it: parsing argv
// in any order, the option sections of `--help`, and building a command line back from values (the UI's
// "Copy as CLI"). Pure (no process, no fs), so the proxy and the client share it. Node's util.parseArgs
// does not fit under it: a command's options end at the server's command line (`mcp-inspect node s.js
// --port 3` gives `--port 3` to the server), some options take several words (`--prompt-args a=1 b=2`,
// as in the official Inspector), and errors must name the option meant ("did you mean").

/** One option of a command. */
export interface OptionSpec {
  /** The long name without dashes (`url`); also the key of its value. */
  name: string;
  /** A one-letter spelling (`e` for `-e`). */
  short?: string;
  /** Other long spellings accepted for it, e.g. the official Inspector's `server-url` for `url`. */
  aliases?: readonly string[];
  /** flag: no value; value: one value (the last one given wins); list: one value per use, repeatable. */
  kind: 'flag' | 'value' | 'list';
  /** A list option also takes the following words that match this (`--prompt-args a=1 b=2`). */
  moreValues?: RegExp;
  /** The value's placeholder in help (`<url>`, `KEY=VALUE`). */
  valueName?: string;
  /** The values allowed, in the order help lists them. */
  choices?: readonly string[];
  /** Checks one value; returns why it is wrong. */
  check?: (value: string) => string | undefined;
  /** A valid value, so a test can build a command line with every option (never shown). */
  example?: string;
  /** The help section it is listed under. */
  group: string;
  /** One paragraph of help; wrapped to the terminal width by the help formatter. */
  help: string;
  /** Accepted but left out of help (the official Inspector's spellings, `--cli` itself). */
  hidden?: boolean;
}

/** What a command accepts, and what it refuses with a reason rather than "unknown". */
export interface CommandOptions {
  /** How errors name it: `check`, `--cli`. */
  command: string;
  options: readonly OptionSpec[];
  /** Options of other commands that do not apply here, with why (`--port` for check: no UI). */
  refused?: Readonly<Record<string, string>>;
}

/** How many words are options, and where the server's own command line starts. */
export interface ParseMode {
  /** Words of this command before the server's command line (replay's FILE: 1; open's FILE: Infinity). */
  positionals?: number;
  /** Options of this command are still read after the server's command line started (`--cli`). */
  optionsAfterRest?: boolean;
}

export type OptionValues = Record<string, string | true | string[]>;

export interface ParsedCommandLine {
  values: OptionValues;
  positionals: string[];
  /** The server's own command line: everything from the first word past `positionals`, or after `--`. */
  rest: string[];
  /** `--` was given. */
  dashDash: boolean;
}

const isOptionWord = (word: string): boolean => word.startsWith('-') && word !== '-';

/** The spellings of an option, longest first: `--env`, `-e`. */
export function spellings(spec: OptionSpec): string[] {
  return [`--${spec.name}`, ...(spec.aliases ?? []).map((alias) => `--${alias}`), ...(spec.short ? [`-${spec.short}`] : [])];
}

function lookupTable(command: CommandOptions): Map<string, OptionSpec> {
  const byWord = new Map<string, OptionSpec>();
  for (const spec of command.options) for (const word of spellings(spec)) byWord.set(word, spec);
  return byWord;
}

/** Parses argv against a command's options; returns the values, or a usage error sentence. */
export function parseCommandLine(command: CommandOptions, argv: readonly string[], mode: ParseMode = {}): ParsedCommandLine | { error: string } {
  const byWord = lookupTable(command);
  const maxPositionals = mode.positionals ?? 0;
  // Help wins over everything else given with it, even a mistake.
  if (byWord.has('--help') && (findFlag(command, argv, '--help', maxPositionals) !== -1 || findFlag(command, argv, '-h', maxPositionals) !== -1)) {
    return { values: { help: true }, positionals: [], rest: [], dashDash: false };
  }
  const parsed: ParsedCommandLine = { values: {}, positionals: [], rest: [], dashDash: false };
  let restStarted = false;
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index]!;
    if (word === '--') {
      parsed.dashDash = true;
      parsed.rest.push(...argv.slice(index + 1));
      break;
    }
    if (restStarted && !mode.optionsAfterRest) {
      parsed.rest.push(...argv.slice(index));
      break;
    }
    if (!isOptionWord(word)) {
      if (!restStarted && parsed.positionals.length < maxPositionals) parsed.positionals.push(word);
      else {
        restStarted = true;
        parsed.rest.push(word);
      }
      continue;
    }
    const equals = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = equals === -1 ? word : word.slice(0, equals);
    const inline = equals === -1 ? undefined : word.slice(equals + 1);
    const spec = byWord.get(name);
    if (!spec) {
      // After the server's command started, an option we do not know is the server's own.
      if (restStarted) {
        parsed.rest.push(word);
        continue;
      }
      return { error: unknownOption(command, name) };
    }
    const taken = takeValues(spec, name, inline, argv, index, byWord);
    if ('error' in taken) return taken;
    index = taken.next;
    const error = store(parsed.values, spec, name, taken.words);
    if (error) return { error };
  }
  return parsed;
}

/** The words an option takes: none (a flag), its inline `=value`, the next word, and for a list the matching ones after. */
function takeValues(spec: OptionSpec, name: string, inline: string | undefined, argv: readonly string[], index: number, byWord: Map<string, OptionSpec>): { words: string[]; next: number } | { error: string } {
  if (spec.kind === 'flag') return inline === undefined ? { words: [], next: index } : { error: `${name} takes no value` };
  let next = index;
  const words: string[] = [];
  if (inline !== undefined) words.push(inline);
  else {
    const following = argv[next + 1];
    // A valued option takes the next word whatever it looks like, unless that word is one of our options.
    const looksLikeOption = following !== undefined && (following === '--' || byWord.has(following.split('=')[0]!));
    if (following === undefined || looksLikeOption) {
      return { error: `${name} needs a value` };
    }
    words.push(following);
    next++;
  }
  if (spec.moreValues) {
    while (next + 1 < argv.length && !isOptionWord(argv[next + 1]!) && spec.moreValues.test(argv[next + 1]!)) words.push(argv[++next]!);
  }
  return { words, next };
}

function store(values: OptionValues, spec: OptionSpec, name: string, words: string[]): string | undefined {
  for (const word of words) {
    const shown = spec.short ? `-${spec.short}/--${spec.name}` : name;
    if (spec.choices && !spec.choices.includes(word)) return `${shown} must be ${sayChoices(spec.choices)} (got "${word}")`;
    const problem = spec.check?.(word);
    // "--port must be …", "--port needs …"; any other sentence follows a colon.
    if (problem) return `${shown}${/^(must|needs) /.test(problem) ? ' ' : ': '}${problem}`;
  }
  if (spec.kind === 'flag') values[spec.name] = true;
  else if (spec.kind === 'value') values[spec.name] = words[0]!;
  else values[spec.name] = [...((values[spec.name] as string[] | undefined) ?? []), ...words];
  return undefined;
}

/** `a, b or c`. */
export function sayChoices(choices: readonly string[]): string {
  return choices.length === 1 ? choices[0]! : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

function unknownOption(command: CommandOptions, name: string): string {
  const refused = command.refused?.[name];
  if (refused) return `${name} does not apply to ${command.command} (${refused})`;
  const known = command.options.flatMap((spec) => spellings(spec).filter((word) => word.startsWith('--')));
  const near = closest(name, known);
  return `Unknown option ${name}${near ? ` (did you mean ${near}?)` : ''}`;
}

/** The known spelling nearest to a mistyped one, when it is near enough to be the one meant. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(word) && word.length >= 5 ? 1 : editDistance(word, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= (word.length >= 10 ? 2 : 1) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** Scans argv (up to the server's command line) for a flag of this command, e.g. `--cli`; unknown words are skipped. */
export function findFlag(command: CommandOptions, argv: readonly string[], flag: string, positionals = 0): number {
  const byWord = lookupTable(command);
  let seen = 0;
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index]!;
    if (word === flag) return index;
    if (word === '--') return -1;
    if (!isOptionWord(word)) {
      if (++seen > positionals) return -1;
      continue;
    }
    const spec = byWord.get(word);
    if (spec && spec.kind !== 'flag') index++;
  }
  return -1;
}

/** The command-line words that give these values back when parsed (one option word per value). */
export function formatCommandLine(command: CommandOptions, values: OptionValues): string[] {
  const words: string[] = [];
  for (const spec of command.options) {
    const value = values[spec.name];
    if (value === undefined) continue;
    // The short spelling when there is one: `-e` is the only one the official Inspector CLI knows.
    const option = spec.short ? `-${spec.short}` : `--${spec.name}`;
    if (spec.kind === 'flag') words.push(option);
    // A value that starts with a dash is glued on (`--name=-x`), so it cannot be read as an option.
    else for (const one of Array.isArray(value) ? value : [value as string]) words.push(...(one.startsWith('-') ? [`--${spec.name}=${one}`] : [option, one]));
  }
  return words;
}

const HELP_WIDTH = 100;
const HELP_COLUMN = 26;

/** The option sections of a command's help, grouped in the order the groups first appear. */
export function formatOptionHelp(command: CommandOptions, groups?: readonly string[]): string {
  const order = groups ?? [...new Set(command.options.map((spec) => spec.group))];
  return order
    .map((group) => {
      const lines = command.options.filter((spec) => spec.group === group && !spec.hidden).map(formatOption);
      return lines.length === 0 ? '' : `${group}:\n${lines.join('')}`;
    })
    .filter((section) => section !== '')
    .join('\n');
}

function formatOption(spec: OptionSpec): string {
  const names = [...(spec.short ? [`-${spec.short}`] : []), `--${spec.name}`].join(', ');
  const value = spec.kind === 'flag' ? '' : ` ${spec.valueName ?? `<${spec.name}>`}${spec.moreValues ? ' ...' : ''}`;
  const left = `  ${names}${value}`;
  const aliases = spec.aliases?.length ? ` Also spelled ${spec.aliases.map((alias) => `--${alias}`).join(', ')}.` : '';
  const text = wrap(`${spec.help}${aliases}`, HELP_WIDTH - HELP_COLUMN);
  const pad = ' '.repeat(HELP_COLUMN);
  const [first, ...others] = text;
  const head = left.length < HELP_COLUMN - 1 ? `${left.padEnd(HELP_COLUMN)}${first}\n` : `${left}\n${pad}${first}\n`;
  return head + others.map((line) => `${pad}${line}\n`).join('');
}

/** Splits a paragraph into lines of at most `width` characters, at spaces. */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
