// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedValue } from './useDebouncedValue';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useDebouncedValue', () => {
  it('settles on the last value once typing pauses', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 200), { initialProps: { value: '' } });
    rerender({ value: 'E' });
    act(() => void vi.advanceTimersByTime(150));
    rerender({ value: 'En' });
    act(() => void vi.advanceTimersByTime(150));
    expect(result.current).toBe('');
    act(() => void vi.advanceTimersByTime(50));
    expect(result.current).toBe('En');
  });
});
