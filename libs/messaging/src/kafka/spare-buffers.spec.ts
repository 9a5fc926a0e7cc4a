import { SpareBuffers } from './spare-buffers';

describe('SpareBuffers', () => {
  it('hands out the smallest kept buffer that fits, else a new one sized in steps', () => {
    const spare = new SpareBuffers<ArrayBuffer>(3, 100);
    const [small, large] = [new ArrayBuffer(200), new ArrayBuffer(500)];
    spare.keep(large);
    spare.keep(small);
    expect(spare.take(150, (n) => new ArrayBuffer(n))).toBe(small);
    expect(spare.take(150, (n) => new ArrayBuffer(n))).toBe(large);
    expect(spare.take(150, (n) => new ArrayBuffer(n)).byteLength).toBe(200);
    expect(spare.count).toBe(0);
  });

  it('keeps at most its maximum', () => {
    const spare = new SpareBuffers<ArrayBuffer>(1, 100);
    spare.keep(new ArrayBuffer(100));
    spare.keep(new ArrayBuffer(100));
    expect(spare.count).toBe(1);
  });
});
