/**
 * The law a document chooses: French rules (late-payment mentions, C. com. L. 441-10 terms) apply
 * only where the contract is under French law, or says nothing (a French business's default).
 */
import { gatedRegExp } from './gate.js'
import type { Sentence } from './text.js'

/** The law a document chooses for itself. */
export type GoverningLaw = 'french' | 'foreign' | undefined

/**
 * Words that make a sentence choose its law: « régi par », "governed by", and the law said to apply
 * to disputes (« les lois de Belgique seront applicables en cas de litige », « tout litige ressort de
 * l'application du droit belge »). Asked of every sentence: behind the literal gate (gate.ts), which
 * runs it only on sentences holding one of its words, without the Unicode flag on ASCII ones.
 */
const CHOICE = gatedRegExp(/(?<![\p{L}])(?:regie?s?|soumise?s?|gouvernee?s?|governed|construed|interpreted|subject to|(?:seront|sont|sera|est) applicables?|de l'application)(?![\p{L}])/u)
const FRENCH = /(?:droit|loi|lois) (?:francais|francaise)|(?:droit|loi|lois) de la (?:republique )?francaise|(?:droit|loi|lois) de (?:la )?france|french law|laws? of (?:the republic of )?france/
const FOREIGN =
  /(?:droit|loi|lois) (?:de |d'|du |des )(?:l'etat (?:de |d'))?(?!(?:la |l')?(?:france|union|ue|eee|espace|republique francaise)|l'union|la republique francaise)[a-z]|laws? of (?:the )?(?:state of |commonwealth of |province of )?(?!france|the european|the eu|the republic of france)[a-z]|(?:english|irish|german|spanish|italian|belgian|swiss|dutch|luxembourg|american|new york|delaware|california|singapore|hong kong) law|(?:droit|loi) (?:anglais|anglaise|allemand|allemande|espagnol|espagnole|italien|italienne|belge|suisse|neerlandais|neerlandaise|luxembourgeois|luxembourgeoise|americain|americaine|irlandais|irlandaise|singapourien|singapourienne)/

/** The law the document's sentences choose (a French choice wins over a mention of another law). */
export function governingLaw(sentences: readonly Pick<Sentence, 'norm'>[]): GoverningLaw {
  let foreign = false
  for (const s of sentences) {
    if (!CHOICE.test(s.norm)) continue
    if (FRENCH.test(s.norm)) return 'french'
    if (FOREIGN.test(s.norm)) foreign = true
  }
  return foreign ? 'foreign' : undefined
}
