/** Reading and writing a value at a path (`['sources', 0, 'name']`) in the form's plain JSON state. */

/** A path into the state. */
export type Path = Array<string | number>

type Container = Record<string | number, unknown>

/** The value at a path, or undefined. */
export function getAt(root: unknown, path: Path): unknown {
  let v = root
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Container)[key]
  }
  return v
}

/** Sets the value at a path, creating objects on the way; `undefined` removes the key (or the array slot keeps undefined). */
export function setAt(root: Container, path: Path, value: unknown): void {
  let v: Container = root
  for (const [i, key] of path.slice(0, -1).entries()) {
    let next = v[key]
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {}
      v[key] = next
    }
    v = next as Container
  }
  const last = path[path.length - 1]
  if (last === undefined) return
  if (value === undefined && !Array.isArray(v)) delete v[last]
  else v[last] = value
}

/** A path as the server writes it: `sources.0.name`. */
export function pathKey(path: Path): string {
  return path.join('.')
}
