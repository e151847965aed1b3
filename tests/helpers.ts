/** Shared test helpers: example deals, temporary folders, running the CLI in-process. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { run } from '../src/cli/index.js'
import { memoryIo } from '../src/cli/io.js'
import { dealSchema, type Deal, type DealInput } from '../src/deal/schema.js'

export const ROOT = join(import.meta.dirname, '..')
export const FR_DEAL = join(ROOT, 'examples/deals/lead-generation-fr.yaml')
export const EN_DEAL = join(ROOT, 'examples/deals/lead-generation-en.yaml')

/** The raw (unvalidated) example deal, to modify in a test. */
export function exampleInput(which: 'fr' | 'en'): DealInput {
  return parse(readFileSync(which === 'fr' ? FR_DEAL : EN_DEAL, 'utf8')) as DealInput
}

/** An example deal with changes, validated. */
export function exampleDeal(which: 'fr' | 'en', change: (d: DealInput) => void = () => {}): Deal {
  const input = exampleInput(which)
  change(input)
  return dealSchema.parse(input)
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'clausier-test-'))
}

/** Runs the CLI in-process; returns exit code and what it printed. */
export async function cli(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(options.cwd ?? ROOT, Buffer.from(options.stdin ?? ''))
  const code = await run(args, io)
  return { code, out: io.out, err: io.err }
}
