import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes each input once while it is remembered, undefined results included, and stays bounded', () => {
    const seen: string[] = [];
    const memo = boundedMemo((input: string) => {
      seen.push(input);
      return input === 'none' ? undefined : input.toUpperCase();
    }, 3);
    expect([memo('a'), memo('a'), memo('none'), memo('none')]).toEqual(['A', 'A', undefined, undefined]);
    expect(seen).toEqual(['a', 'none']);
    memo('b');
    memo('c'); // the fourth distinct input: the memo starts over
    memo('a');
    expect(seen).toEqual(['a', 'none', 'b', 'c', 'a']);
  });
});
