import { describe, expect, it } from 'vitest';
import { readToolFacts } from './toolFacts';
import { taskSupportBadge } from './taskSupportBadge';

const badgeOf = (execution: unknown) => taskSupportBadge(readToolFacts({ name: 't', execution }).taskSupport);

describe('taskSupportBadge', () => {
  it('shows the values that change how the tool is called', () => {
    expect(badgeOf({ taskSupport: 'optional' })).toMatchObject({ label: 'tasks: optional', tone: 'accent' });
    expect(badgeOf({ taskSupport: 'required' })).toMatchObject({ label: 'tasks: required', tone: 'accent' });
    expect(badgeOf({ taskSupport: 'required' })?.title).toMatch(/must be called as a task/);
  });

  // "forbidden" is the default and how nearly every tool is called: a badge on each of them is noise (issue 14).
  it('shows nothing for forbidden, declared or by default', () => {
    expect(badgeOf({ taskSupport: 'forbidden' })).toBeUndefined();
    expect(badgeOf(undefined)).toBeUndefined();
    expect(badgeOf({})).toBeUndefined();
  });

  it('flags a value outside the spec instead of passing it off as known', () => {
    expect(badgeOf({ taskSupport: 'always' })).toMatchObject({ label: 'tasks: always?', tone: 'warning' });
    expect(badgeOf({ taskSupport: 'toString' })).toMatchObject({ tone: 'warning' });
  });
});
