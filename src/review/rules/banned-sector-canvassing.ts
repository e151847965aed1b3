/**
 * `banned-sector-canvassing`: leads or campaigns for energy renovation (works, energy-saving or
 * renewable-energy equipment) or for adapting housing to ageing or disability, sectors where any
 * canvassing (phone, email, SMS, social networks) is banned outside an ongoing contract.
 * Reported once per document, at the first mention.
 */
import { defineRule, msg } from '../define-rule.js'
import { at, compile, matchedText, quote, reportParts, type Bilingual } from './support/patterns.js'
import { holdsLeadClause } from './support/leads.js'

/** Energy renovation and home adaptation, as campaigns name them. */
const SECTOR: Bilingual = {
  en: [
    'energy (renovation|retrofit|efficiency (works|upgrades?|improvements?|renovation)|saving (works|equipment|measures))',
    'thermal (renovation|insulation)',
    '(home|house|loft|attic|wall|roof|cavity|external|exterior|internal) insulation',
    'insulation works?',
    'heat pumps?',
    'solar panels?',
    'photovoltaic',
    '(biomass|pellet|wood) (boilers?|stoves?)',
    'renewable energy (equipment|installations?|production)',
    '(home|housing|house|bathroom) adaptation',
    'adapting (the )?(home|homes|housing)',
    'stair ?lifts?',
    'walk-in (showers?|baths?)',
    '(ageing|aging|elderly|seniors?|disabled|disability|reduced mobility)[^.;]{0,40}(home|housing) (adaptation|works)',
  ],
  fr: [
    'renovation (energetique|thermique)',
    'travaux (de renovation energetique|d.economies? d.energie|d.isolation|de performance energetique)',
    'economies? d.energie',
    'isolation (thermique|des combles|des murs|exterieure|interieure|de la toiture|a 1 euro)',
    'pompes? a chaleur',
    'panneaux (solaires|photovoltaiques)',
    'photovoltaique',
    'chaudieres? (a granules|biomasse|a bois)',
    'poeles? a (granules|bois)',
    'maprimerenov',
    'certificats? d.economies? d.energie',
    'adaptation (du logement|des logements|de l.habitat|de la salle de bain)',
    'logements? adaptes?',
    'maprimeadapt',
    'monte-?escaliers?',
    'douches? (senior|securisees?|a l.italienne)',
    '(perte d.autonomie|handicap|personnes agees)[^.;]{0,40}(logement|habitat|travaux)',
  ],
}

/** The sentence keeps these sectors out ("excluding energy renovation", « à l'exclusion de »). */
const EXCLUDED: Bilingual = {
  en: ['exclud', 'except', 'other than', 'prohibit', 'forbid', 'banned', '(shall|may|must|will) not', 'no (leads?|campaigns?|canvassing)', 'never', 'not (be )?(used|sold|delivered|targeted)'],
  fr: ['a l.exclusion', 'exclu', 'hors', 'sauf', 'interdi', 'proscri', 'ne (peut|peuvent|pourra|pourront|doit|doivent|sera|seront|porte|portent|concerne|concernent)', 'aucun (lead|demarchage|campagne)', 'aucune campagne', 'jamais'],
}

/**
 * Where the ban applies: canvassing of consumers (C. consom. L. 223-1 protects consumers; business
 * leads are out of its scope), in a document about leads or canvassing — a channel, a lead clause,
 * or the sentence itself naming leads or canvassing. An installer's terms of sale that name heat
 * pumps sell them; they canvass nobody.
 */
const CANVASSING: Bilingual = {
  en: ['leads?\\b', 'prospects?\\b', 'canvass', 'campaigns?\\b', 'telemarketing', 'cold call', 'outbound call', '(calls?|calling|emails?|sms|text messages?) (to )?(consumers|households|homeowners|prospects)'],
  fr: ['leads?\\b', 'prospect', 'demarchage', 'campagnes?\\b', 'teleprospection', 'appels? sortants?', 'sollicitation', '(appels?|appeler|e-?mails?|sms|courriels?) (aux |des )?(consommateurs|particuliers|menages|proprietaires)'],
}

const sector = compile(SECTOR)
const canvassing = compile(CANVASSING)
const excluded = compile(EXCLUDED)

const SOURCES = ['C. consom. L. 223-1 (energy renovation ban, loi n° 2020-901)', 'loi n° 2025-594 (all canvassing channels: energy renovation, home adaptation)']

export default defineRule({
  id: 'banned-sector-canvassing',
  meta: { description: 'Report canvassing for energy renovation or home adaptation', severity: 'error' },
  check(ctx) {
    if (!ctx.facts.consumers) return
    const aboutLeads = ctx.facts.channels.length > 0 || holdsLeadClause(ctx)
    const s = ctx.sentences.find((x) => sector.test(x.norm) && !excluded.test(x.norm) && (aboutLeads || canvassing.test(x.norm)))
    if (!s) return
    const what = matchedText(s, sector)
    ctx.report({
      message: msg(ctx.lang, {
        en: `Campaign for a banned sector ("${what}": "${quote(s, at(sector, s))}"): canvassing by phone, email, SMS or social networks for energy renovation or home adaptation is prohibited outside an ongoing contract; contracts concluded after unlawful calls are void and the professional who profits from the calls is presumed liable (C. consom. L. 223-1; loi n° 2020-901; loi n° 2025-594)`,
        fr: `Campagne dans un secteur interdit (« ${what} » : « ${quote(s, at(sector, s))} ») : tout démarchage par téléphone, e-mail, SMS ou réseaux sociaux pour la rénovation énergétique ou l'adaptation du logement est interdit hors contrat en cours ; les contrats conclus à la suite d'appels illicites sont nuls et le professionnel qui en profite est présumé responsable (C. consom. L. 223-1 ; loi n° 2020-901 ; loi n° 2025-594)`,
      }),
      ...reportParts(ctx, s, SOURCES, 'compliance-warranty'),
    })
  },
})
