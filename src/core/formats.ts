/**
 * Every file format clausier reads or writes, by extension: the one table that readers (input
 * formats), contract renderers, report formatters and the audit and journal commands draw on.
 */
import type { Words } from '../i18n/translate.js'
import { extname } from 'node:path'
import { UsageError } from './errors.js'

/** File formats, each with its extensions (lower case, with the dot; the first is the usual one). */
export const FILE_FORMATS = {
  md: ['.md', '.markdown'],
  txt: ['.txt'],
  html: ['.html', '.htm'],
  docx: ['.docx'],
  pdf: ['.pdf'],
  json: ['.json'],
  sarif: ['.sarif'],
  yaml: ['.yaml', '.yml'],
  image: ['.png', '.jpg', '.jpeg', '.tif', '.tiff'],
} as const satisfies Record<string, readonly string[]>

/** A file format. */
export type FileFormat = keyof typeof FILE_FORMATS

const BY_EXTENSION: ReadonlyMap<string, FileFormat> = new Map(
  (Object.entries(FILE_FORMATS) as Array<[FileFormat, readonly string[]]>).flatMap(([format, exts]) => exts.map((e) => [e, format] as const)),
)

/** The format of a path (or of an extension such as ".PDF"), by its extension; undefined if unknown. */
export function fileFormatOf(pathOrExtension: string): FileFormat | undefined {
  const ext = (pathOrExtension.startsWith('.') && !pathOrExtension.slice(1).includes('.') ? pathOrExtension : extname(pathOrExtension)).toLowerCase()
  return BY_EXTENSION.get(ext)
}

/** Every extension of these formats, in table order. */
export function extensionsOf(formats: readonly FileFormat[]): string[] {
  return formats.flatMap((f) => [...FILE_FORMATS[f]])
}

/** "a .docx, .md or .html" — the usual extension of each format, for messages. */
export function describeFormats(formats: readonly FileFormat[]): Words | string {
  const exts = formats.map((f) => FILE_FORMATS[f][0])
  return exts.length <= 1 ? (exts[0] ?? '') : { key: 'error.alternatives', params: { list: exts.slice(0, -1).join(', '), last: exts.at(-1)! } }
}

/** How to word the error for an output path of no known format. */
export interface OutputFormatHint {
  /** "output", "report"… */
  what: 'output' | 'report' | 'questionnaire'
  /** Whether the command has a --format option to name the format instead. */
  formatOption: boolean
}

/**
 * The format an output path asks for, among those a command writes (`byFormat` maps a file format
 * to the command's own name for it, in the order to list them); UsageError naming them otherwise.
 */
export function outputFormatFor<T extends string>(path: string, byFormat: Partial<Readonly<Record<FileFormat, T>>>, hint: OutputFormatHint): T {
  const format = fileFormatOf(path)
  const chosen = format === undefined ? undefined : byFormat[format]
  if (chosen !== undefined) return chosen
  const accepted = describeFormats(Object.keys(byFormat) as FileFormat[])
  throw new UsageError({ key: 'error.unknownFormat', params: { what: { key: `error.format.${hint.what}` }, path, hint: { key: hint.formatOption ? 'error.useFormatOption' : 'error.useFileName', params: { accepted } } } })
}
