import { subjectsOf } from './cache-key';

describe('subjectsOf', () => {
  it('files an answer under each personal ID number and card code it is about', () => {
    expect(subjectsOf('/038090001234/resolve', '')).toEqual(['id:038090001234']);
    expect(subjectsOf('/', '{"cardCode":"gd4383812345678","idNumber":"040190004321"}').sort()).toEqual([
      'id:040190004321',
      'sin:3812345678',
    ]);
  });

  it('ignores longer digit runs (timestamps, social-insurance numbers alone)', () => {
    expect(subjectsOf('/x?t=1695000000000', '')).toEqual([]);
  });
});
