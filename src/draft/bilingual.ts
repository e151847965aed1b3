/**
 * The bilingual build: the contract assembled in both languages from the same deal (so from the same
 * clause selection), the controlling-language article added to both as the last article, then the
 * two paired unit by unit — articles by clause id, the rest by position — into rows of two columns.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { UsageError } from '../core/errors.js'
import { projectRoot } from '../core/paths.js'
import { yamlModule } from '../core/yaml.js'
import type { BilingualContract, BilingualRow } from '../contract/bilingual.js'
import type { Block, Contract } from '../contract/contract.js'
import type { Deal } from '../deal/schema.js'
import type { Library } from '../library/clause.js'
import { LANGS, type Lang } from '../library/vocabulary.js'
import { assemble } from './assemble.js'

/** The controlling-language article's data (templates/controlling-language.yaml). */
interface ControllingLanguage {
  title: Record<Lang, string>
  text: Record<Lang, Record<Lang, string>>
  warning: Record<Lang, string>
}

let cached: ControllingLanguage | undefined
/** Reads the controlling-language article, both languages. */
export function controllingLanguageData(): ControllingLanguage {
  cached ??= yamlModule().parse(readFileSync(join(projectRoot, 'templates', 'controlling-language.yaml'), 'utf8')) as ControllingLanguage
  return cached
}

/** Parses `--lang fr,en`: two different languages, the first one in the first column. */
export function parseLangPair(value: string): [Lang, Lang] {
  const parts = value.split(',').map((p) => p.trim())
  const known = (l: string | undefined): l is Lang => (LANGS as readonly string[]).includes(l ?? '')
  if (parts.length !== 2 || !known(parts[0]) || !known(parts[1]) || parts[0] === parts[1]) throw new UsageError(`--lang takes one language or two different ones (${LANGS.join(', ')}), e.g. --lang fr,en; got "${value}"`)
  return [parts[0], parts[1]]
}

/** Adds the controlling-language article after the last article of a contract. */
function withControllingLanguage(contract: Contract, controlling: Lang): Contract {
  const data = controllingLanguageData()
  const lang = contract.lang
  const blocks = [...contract.blocks]
  let last = -1
  blocks.forEach((b, i) => {
    if (b.type === 'article') last = i
  })
  let end = last + 1
  while (end < blocks.length && blocks[end]!.type !== 'article' && blocks[end]!.type !== 'section' && blocks[end]!.type !== 'pageBreak') end++
  const number = last === -1 ? 1 : (blocks[last] as Extract<Block, { type: 'article' }>).number + 1
  const article: Block[] = [
    { type: 'article', number, inlines: [{ type: 'text', value: data.title[lang] }], bookmark: 'art_controlling_language' },
    { type: 'paragraph', inlines: [{ type: 'text', value: data.text[lang][controlling] }] },
  ]
  blocks.splice(end, 0, ...article)
  return { ...contract, blocks }
}

/** Cuts a contract into units: each starts at the title, the table of contents, an article or a section. */
function units(contract: Contract): Array<{ key: string; number?: number; blocks: Block[] }> {
  const out: Array<{ key: string; number?: number; blocks: Block[] }> = []
  let sections = 0
  for (const block of contract.blocks) {
    if (block.type === 'title') out.push({ key: 'title', blocks: [block] })
    else if (block.type === 'toc') out.push({ key: 'toc', blocks: [block] })
    else if (block.type === 'article') out.push({ key: `article:${block.clause?.id ?? block.bookmark}`, number: block.number, blocks: [block] })
    else if (block.type === 'section') out.push({ key: `section:${sections++}`, blocks: [block] })
    else if (out.length === 0) out.push({ key: 'title', blocks: [block] })
    else out.at(-1)!.blocks.push(block)
  }
  return out
}

/** Options of a bilingual build. */
export interface BilingualOptions {
  library: Library
  /** The two languages, first column first. */
  langs: [Lang, Lang]
  template?: string
  file?: string
}

/** The bilingual contract of a deal, the builder's warnings and its notices (defaults that change the deal). */
export function assembleBilingual(deal: Deal, options: BilingualOptions): { contract: BilingualContract; warnings: string[]; notices: string[] } {
  const controlling = deal.controllingLanguage ?? deal.language
  const build = (lang: Lang) => assemble(deal, { library: options.library, lang, bilingual: true, ...(options.template !== undefined ? { template: options.template } : {}), ...(options.file !== undefined ? { file: options.file } : {}) })
  const [first, second] = options.langs.map(build) as [ReturnType<typeof build>, ReturnType<typeof build>]
  const contracts: [Contract, Contract] = [withControllingLanguage(first.contract, controlling), withControllingLanguage(second.contract, controlling)]
  const a = units(contracts[0])
  const b = new Map(units(contracts[1]).map((u) => [u.key, u]))
  const rows: BilingualRow[] = a.map((u) => {
    const other = b.get(u.key)
    b.delete(u.key)
    return { key: u.key, ...(u.number !== undefined ? { number: u.number } : {}), columns: [u.blocks, other?.blocks ?? []] }
  })
  // A unit only the second language has (a template difference) still gets its row, at the end.
  for (const u of b.values()) rows.push({ key: u.key, columns: [[], u.blocks] })
  const warnings = [...new Set([...first.warnings, ...second.warnings])]
  if (controlling === 'en') warnings.push(controllingLanguageData().warning[options.langs[0]])
  const meta = { ...contracts[0].meta, title: `${contracts[0].meta.title} / ${contracts[1].meta.title.split(' — ')[0]}` }
  return { contract: { langs: options.langs, controlling, meta, rows, contracts }, warnings, notices: first.notices }
}
