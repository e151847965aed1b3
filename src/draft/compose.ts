/**
 * The builder's core: deal → selected clauses → Handlebars (template + clause bodies) → Markdown →
 * Contract model. Pure: the same deal, library and options always give the same contract.
 * This module does not load remark (see core/contract-markdown.ts): `draft/assemble.ts` is the same
 * API with remark loaded, for synchronous callers; `assembleLoading` loads it only when a deal's
 * text needs it (the CLI's builds).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, ValidationError, type Problem } from '../core/errors.js'
import { formatNumber } from '../core/locale-format.js'
import { projectRoot } from '../core/paths.js'
import type { Deal } from '../deal/schema.js'
import type { Clause, Library, Prepared } from '../library/clause.js'
import { renderClauseBody } from '../library/render-clause.js'
import type { Lang } from '../library/schema.js'
import { resolveVariables } from '../library/variables.js'
import type { Contract } from '../contract/contract.js'
import { escapeDeep, escapeMarkdown, plainValue } from '../library/escape.js'
import { BUYER_SITE_LABEL, CHANNEL_LABEL, ROLE_LABEL, SOURCE_TYPE_LABEL, TABLE_HEADERS } from './labels.js'
import { selectClauses } from './select.js'
import { formatDate, formatList, formatMoney, renderTemplate, templateUsage, type Formatting } from '../library/template.js'
import { toContract } from './to-contract.js'
import { MarkdownParserNeeded } from '../core/contract-markdown.js'
import { checkDeal } from '../deal/checks.js'
import { resolveDefaults, type ResolvedDeal } from '../deal/defaults.js'
import { dealTerms, type DealTerms } from '../deal/terms.js'
import { checkPeriodValues } from './periods.js'

/** Options of a build. */
export interface BuildOptions {
  library: Library
  /** Language of the contract; defaults to the deal's. */
  lang?: Lang
  /** Template id (file `templates/<id>.<lang>.md.hbs`). */
  template?: string
  /** Name of the deal file, for error messages. */
  file?: string
  /** One column of a bilingual contract: the contract also exists in the other language. */
  bilingual?: boolean
}

/**
 * The result of a build: the contract, its Markdown source and what the builder wants to say:
 * warnings (risky deal terms, with their source) and notices (defaults that change the deal).
 */
export interface BuildResult {
  contract: Contract
  source: string
  warnings: string[]
  notices: string[]
}

export const DEFAULT_TEMPLATE = 'lead-generation-agreement'

/** Reads a template by id; rejects ids that are not plain names (no paths). */
export function readTemplate(id: string, lang: Lang): string {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) throw new InputError(`--template must be a template name like "${DEFAULT_TEMPLATE}", got "${id}"`)
  try {
    return readFileSync(join(projectRoot, 'templates', `${id}.${lang}.md.hbs`), 'utf8')
  } catch {
    throw new InputError(`no template "${id}" in ${lang} (templates/${id}.${lang}.md.hbs)`)
  }
}

/**
 * Refuses a template that is not a contract template (the special terms, for one): every name it
 * uses must be in the context the builder gives it; otherwise strict Handlebars would fail midway.
 * The names come from the library snapshot when it has them (no Handlebars parser to load).
 */
const contractTemplates = new Set<string>()
function checkContractTemplate(source: string, id: string, provided: readonly string[], known?: Readonly<Record<string, readonly string[]>>): void {
  if (contractTemplates.has(source)) return
  const used = known && Object.hasOwn(known, source) ? known[source]! : [...templateUsage(source).variables]
  const missing = used.filter((v) => !provided.includes(v))
  if (missing.length > 0) throw new InputError(`--template ${id}: not a contract template (it uses ${missing.map((v) => `"${v}"`).join(', ')}, which a deal does not provide)`)
  contractTemplates.add(source)
}

/** A GFM table of already-escaped cells. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function directive(name: string, clause: Clause): string {
  const variant = clause.variant ? ` variant="${clause.variant}"` : ''
  return `:::${name}{id="${clause.id}" version="${clause.version}"${variant}}`
}

/**
 * Renders library clauses as Markdown articles (`##`) or annex items (`###`), each wrapped in a
 * `clause` directive that carries its id and version. `values` supplies the variables (a deal, or
 * the facts read from a quote); problems with values are collected, not thrown.
 */
export function renderClauses(clauses: readonly Clause[], values: unknown, fmt: Formatting, file: string, heading: '##' | '###', problems: Problem[], prepared?: Pick<Prepared, 'templates'>): string {
  return clauses
    .map((clause) => {
      const { values: resolved, problems: p } = resolveVariables(clause, values, fmt.lang, file)
      problems.push(...p)
      if (p.length > 0) return ''
      return `${directive('clause', clause)}\n${heading} ${escapeMarkdown(clause.title[fmt.lang])}\n\n${renderClauseBody(clause, resolved, fmt, prepared)}\n:::\n`
    })
    .join('\n')
}

function priceRows(deal: ResolvedDeal, fmt: Formatting): string[][] {
  const { lang } = fmt
  const p = deal.price
  const fr = { format: (n: number) => formatNumber(n, 'fr') }
  const en = { format: (n: number) => formatNumber(n, 'en') }
  const paymentTerm =
    lang === 'fr'
      ? p.paymentBasis === 'invoice' ? `${p.paymentDays} jours à compter de la date d'émission de la facture` : `${p.paymentDays} jours fin de mois`
      : p.paymentBasis === 'invoice' ? `${p.paymentDays} days from the invoice date` : `${p.paymentDays} days end of month`
  const invoicing =
    lang === 'fr'
      ? p.invoicing === 'monthly' ? 'facture périodique mensuelle, émise au plus tard le dernier jour du mois' : 'une facture par livraison'
      : p.invoicing === 'monthly' ? 'monthly periodic invoice, issued by the last day of the month' : 'one invoice per delivery'
  const daily = deal.volumes.dailyCap
  const rows: string[][] =
    lang === 'fr'
      ? [
          ['Prix par Lead Conforme (HT)', formatMoney(p.perLead, fmt)],
          ['Volume mensuel maximal', `${fr.format(deal.volumes.monthlyCap)} Leads`],
          ...(daily !== undefined ? [['Volume journalier maximal', `${fr.format(daily)} Leads`]] : []),
          ['Facturation', invoicing],
          ['Délai de paiement', paymentTerm],
          ['Type de Leads', `${deal.exclusivity.exclusive ? 'exclusifs' : `mutualisés (au plus ${deal.exclusivity.maxBuyers} acheteurs)`}, ${deal.leads.temperature === 'hot' ? 'à chaud' : 'à froid'}`],
        ]
      : [
          ['Price per Valid Lead (excl. VAT)', formatMoney(p.perLead, fmt)],
          ['Maximum monthly volume', `${en.format(deal.volumes.monthlyCap)} Leads`],
          ...(daily !== undefined ? [['Maximum daily volume', `${en.format(daily)} Leads`]] : []),
          ['Invoicing', invoicing],
          ['Payment term', paymentTerm],
          ['Type of Leads', `${deal.exclusivity.exclusive ? 'exclusive' : `shared (at most ${deal.exclusivity.maxBuyers} buyers)`}, ${deal.leads.temperature === 'hot' ? 'real-time' : 'from a database'}`],
        ]
  return rows.map((r) => r.map(escapeMarkdown))
}

/**
 * Refuses a deal the law forbids (one problem per line, each with its source) and returns the
 * risky terms as warnings.
 */
function dealChecks(deal: Deal, file: string): string[] {
  const found = checkDeal(deal)
  const forbidden = found.filter((p) => p.level === 'forbidden')
  if (forbidden.length > 0) throw new ValidationError(forbidden.map((p) => ({ file, path: p.path, message: `refused: ${p.message} (${p.source})` })))
  return found.map((p) => `${p.path}: ${p.message} (${p.source})`)
}

/** Builds the contract for a validated deal. Throws ValidationError when a clause value is invalid. */
export function assemble(input: Deal, options: BuildOptions): BuildResult {
  const lang = options.lang ?? input.language
  const file = options.file ?? 'deal'
  const warnings = dealChecks(input, file)
  const { deal, notices } = resolveDefaults(input)
  const terms: DealTerms = dealTerms(deal, lang, options.bilingual === true)
  const values = { ...deal, terms }
  const fmt: Formatting = { lang, currency: deal.price.currency }
  const source = readTemplate(options.template ?? DEFAULT_TEMPLATE, lang)
  const { articles, processorTerms } = selectClauses(options.library, deal)
  const problems: Problem[] = checkPeriodValues(options.library, new Set([...articles, ...processorTerms].map((c) => c.id)), values, lang, file)
  if (problems.length > 0) throw new ValidationError(problems)
  const articlesMd = renderClauses(articles, values, fmt, file, '##', problems, options.library.prepared)
  const termsMd = renderClauses(processorTerms, values, fmt, file, '###', problems, options.library.prepared)
  if (problems.length > 0) throw new ValidationError(problems)

  const headers = TABLE_HEADERS[lang]
  const sourcesTable = table(
    headers.sources,
    deal.sources.map((s) => [escapeMarkdown(s.name), escapeMarkdown(s.type === 'own-site' && terms.processor ? BUYER_SITE_LABEL[lang] : (SOURCE_TYPE_LABEL[lang][s.type] ?? s.type)), s.url ? escapeMarkdown(s.url) : '—']),
  )
  // The SCC module follows the exporter's role: a processor exports to its sub-processor (module 3),
  // a controller to its processor (module 2).
  const sccModule = terms.processor ? (lang === 'fr' ? 'module 3' : 'Module 3') : lang === 'fr' ? 'module 2' : 'Module 2'
  const subRows = [
    ...deal.subprocessors.map((s) => [s.name, s.activity, s.country, lang === 'fr' ? "Aucun transfert hors de l'Espace économique européen" : 'No transfer outside the European Economic Area']),
    ...deal.offshore.map((o) => [o.provider, o.activity, o.country, o.mechanism === 'scc' ? (lang === 'fr' ? `Clauses contractuelles types (décision (UE) 2021/914), ${sccModule}, signées et annexées` : `Standard contractual clauses (Decision (EU) 2021/914), ${sccModule}, signed and attached`) : lang === 'fr' ? "Décision d'adéquation" : 'Adequacy decision']),
  ].map((r) => r.map(escapeMarkdown))
  const context = {
    deal: escapeDeep(deal),
    date: deal.date === undefined ? '' : formatDate(deal.date, lang),
    terms,
    sectors: escapeMarkdown(formatList(deal.sectors, lang)),
    channels: escapeMarkdown(formatList(deal.channels.map((c) => CHANNEL_LABEL[lang][c]), lang)),
    roleText: ROLE_LABEL[lang][deal.role],
    processor: deal.role === 'processor',
    articles: articlesMd,
    processingTerms: termsMd,
    sourcesTable,
    subprocessorsTable: subRows.length > 0 ? table(headers.subprocessors, subRows) : '',
    priceTable: table(headers.price, priceRows(deal, fmt)),
    priceAnnex: subRows.length > 0 ? '4' : '3',
  }
  checkContractTemplate(source, options.template ?? DEFAULT_TEMPLATE, Object.keys(context), options.library.prepared.templateVariables)
  const markdown = renderTemplate(source, context, fmt, options.library.prepared.templates)
  const titles = new Map(options.library.clauses.map((c) => [c.id, c.title[lang]]))
  const meta = {
    title: lang === 'fr' ? `Contrat de fourniture de leads — ${plainValue(deal.buyer.name)} / ${plainValue(deal.generator.name)}` : `Lead Generation Agreement — ${plainValue(deal.buyer.name)} / ${plainValue(deal.generator.name)}`,
    subject: lang === 'fr' ? 'Fourniture de leads, protection des données' : 'Lead generation, data protection',
    creator: plainValue(deal.buyer.name),
    keywords: lang === 'fr' ? 'fourniture de leads, protection des données, prospection' : 'lead generation, data protection, canvassing',
    description: [lang === 'fr' ? 'Projet de contrat' : 'Draft agreement', deal.reference ? plainValue(deal.reference) : undefined].filter(Boolean).join(' — '),
  }
  const { contract, warnings: contractWarnings } = toContract(markdown, lang, meta, titles)
  return { contract, source: markdown, warnings: [...warnings, ...contractWarnings], notices }
}

/**
 * `assemble`, loading the CommonMark parser first only when the contract has a segment outside the
 * contract dialect (a deal's text holding other Markdown) and it is not loaded yet: the build is
 * pure, so it is simply started again.
 */
export async function assembleLoading(input: Deal, options: BuildOptions): Promise<BuildResult> {
  try {
    return assemble(input, options)
  } catch (error) {
    if (!(error instanceof MarkdownParserNeeded)) throw error
  }
  // Loading it registers it (core/markdown.ts).
  await import('../core/markdown.js')
  return assemble(input, options)
}
