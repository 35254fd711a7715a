// The mark of a listed item that changed since it was first listed, kept to one word so a row stays on
// one line: its strongest ("changed after use" over "breaking" over "changed"; or "new"). Every word is
// in the tooltip and in the text a screen reader reads; the detail says the rest.
import { Badge, type BadgeTone } from '../../ui/Badge';
import { driftWords, type DriftMark } from './listDrift';

const TONE: Record<string, BadgeTone> = { new: 'success', changed: 'info', breaking: 'warning', 'changed after use': 'danger' };

const MEANING: Record<string, string> = {
  new: 'added since first listed in this session',
  changed: 'its definition changed since first listed in this session',
  breaking: 'a client built against the first definition may now fail',
  'changed after use': 'its description or input schema changed after it was called in this session',
};

export function DriftBadge({ mark }: { mark: DriftMark | undefined }) {
  if (!mark) return null;
  const words = driftWords(mark);
  const strongest = words.at(-1)!;
  return (
    <span className="shrink-0">
      <span className="sr-only">{words.join(', ')}</span>
      <span aria-hidden="true">
        <Badge tone={TONE[strongest]} title={words.map((word) => `${word}: ${MEANING[word]}`).join('\n')}>
          {strongest}
        </Badge>
      </span>
    </span>
  );
}
