/**
 * Work kept in this browser (local storage), so that a reload or a closed tab loses nothing:
 * the deal being drafted, the audit answers. Nothing leaves the computer. Storage that is full or
 * disabled is ignored (the work simply is not kept).
 */

const PREFIX = 'clausier.'

/** The value stored under `key`, or undefined. */
export function loadStored<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key)
    return raw === null ? undefined : (JSON.parse(raw) as T)
  } catch {
    return undefined
  }
}

/** Stores a value (removes it when undefined). */
export function store(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key)
    else localStorage.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // full or disabled: the work is not kept
  }
}
