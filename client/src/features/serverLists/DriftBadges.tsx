// The marks of a listed item that changed since it was first listed. The words carry the meaning
// (and are in the row's accessible name); the tone sets "breaking" and "changed after use" apart.
import { Badge, type BadgeTone } from '../../ui/Badge';
import { driftWords, type DriftMark } from './listDrift';

const TONE: Record<string, BadgeTone> = { new: 'success', changed: 'info', breaking: 'warning', 'changed after use': 'danger' };

const TOOLTIP: Record<string, string> = {
  new: 'Added since the list was first listed in this session',
  changed: 'Its definition changed since first listed in this session',
  breaking: 'A client built against the first definition may now fail',
  'changed after use': 'Its description or input schema changed after it was called in this session',
};

export function DriftBadges({ mark }: { mark: DriftMark | undefined }) {
  if (!mark) return null;
  return (
    <span className="flex shrink-0 items-center gap-1">
      {driftWords(mark).map((word) => (
        <Badge key={word} tone={TONE[word]} title={TOOLTIP[word]}>
          {word}
        </Badge>
      ))}
    </span>
  );
}
