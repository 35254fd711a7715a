// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFocusableSelection, type FocusRequest } from './useFocusableSelection';

describe('useFocusableSelection', () => {
  it('starts on the request it mounts with, then follows the person', () => {
    const { result } = renderHook(({ request }) => useFocusableSelection(request), { initialProps: { request: { itemKey: 'a', serial: 1 } as FocusRequest | undefined } });
    expect(result.current[0]).toBe('a');
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
  });

  it('a newer request replaces the choice; re-rendering with the same request does not', () => {
    const { result, rerender } = renderHook(({ request }) => useFocusableSelection(request), { initialProps: { request: undefined as FocusRequest | undefined } });
    expect(result.current[0]).toBeUndefined();
    rerender({ request: { itemKey: 'x', serial: 2 } });
    expect(result.current[0]).toBe('x');
    act(() => result.current[1]('y'));
    rerender({ request: { itemKey: 'x', serial: 2 } });
    expect(result.current[0]).toBe('y');
    rerender({ request: { itemKey: 'x', serial: 3 } });
    expect(result.current[0]).toBe('x');
  });
});
