/**
 * YAML parsing with positions. Parses safely (no custom tags, bounded aliases, no `__proto__`
 * tricks) and maps a data path back to `line:column` so validation errors point into the file.
 */
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import type * as YamlModule from 'yaml'
import type { z } from 'zod'
import { issueText } from '../i18n/issues.js'
import { InputError, type Problem } from './errors.js'

/** Largest YAML or JSON input file (deal, playbook, answers), in bytes. */
export const MAX_YAML_BYTES = 1_000_000

/**
 * Reads a YAML or JSON input file: a regular file of at most `maxBytes`, UTF-8 text without NUL
 * bytes; a BOM is stripped. `what` names the kind of file in messages ("deal file", "playbook").
 */
/** The kinds of YAML input files, and their names in the catalogue. */
const WHAT = { 'deal file': 'error.what.deal', playbook: 'error.what.playbook', 'answers file': 'error.what.answers' } as const

export function readYamlFile(path: string, display: string, what: keyof typeof WHAT, maxBytes = MAX_YAML_BYTES): string {
  const kind = { key: WHAT[what] }
  let buffer: Buffer
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new InputError({ key: 'error.notAFile', params: { path: display } })
    if (stat.size > maxBytes) throw new InputError({ key: 'error.fileTooLarge', params: { path: display, what: kind, size: maxBytes / 1_000_000 } })
    buffer = readFileSync(path)
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError({ key: 'error.cannotRead', params: { path: display, what: kind, code: (e as NodeJS.ErrnoException).code ?? 'error' } })
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    throw new InputError({ key: 'error.notUtf8', params: { path: display } })
  }
  if (text.includes('\u0000')) throw new InputError({ key: 'error.notUtf8', params: { path: display } })
  return text.replace(/^\uFEFF/, '')
}

/** A parsed YAML document with its line counter, for locating paths. */
export interface LocatedYaml {
  value: unknown
  locate(path: ReadonlyArray<PropertyKey>): { line: number; column: number } | undefined
}

let loaded: typeof YamlModule | undefined
/** The YAML library, loaded on first use: a run that reads no YAML file does not pay for it. */
export function yamlModule(): typeof YamlModule {
  return (loaded ??= createRequire(import.meta.url)('yaml') as typeof YamlModule)
}

/**
 * Loads the YAML library ahead of use by a dynamic import, for a command that knows it will read
 * YAML: in the CLI bundle that is one bundled chunk, where the first-use `require` reads the
 * package's many CommonJS files from node_modules (most of the YAML cost of one build).
 */
export async function preloadYaml(): Promise<void> {
  if (loaded) return
  const module = (await import('yaml')) as typeof YamlModule & { default?: typeof YamlModule }
  loaded ??= module.default ?? module
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Parses YAML (JSON is YAML too); throws an InputError with the first syntax error's position. */
export function parseYaml(text: string, file: string, lineOffset = 0): LocatedYaml {
  const { LineCounter, parseDocument, isMap, isSeq } = yamlModule()
  const lineCounter = new LineCounter()
  const doc: YamlModule.Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true })
  const error = doc.errors[0]
  if (error) {
    const pos = error.linePos?.[0]
    const where = pos ? `${file}:${pos.line + lineOffset}:${pos.col}` : file
    // The parser reports its own stack overflow on deep nesting as a "resource exhaustion".
    const message = /call stack/i.test(error.message) ? 'nested too deeply' : error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new InputError({ key: 'error.invalidYaml', params: { where, message } })
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    // An alias bomb ("billion laughs") is refused before it is expanded.
    const message = /alias/i.test((e as Error).message) ? 'too many aliases (possible alias bomb), refused' : /call stack/i.test((e as Error).message) ? 'nested too deeply' : (e as Error).message.split('\n')[0]
    throw new InputError(`${file}  invalid YAML: ${message}`)
  }
  const bad = findForbiddenKey(value, [])
  if (bad) throw new InputError(`${file}  ${bad.join('.')}  key "${String(bad.at(-1))}" is not allowed`)
  return {
    value,
    locate(path) {
      let node: unknown = doc.contents
      let last: unknown = node
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key)
          if (!pair) break
          last = pair.key
          node = pair.value
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key]
        } else break
        if (node) last = node
      }
      const range = (last as { range?: [number, number, number] } | null)?.range
      if (!range) return undefined
      const pos = lineCounter.linePos(range[0])
      return { line: pos.line + lineOffset, column: pos.col }
    },
  }
}

function findForbiddenKey(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], [...path, i])
      if (found) return found
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key]
      const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key])
      if (found) return found
    }
  }
  return undefined
}

/** Describes what a value is, for "expected …, got …" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return String(value)
}

/** Turns zod issues into located problems `file:line:col  path  expected …, got …`. */
export function zodProblems(error: z.ZodError, yaml: LocatedYaml, file: string): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[]
    const pos = yaml.locate(path)
    const value = valueAt(yaml.value, path)
    const message = issueMessage(issue, describeValue(value))
    return { file, ...(pos ?? {}), path: path.join('.') || '(root)', message, text: issueText(issue, value) }
  })
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = root
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[k]
  }
  return v
}

function issueMessage(issue: z.core.$ZodIssue, got: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${got}`
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    case 'too_small':
      return `expected ${issue.origin === 'array' ? `at least ${String(issue.minimum)} item(s)` : issue.origin === 'string' ? `at least ${String(issue.minimum)} character(s)` : `a value >= ${String(issue.minimum)}`}, got ${got}`
    case 'too_big':
      return `expected ${issue.origin === 'array' ? `at most ${String(issue.maximum)} item(s)` : issue.origin === 'string' ? `at most ${String(issue.maximum)} character(s)` : `a value <= ${String(issue.maximum)}`}, got ${got}`
    case 'invalid_format':
      return `expected ${issue.format === 'date' ? 'a date YYYY-MM-DD' : `a valid ${issue.format}`}, got ${got}`
    default:
      return `${issue.message}, got ${got}`
  }
}
