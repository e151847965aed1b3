/**
 * Helpers shared by the reviewer rules: compiling FR/EN pattern sources (written without accents,
 * applied to `sentence.norm`), the vocabulary several rules use, and small search helpers.
 */
import type { Clause } from '../../../library/clause.js'
import { stripAccents } from '../../../library/detect-signals.js'
import type { Report, RuleContext } from '../../define-rule.js'
import { CaseFreeRegExp } from '../../case-free.js'
import { mayMatch } from '../../gate.js'
import { locationOf } from '../../define-rule.js'
import { localSources } from '../../sources.js'
import type { Sentence } from '../../text.js'

/** Regular-expression sources per language. Both languages always apply: documents mix them. */
export interface Bilingual {
  readonly en: readonly string[]
  readonly fr: readonly string[]
}

/**
 * An expression of several sources that answers `test` one source at a time: `\b(?:A|B|…)` matches
 * a text exactly when one of `\bA`, `\bB`, … does (the sources hold no backreference), and each
 * source runs only on a text that holds its own literals (the literal gate, gate.ts), where the whole
 * alternation runs on every text that holds the literals of any of them. A rule's sources are
 * sentences of a few words each, most of which never meet in one sentence (a party's name with a
 * release verb and the other party's name). `exec` and every other use are the whole expression's.
 */
class Alternatives extends CaseFreeRegExp {
  readonly #parts: readonly CaseFreeRegExp[]

  constructor(parts: readonly string[]) {
    super(`\\b(?:${parts.join('|')})`, 'iu')
    this.#parts = parts.map((p) => new CaseFreeRegExp(`\\b${p}`, 'iu'))
  }

  override test(input: string): boolean {
    const text = String(input)
    // The whole expression's gate first: most texts hold the literals of none of its sources.
    if (!mayMatch(this, text)) return false
    for (const part of this.#parts) if (part.test(text)) return true
    return false
  }
}

/**
 * Compiles sources into one case-insensitive, non-global regex that must start at a word start
 * (like `compileSignal`, but safe to reuse with `.test`). Sentences are matched in normalised
 * form (accents stripped), so `\\b` marks word starts; V8 runs a leading `\\b` before an
 * alternation far faster than a look-behind, which matters on 50 MB documents. The sources are
 * lower case: on normalised text the expression runs without `i` (see case-free.ts).
 */
export function compile(sources: Bilingual | readonly string[]): RegExp {
  const list: readonly string[] = 'en' in sources ? [...sources.en, ...sources.fr] : sources
  const parts = list.map((s) => `(?:${stripAccents(s)})`)
  return parts.length > 1 ? new Alternatives(parts) : new CaseFreeRegExp(`\\b(?:${parts.join('|')})`, 'iu')
}

/**
 * The buyer, as contracts name it; in public procurement the buyer is « le pouvoir adjudicateur »,
 * « l'entité adjudicatrice » or « la personne publique » (the « titulaire » supplies).
 */
export const BUYER =
  "(the )?(buyer|client|customer|advertiser|purchaser)s?|(le |la |l.)?(client|acheteur|annonceur|donneur d.ordre|pouvoir adjudicateur|entite adjudicatrice|personne publique)s?"
/** The lead generator, as contracts name it. */
export const GENERATOR =
  "(the )?(generator|lead generator|supplier|provider|vendor|publisher|seller|broker|company|agency)|(le |la |l.)?(fournisseur|prestataire|generateur|editeur|vendeur|courtier|societe|agence|partenaire)"

/**
 * A free or preview offering (trials, betas, a free version): terms that apply only to it (a cap,
 * an exit at any time) do not bear on the service the buyer pays for.
 */
export const SIDE_OFFERING: Bilingual = {
  en: ['(for|on|of|to) (free |no.charge )?(trials?|betas?|previews?|evaluations?)\\b', "(customer.s )?use of (free )?(trials?|betas?)\\b", 'free (services?|version|tier|plan|accounts?|trials?)', 'beta (services?|features?|versions?)', 'trials? and betas?'],
  fr: ['(version|offre|service|periode|compte)s? (gratuite?s?|d.essai|beta)', 'essais? gratuits?', 'fonctionnalites? (en )?beta'],
}

/** Data protection, consent or legal-compliance vocabulary (not mere "conformity" with a brief). */
export const COMPLIANCE: Bilingual = {
  en: [
    'consent',
    'opt.?in',
    'opt(s|ed|ing) in',
    'gdpr',
    'data protection',
    'personal data',
    'privacy',
    'compliance',
    'regulat',
    'lawful',
    'unlawful',
    'legal (ground|defect|reason)s?',
    'cnil',
    'dgccrf',
    'bloctel',
    'do.not.call',
    'objection',
  ],
  fr: [
    'consentement',
    'rgpd',
    'protection des donnees',
    'donnees (a caractere )?personnelles',
    'conformite (reglementaire|rgpd|legale|juridique|au rgpd|a la reglementation|aux lois)',
    'non-?conformite (reglementaire|juridique|rgpd|legale)',
    'reglementaire',
    'licite',
    'illicite',
    'motifs? (juridiques?|legaux|reglementaires)',
    'opposition',
  ],
}

/** Where `re` first matches in a sentence's normalised text (for quoting the right clause). */
export function at(re: RegExp, s: Sentence): number | undefined {
  return re.exec(s.norm)?.index
}

/** The text matched by `re` in a sentence (for quoting it in a message). */
export function matchedText(s: Sentence, re: RegExp): string {
  return re.exec(s.norm)?.[0] ?? ''
}

/**
 * A sentence quoted in a message, shortened. With `at` (an offset in `s.norm`), a long sentence is
 * quoted from the semicolon-separated clause around it (run-on contracts).
 */
export function quote(s: Sentence, at?: number, max = 160): string {
  let text = s.text.trim()
  if (at !== undefined && text.length > max) {
    const ordinal = s.norm.slice(0, at).split(';').length - 1
    const part = s.text.split(';')[ordinal]?.trim()
    if (part) text = part
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** The library clause of an id to suggest (the variant that fits `pick`, else the first). */
function clauseOf(ctx: RuleContext, id: string, pick?: (c: Clause) => boolean): Clause | undefined {
  const files = ctx.library.byId.get(id) ?? []
  return (pick ? files.find(pick) : undefined) ?? files[0]
}

/**
 * The parts of a report that come from a sentence, the sources and the related clause id: its
 * library text is suggested when the library has it (`clause` chooses a variant).
 */
export function reportParts(
  ctx: RuleContext,
  s: Sentence | undefined,
  sources: readonly string[],
  clauseId: string,
  clause: Clause | undefined = clauseOf(ctx, clauseId),
): Pick<Report, 'sources' | 'location' | 'suggestion' | 'clauseId'> {
  return {
    clauseId,
    ...(sources.length > 0 ? { sources: localSources(sources, ctx.lang) } : {}),
    ...(s ? { location: locationOf(s) } : {}),
    ...(clause ? { suggestion: ctx.suggestion(clause) } : {}),
  }
}

/** Keeps one sentence per block (a finding per line is enough). */
export function onePerBlock(sentences: readonly Sentence[]): Sentence[] {
  const seen = new Set<string>()
  return sentences.filter((s) => {
    const key = `${s.path}:${s.blockIndex}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
