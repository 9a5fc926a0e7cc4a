import { requiredEidLevelFor } from './eid-level.rule';

describe('requiredEidLevelFor', () => {
  it('asks for level 2 as soon as one domain is identity, residence, civil status or criminal record', () => {
    expect(requiredEidLevelFor(['identity-document'])).toBe(2);
    expect(requiredEidLevelFor(['residence'])).toBe(2);
    expect(requiredEidLevelFor(['insurance', 'civil-status'])).toBe(2);
    expect(requiredEidLevelFor(['criminal-record', 'labour'])).toBe(2);
  });

  it('settles for level 1 otherwise', () => {
    expect(requiredEidLevelFor(['tax'])).toBe(1);
    expect(requiredEidLevelFor(['vehicle', 'payment'])).toBe(1);
    expect(requiredEidLevelFor([])).toBe(1);
  });
});
