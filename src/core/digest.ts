/**
 * Hashes made with `node:crypto` loaded on first use. Loading it runs about twenty of Node's
 * internal modules (~3–5 ms of a one-page review's CPU), and a review whose build artefacts all
 * match (the library's stamps, the model's stamp, the gate's sources) hashes nothing.
 */
import { createRequire } from 'node:module'

type Crypto = typeof import('node:crypto')

let crypto: Crypto | undefined

/** `node:crypto`'s `createHash`, the module loaded on first call. */
export function createHash(algorithm: string): ReturnType<Crypto['createHash']> {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto
  return crypto.createHash(algorithm)
}
