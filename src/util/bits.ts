// A set of small numbers, one bit each: a membership test that makes no string and looks up no map.

export class Bits {
  private readonly words: Uint32Array;

  /** Holds numbers from 0 to `size` - 1. */
  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32));
  }

  add(value: number): void {
    this.words[value >>> 5]! |= 1 << (value & 31);
  }

  has(value: number): boolean {
    return (this.words[value >>> 5]! & (1 << (value & 31))) !== 0;
  }
}
