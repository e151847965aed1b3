/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), for code-scanning dashboards and IDE viewers. One run; one
 * reporting descriptor per rule id used; one result per finding, located by line and column when the
 * finding has them, by the file alone otherwise.
 */
import { VERSION } from '../core/version.js'
import { RULES } from '../review/rules/index.js'
import type { FileReview, Finding } from '../review/types.js'

/** The tool's home page (SARIF wants absolute URIs for `informationUri` and `helpUri`). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/clausier'

/** Where the rules' documentation (`docs/rules/<id>.md`, relative to the package) is published. */
export const DOCS_BASE = `https://unpkg.com/clausier@${VERSION}/`

/** The subset of SARIF 2.1.0 that clausier writes. */
export interface SarifLog {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json'
  version: '2.1.0'
  runs: [SarifRun]
}

/** The one run: the tool and its results. */
export interface SarifRun {
  tool: { driver: { name: 'clausier'; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } }
  columnKind: 'unicodeCodePoints'
  results: SarifResult[]
}

/** A reporting descriptor: one per rule id used. */
export interface SarifRule {
  id: string
  shortDescription: { text: string }
  helpUri?: string
  /** `docs`: the documentation path as the finding gives it. */
  properties?: { docs: string }
}

/** One finding. */
export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: 'error' | 'warning'
  message: { text: string }
  locations: [SarifLocation]
  partialFingerprints?: Record<string, string>
  properties?: { clauseId?: string; sources?: string[]; suggestion?: string }
}

/** The reviewed file, and the line and column when the finding has them (page, for a PDF, in the region's properties). */
export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string }
    region?: { startLine: number; startColumn?: number; properties?: { page: number } }
  }
}

/** Options of the SARIF report. */
export interface SarifOptions {
  /** Absolute base URI against which the findings' `docs` paths are resolved (default {@link DOCS_BASE}). */
  docsBase?: string
}

/**
 * A path as a URI reference: forward slashes, and only the characters a URI reference allows
 * (spaces, `#`, `?`, `%`, `<>` and non-ASCII percent-encoded); a Windows drive path becomes a `file:` URI.
 */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/g, '/')
  const encoded = encodeURI(slashed).replace(/[#?]/g, (c) => encodeURIComponent(c))
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded}`
  // A colon in the first segment would read as a scheme ("a:b.pdf").
  return /^[^/]*:/.test(encoded) ? `./${encoded}` : encoded
}

const DESCRIPTIONS = new Map(RULES.map((r) => [r.id, r.meta.description]))

/** A rule's one-line description (its `meta.description`; the id, spelt out, for a rule clausier does not ship). */
function describe(ruleId: string): string {
  return DESCRIPTIONS.get(ruleId) ?? ruleId.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
}

function helpUri(docs: string, base: string): string | undefined {
  try {
    return new URL(docs, base).href
  } catch {
    return undefined
  }
}

function location(path: string, f: Finding): SarifLocation {
  const artifactLocation = { uri: pathToUri(path) }
  if (f.line === undefined) return { physicalLocation: { artifactLocation } }
  return {
    physicalLocation: {
      artifactLocation,
      region: {
        startLine: f.line,
        ...(f.column !== undefined ? { startColumn: f.column } : {}),
        ...(f.page !== undefined ? { properties: { page: f.page } } : {}),
      },
    },
  }
}

/** Builds the SARIF log object. */
export function sarifLog(files: readonly FileReview[], options: SarifOptions = {}): SarifLog {
  const base = options.docsBase ?? DOCS_BASE
  const rules: SarifRule[] = []
  const index = new Map<string, number>()
  const results: SarifResult[] = []
  for (const file of files) {
    for (const f of file.findings) {
      let ruleIndex = index.get(f.ruleId)
      if (ruleIndex === undefined) {
        const uri = f.docs === undefined ? undefined : helpUri(f.docs, base)
        ruleIndex = rules.push({
          id: f.ruleId,
          shortDescription: { text: describe(f.ruleId) },
          ...(uri !== undefined ? { helpUri: uri } : {}),
          ...(f.docs !== undefined ? { properties: { docs: f.docs } } : {}),
        }) - 1
        index.set(f.ruleId, ruleIndex)
      }
      const properties = {
        ...(f.clauseId !== undefined ? { clauseId: f.clauseId } : {}),
        ...(f.sources?.length ? { sources: f.sources } : {}),
        ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      }
      results.push({
        ruleId: f.ruleId,
        ruleIndex,
        level: f.severity,
        message: { text: f.message },
        locations: [location(file.path, f)],
        ...(f.clauseId !== undefined ? { partialFingerprints: { 'clauseId/v1': `${f.ruleId}/${f.clauseId}` } } : {}),
        ...(Object.keys(properties).length ? { properties } : {}),
      })
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clausier', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules } },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  }
}

/** Renders the SARIF log as text. */
export function renderSarif(files: readonly FileReview[], options: SarifOptions = {}): string {
  return `${JSON.stringify(sarifLog(files, options), null, 2)}\n`
}
