/**
 * A table of strings looked up by a range of a text, without cutting the range out: the learned
 * detector maps every word of every sentence to its token, and cutting each word out of its
 * sentence and hashing the copy (a Map look-up) was most of that work. Open addressing over a
 * 32-bit hash of the range's characters; a hit compares the characters. Only a miss copies the
 * range (to add it).
 */
export class WordTable<V> {
  /** Entry index + 1 per slot (0: empty); the capacity is a power of two. */
  #slots = new Int32Array(1024)
  #hashes: number[] = []
  #keys: string[] = []
  #values: V[] = []

  /** How many strings it holds. */
  get size(): number {
    return this.#keys.length
  }

  /** The value of the string `text.slice(start, end)`, or undefined when it holds none. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashOf(text, start, end)
    const mask = this.#slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot]! - 1
      if (entry < 0) return undefined
      if (this.#hashes[entry] !== hash) continue
      const key = this.#keys[entry]!
      if (key.length !== length) continue
      let k = 0
      while (k < length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++
      if (k === length) return this.#values[entry]
    }
  }

  /** Adds `key` (not already held) with its value. */
  add(key: string, value: V): void {
    if (2 * (this.#keys.length + 1) > this.#slots.length) this.#grow()
    const hash = hashOf(key, 0, key.length)
    this.#keys.push(key)
    this.#values.push(value)
    this.#hashes.push(hash)
    this.#place(hash, this.#keys.length)
  }

  #place(hash: number, entryPlusOne: number): void {
    const mask = this.#slots.length - 1
    let slot = hash & mask
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask
    this.#slots[slot] = entryPlusOne
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2)
    for (let e = 0; e < this.#hashes.length; e++) this.#place(this.#hashes[e]!, e + 1)
  }
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}
