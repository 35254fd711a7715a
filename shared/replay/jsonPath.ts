// Paths into a JSON value, as the replay report prints them (`result.content[0].text`), and the globs
// that select them (`result.content[*].text`, `**.timestamp`) for `--ignore`.

/** One step into a value: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `result.content[0].text`; a key that is not a plain name is quoted: `result["a.b"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? '(the whole value)' : text;
}

/** One step of a glob: a literal key or index, `*` (any one key or index), `[*]` (any index), `**` (any steps). */
type GlobSegment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'anyOne' } | { kind: 'anyIndex' } | { kind: 'anyDepth' };

/** A compiled path glob; `matches` tests a whole path (anchored at both ends). */
export interface PathGlob {
  source: string;
  matches(path: readonly PathSegment[]): boolean;
}

export class PathGlobError extends Error {
  override readonly name = 'PathGlobError';
}

function parseGlob(source: string): GlobSegment[] {
  const segments: GlobSegment[] = [];
  const pattern = /\[(\*|\d+|"(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(source)) !== null) {
    consumed = pattern.lastIndex;
    const [, bracket, bare] = match;
    if (bracket === '*') segments.push({ kind: 'anyIndex' });
    else if (bracket !== undefined && /^\d+$/.test(bracket)) segments.push({ kind: 'index', index: Number(bracket) });
    else if (bracket !== undefined) segments.push({ kind: 'key', key: JSON.parse(bracket) as string });
    else if (bare === '**') segments.push({ kind: 'anyDepth' });
    else if (bare === '*') segments.push({ kind: 'anyOne' });
    else segments.push({ kind: 'key', key: bare! });
    if (pattern.lastIndex === source.length) break;
  }
  if (source.trim() === '' || consumed !== source.length) {
    throw new PathGlobError(`"${source}" is not a JSON path glob (e.g. result.content[*].text, **.timestamp, error.message).`);
  }
  return segments;
}

function matchFrom(glob: readonly GlobSegment[], gi: number, path: readonly PathSegment[], pi: number): boolean {
  if (gi === glob.length) return pi === path.length;
  const step = glob[gi]!;
  if (step.kind === 'anyDepth') {
    for (let skip = pi; skip <= path.length; skip++) if (matchFrom(glob, gi + 1, path, skip)) return true;
    return false;
  }
  if (pi === path.length) return false;
  const segment = path[pi]!;
  const fits =
    step.kind === 'anyOne' ||
    (step.kind === 'anyIndex' && typeof segment === 'number') ||
    (step.kind === 'index' && segment === step.index) ||
    (step.kind === 'key' && segment === step.key);
  return fits && matchFrom(glob, gi + 1, path, pi + 1);
}

/** Compiles a glob; throws PathGlobError with an example when it cannot be read. */
export function compilePathGlob(source: string): PathGlob {
  const segments = parseGlob(source.trim());
  return { source, matches: (path) => matchFrom(segments, 0, path, 0) };
}
