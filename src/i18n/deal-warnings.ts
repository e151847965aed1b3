/**
 * The deal's legal warnings and announced defaults printed by `clausier build` (src/deal/checks.ts,
 * src/deal/defaults.ts, src/draft/to-contract.ts), in French: a pattern on the English line and its
 * French wording, `$1`… taking the deal's own values. Every legal warning keeps its source. A line
 * not listed here is shown as the builder wrote it; English lines are never changed.
 */
import type { UiLang } from './lang.js'

/** Known lines (English pattern → French replacement). */
export const DEAL_WARNINGS: ReadonlyArray<readonly [RegExp, string]> = [
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
  return known ? line.replace(known[0], known[1]) : line
}
