import { expect } from '@open-wc/testing';
import { wrapBadge } from './geometry.js';

describe('wrapBadge', () => {
  it('breaks before a bracket, then by words', () => {
    expect(wrapBadge('Stage 3 of 5 (Developing)', 12)).to.deep.equal([
      'Stage 3 of 5',
      '(Developing)',
    ]);
  });

  it('reads a long run of spaces in linear time (10 s outer limit)', function () {
    // The old /\s+(?=\()/ split retried every start of the run: 20,000 spaces took about 1 s,
    // so 200,000 would take minutes and trip the limit.
    this.timeout(10_000);
    expect(wrapBadge(`a${' '.repeat(200_000)}b (c)`, 5)).to.deep.equal(['a b', '(c)']);
  });
});
