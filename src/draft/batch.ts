/**
 * Building many deals in one process: each deal read, assembled, rendered and written atomically
 * to its own file, one after the other in this thread (the library, the templates and the parsed
 * clause texts are shared by every deal). Worker threads were measured slower on a loaded 2-core
 * machine (each thread pays its own module loading and JIT warm-up), so there are none. Each
 * document is written and dropped before the next is built. PDF: each deal's DOCX is kept (tens of
 * kB), then one LibreOffice run converts them all, and each PDF is written atomically.
 */
import { resolve } from 'node:path'
import { UserError } from '../core/errors.js'
import { writeFileAtomic } from '../core/write-file.js'
import { loadDeal } from '../deal/load.js'
import { loadLibrary } from '../library/library.js'
import type { Lang } from '../library/schema.js'
import { renderContract, type ContractFormat } from '../render/index.js'
import { assembleLoading } from './compose.js'

/** How every deal of a batch is built. */
export interface BatchBuildOptions {
  format: ContractFormat
  lang?: Lang
  template?: string
  force: boolean
  /** Folder that relative deal paths are read from. */
  cwd: string
}

/** One deal of a batch: where it is read from and written to, and the names shown for both. */
export interface BatchTask {
  deal: string
  target: string
  shown: string
}

/** What became of one deal: its warnings and announced defaults, or the reason it failed. */
export type BatchOutcome = { ok: true; warnings: string[]; notices: string[] } | { ok: false; message: string }

/** Builds one deal of a batch; a user error (bad deal, unwritable file) becomes a failed outcome. */
export async function buildTask(task: BatchTask, options: BatchBuildOptions): Promise<BatchOutcome> {
  try {
    const deal = loadDeal(resolve(options.cwd, task.deal), task.deal)
    const result = await assembleLoading(deal, { library: await loadLibrary(), file: task.deal, ...(options.template !== undefined ? { template: options.template } : {}), ...(options.lang ? { lang: options.lang } : {}) })
    const rendered = await renderContract(result.contract, options.format)
    writeFileAtomic(task.target, rendered, { force: options.force, display: task.shown })
    return { ok: true, warnings: result.warnings, notices: result.notices }
  } catch (e) {
    if (e instanceof UserError) return { ok: false, message: e.message }
    throw e
  }
}

/** Builds every task in order, telling `done` about each; anything but a user error stops the batch. */
export async function buildBatch(tasks: readonly BatchTask[], options: BatchBuildOptions, done: (task: BatchTask, outcome: BatchOutcome) => void = () => {}): Promise<BatchOutcome[]> {
  if (options.format === 'pdf') return buildPdfBatch(tasks, options, done)
  const out: BatchOutcome[] = []
  for (const task of tasks) {
    const outcome = await buildTask(task, options)
    done(task, outcome)
    out.push(outcome)
  }
  return out
}

/** PDF batch: every deal to DOCX (failures reported at once), then one LibreOffice run for all. */
async function buildPdfBatch(tasks: readonly BatchTask[], options: BatchBuildOptions, done: (task: BatchTask, outcome: BatchOutcome) => void): Promise<BatchOutcome[]> {
  const { docxToPdf } = await import('../render/pdf.js')
  const out: BatchOutcome[] = new Array(tasks.length)
  const built: Array<{ index: number; docx: Buffer; warnings: string[]; notices: string[] }> = []
  for (const [index, task] of tasks.entries()) {
    try {
      const deal = loadDeal(resolve(options.cwd, task.deal), task.deal)
      const result = await assembleLoading(deal, { library: await loadLibrary(), file: task.deal, ...(options.template !== undefined ? { template: options.template } : {}), ...(options.lang ? { lang: options.lang } : {}) })
      built.push({ index, docx: (await renderContract(result.contract, 'docx')) as Buffer, warnings: result.warnings, notices: result.notices })
    } catch (e) {
      if (!(e instanceof UserError)) throw e
      out[index] = { ok: false, message: e.message }
      done(task, out[index])
    }
  }
  const pdfs = await docxToPdf(built.map((b) => b.docx))
  for (const [k, { index, warnings, notices }] of built.entries()) {
    const task = tasks[index]!
    try {
      writeFileAtomic(task.target, pdfs[k]!, { force: options.force, display: task.shown })
      out[index] = { ok: true, warnings, notices }
    } catch (e) {
      if (!(e instanceof UserError)) throw e
      out[index] = { ok: false, message: e.message }
    }
    done(task, out[index]!)
  }
  return out
}
