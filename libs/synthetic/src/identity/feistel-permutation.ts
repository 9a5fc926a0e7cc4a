/**
 * A keyed bijection on [0, domain): a balanced Feistel network over the smallest even number of bits that covers
 * the domain, cycle-walking the values that fall outside. Counter 0, 1, 2, … comes out as distinct, random-looking
 * numbers, so serials look drawn at random yet never repeat, with no memory of what was handed out.
 */
export class FeistelPermutation {
  private readonly halfBits: number;
  private readonly halfMask: number;
  private readonly keys: Uint32Array;

  constructor(
    readonly domain: number,
    key: number,
    rounds = 4,
  ) {
    if (!Number.isInteger(domain) || domain < 2 || domain > 2 ** 48) throw new Error(`bad domain ${domain}`);
    let bits = Math.ceil(Math.log2(domain));
    if (bits % 2 === 1) bits += 1;
    this.halfBits = bits / 2;
    this.halfMask = 2 ** this.halfBits - 1;
    this.keys = new Uint32Array(rounds);
    let state = key >>> 0;
    for (let i = 0; i < rounds; i += 1) {
      state = mix32(state + 0x9e3779b9 * (i + 1));
      this.keys[i] = state;
    }
  }

  permute(value: number): number {
    if (!Number.isInteger(value) || value < 0 || value >= this.domain)
      throw new Error(`out of domain: ${value}`);
    let x = value;
    do x = this.encrypt(x);
    while (x >= this.domain);
    return x;
  }

  private encrypt(value: number): number {
    const size = this.halfMask + 1;
    let left = Math.floor(value / size);
    let right = value % size;
    for (const key of this.keys) {
      const next = (left ^ (mix32(right ^ key) & this.halfMask)) >>> 0;
      left = right;
      right = next;
    }
    return left * size + right;
  }
}

/** A 32-bit integer hash (murmur3's finaliser). */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 32-bit hash of a string and a seed (FNV-1a, then mixed). */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}
