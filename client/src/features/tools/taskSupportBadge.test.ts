import { describe, expect, it } from 'vitest';
import { readToolFacts } from './toolFacts';
import { taskSupportBadge } from './taskSupportBadge';

const badgeOf = (execution: unknown) => taskSupportBadge(readToolFacts({ name: 't', execution }).taskSupport);

describe('taskSupportBadge', () => {
  it('shows each declared value of the spec, forbidden in a quiet tone', () => {
    expect(badgeOf({ taskSupport: 'forbidden' })).toMatchObject({ label: 'tasks: forbidden', tone: 'neutral' });
    expect(badgeOf({ taskSupport: 'optional' })).toMatchObject({ label: 'tasks: optional', tone: 'accent' });
    expect(badgeOf({ taskSupport: 'required' })).toMatchObject({ label: 'tasks: required', tone: 'accent' });
    expect(badgeOf({ taskSupport: 'required' })?.title).toMatch(/must be called as a task/);
  });

  it('shows nothing when the tool declares no task support', () => {
    expect(badgeOf(undefined)).toBeUndefined();
    expect(badgeOf({})).toBeUndefined();
  });

  it('flags a value outside the spec instead of passing it off as known', () => {
    expect(badgeOf({ taskSupport: 'always' })).toMatchObject({ label: 'tasks: always?', tone: 'warning' });
    expect(badgeOf({ taskSupport: 'toString' })).toMatchObject({ tone: 'warning' });
  });
});
