import { describe, expect, it } from 'vitest';
import { lazy } from './lazy';

describe('lazy', () => {
  it('makes its value on first use only, then returns the same one', () => {
    let calls = 0;
    const get = lazy(() => {
      calls++;
      return new RegExp('a+', 'gu');
    });
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['zero', 0],
    ['an empty string', ''],
  ])('keeps a falsy value (%s) without making it again', (_label, value) => {
    let calls = 0;
    const get = lazy(() => {
      calls++;
      return value;
    });
    expect(get()).toBe(value);
    expect(get()).toBe(value);
    expect(calls).toBe(1);
  });
});
