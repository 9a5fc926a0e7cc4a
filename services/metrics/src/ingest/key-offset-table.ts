import { EVENT_KEY_BYTES } from '@d06/messaging';

const EMPTY = -1;
const WORDS = EVENT_KEY_BYTES / 4;

/**
 * A map from 16-byte event keys to offsets (non-negative), kept in typed arrays: open addressing with linear
 * probing and backward-shift deletion, at most half full. A recent-id window holds tens of thousands of ids per
 * partition and looks one up per consumed event; as strings in a Map each id was an object the garbage collector
 * had to trace and promote.
 */
export class KeyOffsetTable {
  private words: Int32Array;
  private offsets: Float64Array;
  private mask: number;
  private used = 0;

  constructor(capacity = 1_024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.words = new Int32Array(slots * WORDS);
    this.offsets = new Float64Array(slots).fill(EMPTY);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The offset stored for the key at `at` of `keys`, or -1. */
  get(keys: Uint8Array, at: number): number {
    const slot = this.probe(keys, at);
    return slot < 0 ? EMPTY : this.offsets[slot];
  }

  /** Stores `offset` for the key at `at` of `keys`; the offset it had, or -1 (one probe for both). */
  put(keys: Uint8Array, at: number, offset: number): number {
    if (offset < 0) throw new RangeError(`offset ${offset} is negative`);
    if ((this.used + 1) * 2 > this.offsets.length) this.grow();
    const slot = this.probe(keys, at);
    if (slot >= 0) {
      const previous = this.offsets[slot];
      this.offsets[slot] = offset;
      return previous;
    }
    const free = ~slot;
    const base = free * WORDS;
    this.words[base] = word(keys, at);
    this.words[base + 1] = word(keys, at + 4);
    this.words[base + 2] = word(keys, at + 8);
    this.words[base + 3] = word(keys, at + 12);
    this.offsets[free] = offset;
    this.used++;
    return EMPTY;
  }

  /** Removes the key at `at` of `keys` if `offset` is what it holds (else a later sighting owns it now). */
  deleteIf(keys: Uint8Array, at: number, offset: number): void {
    const slot = this.probe(keys, at);
    if (slot >= 0 && this.offsets[slot] === offset) this.removeSlot(slot);
  }

  delete(keys: Uint8Array, at: number): void {
    const slot = this.probe(keys, at);
    if (slot >= 0) this.removeSlot(slot);
  }

  private removeSlot(hole: number): void {
    this.used--;
    // backward shift: move later entries of the probe run into the hole so lookups never stop early
    for (let next = (hole + 1) & this.mask; this.offsets[next] !== EMPTY; next = (next + 1) & this.mask) {
      const home = this.home(this.words, next * WORDS);
      if (((next - home) & this.mask) >= ((next - hole) & this.mask)) {
        this.words.copyWithin(hole * WORDS, next * WORDS, next * WORDS + WORDS);
        this.offsets[hole] = this.offsets[next];
        hole = next;
      }
    }
    this.offsets[hole] = EMPTY;
  }

  /** The key's slot, or `~slot` of the empty slot where its probe run ends (where it would go). */
  private probe(keys: Uint8Array, at: number): number {
    const w0 = word(keys, at);
    const w1 = word(keys, at + 4);
    const w2 = word(keys, at + 8);
    const w3 = word(keys, at + 12);
    const words = this.words;
    for (let slot = mix(w0, w1, w2, w3) & this.mask; ; slot = (slot + 1) & this.mask) {
      if (this.offsets[slot] === EMPTY) return ~slot;
      const base = slot * WORDS;
      if (words[base] === w0 && words[base + 1] === w1 && words[base + 2] === w2 && words[base + 3] === w3)
        return slot;
    }
  }

  private home(words: Int32Array, base: number): number {
    return mix(words[base], words[base + 1], words[base + 2], words[base + 3]) & this.mask;
  }

  private grow(): void {
    const words = this.words;
    const offsets = this.offsets;
    this.words = new Int32Array(words.length * 2);
    this.offsets = new Float64Array(offsets.length * 2).fill(EMPTY);
    this.mask = this.offsets.length - 1;
    for (let slot = 0; slot < offsets.length; slot++) {
      if (offsets[slot] === EMPTY) continue;
      let target = this.home(words, slot * WORDS);
      while (this.offsets[target] !== EMPTY) target = (target + 1) & this.mask;
      this.words.set(words.subarray(slot * WORDS, slot * WORDS + WORDS), target * WORDS);
      this.offsets[target] = offsets[slot];
    }
  }
}

function word(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
}

/** All 128 bits into a slot hash (UUIDv7's leading bytes are a clock: no part of the key alone will do). */
function mix(w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(w0, 0x9e3779b1) ^ Math.imul(w1, 0x85ebca77) ^ Math.imul(w2, 0xc2b2ae3d) ^ w3;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}
