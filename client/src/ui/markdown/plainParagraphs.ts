// Most descriptions servers write are plain sentences. Those are rendered here as the paragraphs
// react-markdown would make of them, so the first screen (a tool's description) does not fetch the
// ~45 KB markdown renderer. Anything that might be markdown — any markup character, a line that could
// start a list, quote, heading or code block, a possible autolink or entity — goes to the real renderer.
const MARKUP_CHARACTER = /[\\`*_[\]#<>|~&=!]/;
const BLOCK_START = /^( {4,}|\t| *-{2,}| *([-+]|\d+[.)])([ \t]|$))/m;
/** Two spaces before a line break make a `<br>`. */
const HARD_BREAK = / {2,}\n/;
const AUTOLINK = /:\/\/|www\.|@/i;

/** The paragraphs of `text` when it holds no markdown at all, else undefined. */
export function plainParagraphs(text: string): string[] | undefined {
  if (MARKUP_CHARACTER.test(text) || BLOCK_START.test(text) || HARD_BREAK.test(text) || AUTOLINK.test(text)) return undefined;
  // Markdown drops each line's leading and trailing blanks and splits paragraphs at blank lines.
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).join('\n').trim())
    .filter((paragraph) => paragraph !== '');
}
