/**
 * The deal's legal warnings and announced defaults printed by `clausier build` (src/deal/checks.ts,
 * src/deal/defaults.ts, src/draft/to-contract.ts), in French: a pattern on the English line and its
 * French wording, `$1`… taking the deal's own values. Every legal warning keeps its source. A line
 * not listed here is shown as the builder wrote it; English lines are never changed.
 */
import { ENUM_LABELS } from './deal-fields.js'
import type { UiLang } from './lang.js'

/** A French replacement: a `$1` template, or a function of the pattern's groups. */
type Replacement = string | ((whole: string, ...groups: string[]) => string)

/** The works whose canvassing is banned (src/deal/checks.ts), in French. */
const WORKS: Readonly<Record<string, string>> = {
  'energy renovation or renewable-energy equipment': 'des travaux de rénovation énergétique ou des équipements de production d’énergie renouvelable',
  'home adaptation for ageing or disability': 'des travaux d’adaptation du logement à la perte d’autonomie ou au handicap',
}
const works = (what: string) => what.split(' and ').map((w) => WORKS[w] ?? w).join(' et ')
/** The deal's channels (`email, sms`) as the form names them: « courriel, SMS ». */
const channels = (list: string) =>
  list
    .split(', ')
    .map((c) => ENUM_LABELS.channels?.[c]?.fr.replace(/^\p{Lu}(?=\p{Ll})/u, (l) => l.toLowerCase()) ?? c)
    .join(', ')

const PAYMENT_SOURCE = /\(C\. com\. L\. 441-10 I; fine up to €2 M on the debtor, L\. 441-16\)$/.source
const PAYMENT_SOURCE_FR = '(C. com., art. L. 441-10, I ; amende administrative jusqu’à 2 M€ pour le débiteur, art. L. 441-16)'

/** Known lines (English pattern → French replacement); `refused: …` are the problems of a deal the law forbids. */
export const DEAL_WARNINGS: ReadonlyArray<readonly [RegExp, Replacement]> = [
  [
    /^refused: canvassing consumers by phone for (.*) is banned outside an ongoing contract, whatever their consent; no contract can make it lawful \(C\. consom\. L\. 223-1 \(loi n° 2020-901\)\)$/,
    (_, what: string) => `refusé : le démarchage téléphonique de consommateurs pour ${works(what)} est interdit, hors des sollicitations intervenant dans le cadre de l’exécution d’un contrat en cours, quel que soit leur consentement ; aucun contrat ne peut le rendre licite (C. consom., art. L. 223-1, issu de la loi n° 2020-901)`,
  ],
  [
    /^refused: canvassing for (.*) is banned on every channel \((.*)\) outside an ongoing contract, whatever the consent; no contract can make it lawful \(C\. consom\. L\. 223-1; loi n° 2025-594 art\. 13 \(all channels; consolidated text not checked\)\)$/,
    (_, what: string, list: string) => `refusé : la prospection pour ${works(what)} est interdite par tout canal (${channels(list)}) hors de l’exécution d’un contrat en cours, quel que soit le consentement ; aucun contrat ne peut la rendre licite (C. consom., art. L. 223-1 ; loi n° 2025-594, art. 13 (tous canaux ; texte consolidé non vérifié))`,
  ],
  [
    new RegExp(`^refused: a monthly invoice is a periodic invoice \\(CGI art\\. 289, I-3\\): its payment term runs from the invoice date, at most 45 days; "(\\d+) days end of month" is not allowed ${PAYMENT_SOURCE}`),
    `refusé : une facture mensuelle est une facture périodique (CGI, art. 289, I-3) : son délai de paiement court à compter de sa date d’émission, 45 jours au plus ; « $1 jours fin de mois » n’est pas permis ${PAYMENT_SOURCE_FR}`,
  ],
  [
    new RegExp(`^refused: a monthly invoice is a periodic invoice \\(CGI art\\. 289, I-3\\): at most 45 days from the invoice date, got (\\d+) ${PAYMENT_SOURCE}`),
    `refusé : une facture mensuelle est une facture périodique (CGI, art. 289, I-3) : 45 jours au plus à compter de sa date d’émission (et non $1) ${PAYMENT_SOURCE_FR}`,
  ],
  [new RegExp(`^refused: at most 45 days end of month, got (\\d+) ${PAYMENT_SOURCE}`), `refusé : 45 jours fin de mois au plus (et non $1) ${PAYMENT_SOURCE_FR}`],
  [new RegExp(`^refused: at most 60 days from the invoice date, got (\\d+) ${PAYMENT_SOURCE}`), `refusé : 60 jours au plus à compter de la date d’émission de la facture (et non $1) ${PAYMENT_SOURCE_FR}`],
  [
    /^noEnergyWorks: "(.*)" reads as an energy business: set noEnergyWorks: true only if the buyer warrants that nothing it offers these leads is energy-saving or renewable-energy work or equipment \(the draft then carries that warranty\) \(C\. consom\. L\. 223-1 \(loi n° 2020-901\)\)$/,
    'noEnergyWorks : « $1 » semble exercer dans le domaine de l’énergie : n’indiquez noEnergyWorks: true que si l’acheteur garantit ne proposer à ces leads aucuns travaux ni équipements d’économie d’énergie ou de production d’énergie renouvelable (le projet stipule alors cette garantie) (C. consom., art. L. 223-1, issu de la loi n° 2020-901)',
  ],
  [
    /^(buyer|generator)\.legalForm: (.*) \(([^()]*)\) is not known to contract as a merchant: the clause giving jurisdiction to the courts of (.*) would not bind it \(set (?:buyer|generator)\.merchant: true if it is one\) \(CPC art\. 48\)$/,
    '$1.legalForm : rien n’indique que $2 ($3) contracte en qualité de commerçant : la clause attribuant compétence aux juridictions de $4 ne lui serait pas opposable (indiquez $1.merchant: true si c’est le cas) (CPC, art. 48)',
  ],
  [
    /^sources\.(\d+): "(.*)" is a call centre listed as a source of leads: consent to be called must exist before the call, so a call centre can only call back leads collected on a form \(C\. consom\. L\. 223-1; C\. assur\. R\. 112-7 for insurance\)$/,
    'sources.$1 : « $2 » est un centre d’appels déclaré comme source de leads : le consentement à être appelé doit exister avant l’appel ; un centre d’appels ne peut donc que rappeler des leads collectés par un formulaire (C. consom., art. L. 223-1 ; C. assur., art. R. 112-7 pour l’assurance)',
  ],
  [
    /^sources\.(\d+): the generator acts as processor but "(.*)" is a ([a-z-]+): a processor collects on the buyer's own forms; leads from third-party sources call for controller-to-controller terms \(GDPR art\. 28, 13, 14\)$/,
    'sources.$1 : le fournisseur agit en qualité de sous-traitant, mais « $2 » est une source de type « $3 » : un sous-traitant collecte sur les propres formulaires de l’acheteur ; des leads issus de sources tierces appellent des stipulations entre responsables de traitement (RGPD, art. 28, 13 et 14)',
  ],
  [
    /^sources\.(\d+): "(.*)" is a comparison site, which sends each request to several buyers: exclusivity cannot be guaranteed for it \(exclude it or buy its leads as shared\) \(C\. civ\. 1103, 1104\)$/,
    'sources.$1 : « $2 » est un comparateur, qui transmet chaque demande à plusieurs acheteurs : l’exclusivité ne peut pas être garantie pour cette source (retirez-la ou achetez ses leads en partagé) (C. civ., art. 1103 et 1104)',
  ],
  [
    /^offshore: insurance offered by phone through a call centre outside the EEA: the call centre must not present insurance products unless it is a registered insurance intermediary \(C\. assur\. L\. 511-1, L\. 512-1 \(ORIAS\)\)$/,
    'offshore : assurance proposée par téléphone par un centre d’appels situé hors de l’EEE : ce centre ne peut présenter des produits d’assurance que s’il est un intermédiaire d’assurance immatriculé (C. assur., art. L. 511-1 et L. 512-1 ; ORIAS)',
  ],
  [
    /^sectors: health-related leads may reveal health data, which the lead definition excludes: have the fields and forms reviewed \(GDPR art\. 9\)$/,
    'sectors : des leads liés à la santé peuvent révéler des données de santé, que la définition du lead exclut : faites revoir les champs collectés et les formulaires (RGPD, art. 9)',
  ],
  [
    /^liveTransfer: live transfers are set but the deal has no phone channel: the draft leaves live transfers out \(C\. consom\. L\. 223-1\)$/,
    'liveTransfer : le transfert d’appel en direct est prévu, mais le deal ne comporte pas le canal téléphonique : le projet ne le stipule pas (C. consom., art. L. 223-1)',
  ],
  [
    /^exclusivity: not set in the deal; the draft makes every lead exclusive to (.*) for (\d+) days, with (\d+)-day deduplication \(set exclusivity to change or drop it\)$/,
    'exclusivity : non renseignée dans le deal ; le projet réserve chaque lead en exclusivité à $1 pendant $2 jours, avec un dédoublonnage sur $3 jours (renseignez exclusivity pour la modifier ou l’écarter)',
  ],
  [
    /^liability\.dataCapFloor: not set; the indemnity for data-protection, consent and canvassing breaches is uncapped$/,
    'liability.dataCapFloor : non renseigné ; l’indemnisation des manquements à la protection des données, au consentement et aux règles du démarchage n’est pas plafonnée',
  ],
  [
    /^(buyer|generator)\.capital: not set; the share capital is left as \[●\] \(required on company documents\)$/,
    '$1.capital : non renseigné ; le capital social reste à compléter [●] (mention requise sur les documents de la société)',
  ],
  [/^reference to "(.*)", which is not in this contract, written as its title$/, 'renvoi à « $1 », qui ne figure pas dans ce contrat : écrit sous la forme de son intitulé'],
]

/** A warning or announced default of `clausier build` in `lang` (unchanged in English, or when not known). */
export function dealWarningText(line: string, lang: UiLang): string {
  if (lang === 'en') return line
  const known = DEAL_WARNINGS.find(([pattern]) => pattern.test(line))
  if (!known) return line
  const [pattern, replacement] = known
  return typeof replacement === 'string' ? line.replace(pattern, replacement) : line.replace(pattern, replacement)
}
