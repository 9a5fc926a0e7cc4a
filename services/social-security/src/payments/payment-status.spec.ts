import { canMove, statesBefore } from './payment-status';

describe('payment states', () => {
  it('settles only what was sent, and reverses only what succeeded', () => {
    expect(statesBefore('sent')).toEqual(['pending', 'sent']);
    expect(statesBefore('succeeded')).toEqual(['sent']);
    expect(statesBefore('rejected')).toEqual(['sent']);
    expect(statesBefore('reversed')).toEqual(['succeeded']);
  });

  it('never leaves a final answer for another', () => {
    expect(canMove('succeeded', 'rejected')).toBe(false);
    expect(canMove('rejected', 'succeeded')).toBe(false);
    expect(canMove('reversed', 'succeeded')).toBe(false);
    expect(canMove('pending', 'succeeded')).toBe(false);
    expect(canMove('rejected', 'reversed')).toBe(false);
  });
});
