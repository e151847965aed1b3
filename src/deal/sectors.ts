/**
 * What a deal's free-text sectors, product and party names reveal: the regulated sectors the
 * builder and the deal checks react to. Data, matched on text without accents and in lower case.
 */

/** A sector the library treats specially, with the words that reveal it (FR and EN). */
export interface SectorPattern {
  id: 'energy-renovation' | 'home-adaptation' | 'insurance' | 'health'
  pattern: RegExp
}

/** The sectors, each with its revealing words. */
export const SECTOR_PATTERNS: readonly SectorPattern[] = [
  { id: 'energy-renovation', pattern: /\b(renovation energetique|energy[- ]renovation|energy[- ]saving|economies? d.energie|isolation|insulation|pompes? a chaleur|heat pumps?|photovolta|solar panels?|panneaux? solaires?|chaudieres?|boilers?|energies? renouvelables?|renewable energ|double vitrage|double glazing)/ },
  { id: 'home-adaptation', pattern: /\b(adaptation du logement|home adaptation|perte d.autonomie|monte[- ]escaliers?|stair ?lifts?|vieillissement|handicap|ageing|aging|disabilit)/ },
  { id: 'insurance', pattern: /\b(assurances?|insurances?|mutuelles?|prevoyance|courtage en assurance)\b/ },
  { id: 'health', pattern: /\b(sante|health|medical|dentaire|dental|optique|audition|hearing aids?)\b/ },
]

/** Words in a buyer's name or offer that suggest energy work, although the sectors do not say so. */
export const ENERGY_HINT = /\b(energ|solar|solaire|renov|chauffag|heating|isol)/

/** Lower case, accents removed, white space collapsed. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'").toLowerCase().replace(/\s+/g, ' ')
}

/** The sector ids that any of the texts reveals. */
export function sectorsOf(texts: readonly string[]): Set<SectorPattern['id']> {
  const found = new Set<SectorPattern['id']>()
  for (const text of texts.map(normalise)) for (const s of SECTOR_PATTERNS) if (s.pattern.test(text)) found.add(s.id)
  return found
}

/**
 * The French commercial courts that sit as "tribunal des activités économiques" during the pilot
 * (1 Jan 2025 – 31 Dec 2028): loi n° 2023-1059 art. 26; arrêté du 5 juillet 2024, art. 2.
 */
export const TAE_CITIES: readonly string[] = ['Auxerre', 'Avignon', 'Le Havre', 'Le Mans', 'Limoges', 'Lyon', 'Marseille', 'Nancy', 'Nanterre', 'Paris', 'Saint-Brieuc', 'Versailles']

/** Legal forms that are commercial by form (C. com. L. 210-1), so their holder contracts as a merchant. */
export const MERCHANT_FORM = /^(sa|sas|sasu|sarl|eurl|snc|scs|sca|se|selarl|selas)$|societe anonyme|societe par actions simplifiee|societe a responsabilite limitee|societe en nom collectif|societe en commandite|societe europeenne|entreprise unipersonnelle a responsabilite limitee/
