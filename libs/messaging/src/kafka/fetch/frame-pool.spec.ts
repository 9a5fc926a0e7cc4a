import { FrameLease, FramePool } from './frame-pool';

const MB = 1024 * 1024;

describe('FramePool', () => {
  it('leaves small responses to the allocator and reuses a large one given back', () => {
    const pool = new FramePool();
    const small = pool.allocate(100);
    pool.give(small);
    expect(pool.spareBuffers).toBe(0);
    const large = pool.allocate(3 * MB + 5);
    expect(large.length).toBe(3 * MB + 5);
    pool.give(large.subarray(4)); // a view of it, as the response body is
    expect(pool.spareBuffers).toBe(1);
    const again = pool.allocate(2 * MB);
    expect(again.buffer).toBe(large.buffer);
    expect(again.length).toBe(2 * MB);
    expect(pool.spareBuffers).toBe(0);
    expect(pool.allocate(2 * MB).buffer).not.toBe(large.buffer); // in use: a new one
  });
});

describe('FrameLease', () => {
  const leased = () => {
    const pool = new FramePool();
    const frame = pool.allocate(2 * MB);
    return { pool, lease: new FrameLease(frame, pool) };
  };

  it('gives the response back once it is parsed and every set cut from it has been copied out', () => {
    const { pool, lease } = leased();
    lease.add();
    lease.add();
    lease.copied();
    expect(pool.spareBuffers).toBe(0);
    lease.seal();
    expect(pool.spareBuffers).toBe(0); // one set still reads it
    lease.copied();
    expect(pool.spareBuffers).toBe(1);
  });

  it('does not give it back before the response is parsed (more sets may be cut from it)', () => {
    const { pool, lease } = leased();
    lease.add();
    lease.copied();
    expect(pool.spareBuffers).toBe(0);
    lease.add();
    lease.seal();
    expect(pool.spareBuffers).toBe(0);
  });

  it('never gives back a response a set was decoded in place from or dropped unread', () => {
    const { pool, lease } = leased();
    lease.add();
    lease.add();
    lease.spoil();
    lease.seal();
    lease.copied();
    lease.copied();
    expect(pool.spareBuffers).toBe(0);
  });
});
