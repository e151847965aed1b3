/**
 * The OCR options shared by `review` and `addendum`: `--no-ocr` and the per-document limits, turned
 * into the readers' options, with a progress line on a terminal.
 */
import type { Command } from 'commander'
import { UsageError } from '../core/errors.js'
import { OCR_DEFAULTS, type ReadOptions } from '../read/index.js'
import type { Describe } from './help.js'
import type { Io } from './io.js'
import { message } from './messages.js'

/** The flags as commander gives them (`--no-ocr` sets `ocr` to false). */
export interface OcrFlags {
  ocr: boolean
  ocrMaxPages?: string
  ocrTimeout?: string
  ocrWorkers?: string
  ocrWarnBelow?: string
}

/** Adds the OCR options to a command. */
export function addOcrOptions(command: Command, describe: Describe): Command {
  return command
    .option('--no-ocr', describe('help.ocr.no'))
    .option('--ocr-max-pages <n>', describe('help.ocr.maxPages', { n: OCR_DEFAULTS.maxPages }))
    .option('--ocr-timeout <seconds>', describe('help.ocr.timeout', { n: OCR_DEFAULTS.timeoutSeconds }))
    .option('--ocr-workers <n>', describe('help.ocr.workers'))
    .option('--ocr-warn-below <percent>', describe('help.ocr.warnBelow', { n: OCR_DEFAULTS.warnBelow }))
}

function integer(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError({ key: 'cli.wholeNumber', params: { flag, min, max, value } })
  return n
}

/**
 * The read options from the flags; `display` names the document in the progress line, shown on
 * standard error when it is a terminal.
 */
export function readOptions(flags: OcrFlags, io?: Pick<Io, 'isTTY' | 'stderr' | 'lang'>, display?: string): ReadOptions {
  if (flags.ocr === false) return { ocr: false }
  const maxPages = integer('--ocr-max-pages', flags.ocrMaxPages, 1, 10_000)
  const timeoutSeconds = integer('--ocr-timeout', flags.ocrTimeout, 1, 86_400)
  const workers = integer('--ocr-workers', flags.ocrWorkers, 1, 64)
  const warnBelow = integer('--ocr-warn-below', flags.ocrWarnBelow, 0, 100)
  return {
    ocr: {
      ...(maxPages !== undefined ? { maxPages } : {}),
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(workers !== undefined ? { workers } : {}),
      ...(warnBelow !== undefined ? { warnBelow } : {}),
      ...(io?.isTTY && display !== undefined
        ? { progress: (done: number, total: number) => io.stderr(`\r${message(io, 'cli.ocrProgress', { file: display, done, total })}${done === total ? '\n' : ''}`) }
        : {}),
    },
  }
}
