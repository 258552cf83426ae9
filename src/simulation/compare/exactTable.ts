/**
 * A table keyed by a few exact numbers (the analytic cache's questions: channel signature, handle
 * time, arrivals, agents…). Same answers as nested Maps keyed by those numbers (0 and −0 are one
 * key, as are NaNs), without a Map lookup per number: the numbers' bits are hashed together into
 * one open-addressing table. The caller writes the question into `key`, then calls get or set.
 */
/** A hash of numbers' bits (FNV-1a over their 32-bit words, then mixed): where an exact key goes in a table. */
export function hashBits(words: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < words.length; k++) h = Math.imul(h ^ words[k], 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

export class ExactTable<V> {
  /** The question: `width` numbers, written by the caller before each get or set. */
  readonly key: Float64Array;
  private readonly keyWords: Uint32Array;
  private keys: Float64Array;
  private values: (V | undefined)[];
  private filled: Uint8Array;
  private mask: number;
  size = 0;

  /** `capacity`: a power of two (a comparison's search asks tens of thousands of questions). */
  constructor(readonly width: number, capacity = 1 << 12) {
    this.key = new Float64Array(width);
    this.keyWords = new Uint32Array(this.key.buffer);
    this.keys = new Float64Array(capacity * width);
    this.values = new Array<V | undefined>(capacity);
    this.filled = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  /** Same key as Map's SameValueZero: −0 is 0, every NaN the same NaN. */
  private normalise(): void {
    const key = this.key;
    for (let j = 0; j < key.length; j++) {
      const x = key[j];
      if (x === 0) key[j] = 0;
      else if (Number.isNaN(x)) key[j] = Number.NaN;
    }
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slot(): number {
    const { key, keys, filled, width, mask } = this;
    for (let s = hashBits(this.keyWords) & mask; ; s = (s + 1) & mask) {
      if (filled[s] === 0) return s;
      const at = s * width;
      let same = true;
      for (let j = 0; j < width; j++) {
        const a = keys[at + j];
        const b = key[j];
        if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) { same = false; break; }
      }
      if (same) return s;
    }
  }

  get(): V | undefined {
    this.normalise();
    const s = this.slot();
    return this.filled[s] === 1 ? this.values[s] : undefined;
  }

  set(value: V): void {
    this.normalise();
    let s = this.slot();
    if (this.filled[s] === 0) {
      if ((this.size + 1) * 2 > this.filled.length) {
        this.grow();
        s = this.slot();
      }
      this.filled[s] = 1;
      this.keys.set(this.key, s * this.width);
      this.size++;
    }
    this.values[s] = value;
  }

  private grow(): void {
    const { keys, values, filled, width } = this;
    const question = this.key.slice();
    const capacity = filled.length * 2;
    this.keys = new Float64Array(capacity * width);
    this.values = new Array<V | undefined>(capacity);
    this.filled = new Uint8Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < filled.length; s++) {
      if (filled[s] === 0) continue;
      this.key.set(keys.subarray(s * width, (s + 1) * width));
      const t = this.slot();
      this.filled[t] = 1;
      this.keys.set(this.key, t * width);
      this.values[t] = values[s];
    }
    this.key.set(question);
  }
}
