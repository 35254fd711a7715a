// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFocusedSelection, type FocusRequest } from './useFocusedSelection';

describe('useFocusedSelection', () => {
  it('starts on the focused item, keeps the person\'s choice, and follows each new request once', () => {
    let focused = 0;
    const { result, rerender } = renderHook(({ focus }: { focus: FocusRequest | undefined }) => useFocusedSelection(focus, (id) => id, () => focused++), {
      initialProps: { focus: { itemKey: 'demo://a', serial: 1 } },
    });
    expect(result.current[0]).toBe('demo://a');
    act(() => result.current[1]('demo://b'));
    rerender({ focus: { itemKey: 'demo://a', serial: 1 } });
    expect(result.current[0]).toBe('demo://b');
    rerender({ focus: { itemKey: 'demo://a', serial: 2 } });
    expect(result.current[0]).toBe('demo://a');
    expect(focused).toBe(1);
  });

  it('selects nothing without a request', () => {
    const { result } = renderHook(() => useFocusedSelection(undefined, (id) => id));
    expect(result.current[0]).toBeUndefined();
  });
});
