/**
 * Canonical red-flag wordings: for each content rule, sentences written from the domain brief's red
 * flags and the rule's own definition (docs/rules/), in the words of no corpus document and of no
 * rule page's examples, with look-alikes that are not the red flag (the buyer's own right, a
 * prohibition, a limit that is there, a rule that does not apply). They were scored before any rule
 * was changed for them (docs/detection.md gives the before/after count): they measure whether a rule knows
 * the red flag or only the wordings it was written from.
 *
 * Party names vary on purpose: the buyer is the Client, Customer, Buyer, Advertiser, « Annonceur »,
 * « l'Acheteur »; the generator the Supplier, Provider, Vendor, Publisher, « Fournisseur »,
 * « Prestataire », « Éditeur ».
 */
import { describe, expect, test } from 'vitest'
import { findings, lines, ruleById } from './harness.js'

interface Case {
  /** Why this is (or is not) the red flag. */
  name: string
  text: string
  fires: boolean
}

const rule = ruleById

/** A lead-supply context: the document sells leads for a price and has a returns clause. */
const LEADS_FR = lines(
  '# Conditions de fourniture de leads',
  'Le Fournisseur livre au Client des leads qualifiés au prix unitaire de 25 € HT.',
)
const LEADS_EN = lines('# Lead supply terms', 'The Supplier delivers qualified leads to the Customer at USD 25 per lead.')

const CASES: Record<string, Case[]> = {
  'partner-consent-unnamed': [
    { name: 'fr: consent to the publisher’s commercial partners', fires: true, text: lines(LEADS_FR, 'Les internautes ont consenti à être contactés par les partenaires commerciaux de l’Éditeur.') },
    { name: 'fr: a box accepting proposals from partner companies', fires: true, text: lines(LEADS_FR, 'Chaque contact a coché une case acceptant de recevoir des propositions de sociétés partenaires.') },
    { name: 'en: agreed to be contacted by marketing partners', fires: true, text: lines(LEADS_EN, 'Each consumer agreed to be contacted by our marketing partners about related products.') },
    { name: 'en: consented to offers from third-party companies', fires: true, text: lines(LEADS_EN, 'Leads have consented to receive offers from third-party companies selected by the Publisher.') },
    { name: 'fr trap: the nominative list names the buyer', fires: false, text: lines(LEADS_FR, 'La liste nominative des partenaires, sur laquelle figure le Client, est affichée sur le formulaire.', 'Les internautes ont consenti à être contactés par ces partenaires.') },
    { name: 'en trap: consent given by a party to use partners', fires: false, text: lines(LEADS_EN, 'The Supplier may only work with partners with the Customer’s prior written consent.') },
    { name: 'en trap: consent collected by partner publishers', fires: false, text: lines(LEADS_EN, 'Our publisher partners collect each consent on their own websites, naming the Customer.') },
    { name: 'en trap: consent to hosting by third-party providers, not to offers', fires: false, text: lines(LEADS_EN, 'You consent to the processing of your data by third-party companies that host the Service.') },
  ],
  'sample-proof': [
    { name: 'fr: an example of the sign-up form as proof of consent', fires: true, text: lines(LEADS_FR, 'À titre de preuve du consentement, le Fournisseur transmet un exemple du formulaire d’inscription.') },
    { name: 'en: a representative copy of the sign-up page as evidence', fires: true, text: lines(LEADS_EN, 'As evidence of consent, the Vendor will supply a representative copy of the sign-up page.') },
    { name: 'en: a blank specimen of the form as proof of opt-in', fires: true, text: lines(LEADS_EN, 'Proof of opt-in shall consist of a blank specimen of the registration form.') },
    { name: 'en trap: a per-lead record with a capture of the form as displayed', fires: false, text: lines(LEADS_EN, 'For each lead, the proof of consent includes the timestamp, the IP address and a capture of the form as it was displayed to that person.') },
    { name: 'fr trap: a blank form is said not to be proof', fires: false, text: lines(LEADS_FR, 'Une simple copie du formulaire vierge ne constitue pas une preuve du consentement.') },
  ],
  'compliance-shifted-to-buyer': [
    { name: 'fr: the advertiser alone answers for its canvassing’s compliance', fires: true, text: lines(LEADS_FR, 'L’Annonceur assume seul la responsabilité de la conformité de ses opérations de prospection à la réglementation.') },
    { name: 'fr: the buyer waives any recourse about consent', fires: true, text: lines(LEADS_FR, 'Le Client renonce à tout recours contre le Fournisseur au titre de la validité des consentements.') },
    { name: 'en: the buyer assumes sole responsibility for its use of the leads', fires: true, text: lines(LEADS_EN, 'The Buyer assumes sole responsibility for ensuring that its use of the leads complies with applicable marketing laws.') },
    { name: 'en: the provider gives no guarantee about consent', fires: true, text: lines(LEADS_EN, 'Provider gives no guarantee that the contacts have lawfully consented to be called.') },
    { name: 'en: the client releases the company about consent collection', fires: true, text: lines(LEADS_EN, 'Client hereby releases the Company from any liability relating to consent collection.') },
    { name: 'en trap: the controller answers for its own processing', fires: false, text: lines(LEADS_EN, 'The Customer, as data controller, remains responsible for its own processing of personal data.') },
    { name: 'en trap: each party answers for its own compliance', fires: false, text: lines(LEADS_EN, 'Each party is responsible for its own compliance with data protection laws.') },
    { name: 'en trap: the buyer alone pays its invoices', fires: false, text: lines(LEADS_EN, 'The Customer is solely responsible for paying the invoices on time.') },
    { name: 'fr trap: nothing releases the supplier', fires: false, text: lines(LEADS_FR, 'Aucune stipulation du contrat ne libère le Fournisseur de ses obligations relatives au consentement.') },
    { name: 'fr trap: the advertiser answers for its campaigns, not alone', fires: false, text: lines(LEADS_FR, 'L’Annonceur assume la responsabilité de ses propres campagnes.') },
  ],
  'returns-exclude-consent': [
    { name: 'fr: consent disputes give no credit note', fires: true, text: lines(LEADS_FR, 'Le Client peut retourner les leads invalides dans un délai de 10 jours.', 'Les contestations portant sur le consentement ne donnent lieu à aucun avoir.') },
    { name: 'en: no refund for leads disputed on consent grounds', fires: true, text: lines(LEADS_EN, 'The Customer may return invalid leads within 10 days.', 'Refunds are not available for leads disputed on consent grounds.') },
    { name: 'en: a closed list of return grounds without consent', fires: true, text: lines(LEADS_EN, 'A lead may be returned within 10 days only for one of the following reasons: the phone number is invalid, the lead is a duplicate, or the contact is under 18.') },
    { name: 'fr: two days to return a lead without provable consent', fires: true, text: lines(LEADS_FR, 'Un lead dont le consentement ne peut être prouvé peut être retourné dans un délai de 48 heures.') },
    { name: 'en trap: consent defects returnable without limit', fires: false, text: lines(LEADS_EN, 'Leads whose consent cannot be evidenced may be returned at any time, for a full credit.') },
    { name: 'fr trap: a time limit with consent defects carved in', fires: false, text: lines(LEADS_FR, 'Aucun retour n’est accepté au-delà de 10 jours, sauf pour un défaut de consentement.') },
  ],
  'unlimited-subcontracting': [
    { name: 'fr: any subcontractor of its choosing', fires: true, text: lines(LEADS_FR, 'Le Prestataire est libre de confier tout ou partie des prestations à des sous-traitants de son choix.') },
    { name: 'fr: leads may be passed on to other clients', fires: true, text: lines(LEADS_FR, 'Les leads pourront être cédés par le Fournisseur à d’autres clients.') },
    { name: 'en: any sub-publishers without notice', fires: true, text: lines(LEADS_EN, 'The Publisher may engage any sub-publishers or affiliates without notice to the Advertiser.') },
    { name: 'en: the vendor may sell the same leads to other buyers', fires: true, text: lines(LEADS_EN, 'Vendor reserves the right to sell the same leads to other buyers.') },
    { name: 'en trap: no subcontractor without written approval', fires: false, text: lines(LEADS_EN, 'The Supplier shall not engage any subcontractor without the Customer’s prior written approval.') },
    { name: 'fr trap: the subcontractors listed in an annex', fires: false, text: lines(LEADS_FR, 'Le Fournisseur peut recourir aux sous-traitants listés en Annexe 3.') },
    { name: 'en trap: a maximum number of buyers', fires: false, text: lines(LEADS_EN, 'Each lead is sold to no more than two buyers.') },
    { name: 'en trap: the buyer may subcontract its own calls', fires: false, text: lines(LEADS_EN, 'The Customer may subcontract its call centre operations.') },
    { name: 'en trap: no sub-publishers without approval', fires: false, text: lines(LEADS_EN, 'The Publisher shall not use sub-publishers without the Advertiser’s prior written approval.') },
  ],
  'retention-until-opt-out': [
    { name: 'fr: kept as long as the prospect has not unsubscribed', fires: true, text: lines(LEADS_FR, 'Le Fournisseur garde les coordonnées des prospects tant que ceux-ci ne se sont pas désabonnés.') },
    { name: 'en: stored as long as the person has not unsubscribed', fires: true, text: lines(LEADS_EN, 'Contact data is stored for as long as the individual has not unsubscribed.') },
    { name: 'en: prospect records kept with no time limit', fires: true, text: lines(LEADS_EN, 'The Supplier keeps prospect records without any time limit.') },
    { name: 'fr: an opened e-mail makes a contact active', fires: true, text: lines(LEADS_FR, 'Un contact ayant ouvert un e-mail au cours des trois dernières années est considéré comme actif.') },
    { name: 'en trap: until opt-out but at most three years', fires: false, text: lines(LEADS_EN, 'Data is kept until the person unsubscribes and for no longer than three years after the last contact.') },
    { name: 'fr trap: a suppression list', fires: false, text: lines(LEADS_FR, 'Les adresses des personnes désinscrites sont conservées dans une liste d’opposition.') },
    { name: 'en trap: an opened e-mail is not a contact', fires: false, text: lines(LEADS_EN, 'Opening an email does not count as a contact from the prospect.') },
  ],
  'legitimate-interest-canvassing': [
    { name: 'en: e-mails to consumers on legitimate interests', fires: true, text: lines(LEADS_EN, 'Emails to consumers are sent on the basis of our legitimate interests (Art. 6(1)(f) GDPR).') },
    { name: 'fr: SMS to individuals on legitimate interest', fires: true, text: lines(LEADS_FR, 'La prospection par SMS auprès des particuliers repose sur l’intérêt légitime du Fournisseur.') },
    { name: 'en trap: consent, not legitimate interest', fires: false, text: lines(LEADS_EN, 'We rely on consent, not legitimate interest, for all marketing emails to consumers.') },
    { name: 'en trap: protecting legitimate interests is no legal basis', fires: false, text: lines(LEADS_EN, 'Each party may take steps to protect its legitimate interests.') },
  ],
  'banned-sector-canvassing': [
    { name: 'fr: attic insulation and heat pumps', fires: true, text: lines(LEADS_FR, 'Les campagnes portent sur l’isolation des combles et les pompes à chaleur.') },
    { name: 'en: energy renovation works', fires: true, text: lines(LEADS_EN, 'The campaign covers leads for home energy renovation works.') },
    { name: 'fr trap: energy renovation excluded', fires: false, text: lines(LEADS_FR, 'Sont exclus du périmètre les leads relatifs à la rénovation énergétique.') },
    { name: 'en trap: electricity supply contracts', fires: false, text: lines(LEADS_EN, 'The campaign covers leads for electricity supply contracts.') },
  ],
  'contest-sources-unreviewed': [
    { name: 'fr: contacts from online prize draws', fires: true, text: lines(LEADS_FR, 'Les contacts proviennent notamment de tirages au sort en ligne.') },
    { name: 'en: leads from giveaways', fires: true, text: lines(LEADS_EN, 'Leads are generated through giveaways run on partner websites.') },
    { name: 'en trap: the buyer approves every collection page', fires: false, text: lines(LEADS_EN, 'Leads are generated through giveaways run on partner websites.', 'The Customer may review and approve every collection page before a campaign starts.') },
    { name: 'en trap: competition law', fires: false, text: lines(LEADS_EN, 'Each party shall comply with competition law.') },
  ],
  'liability-cap-no-data-carveout': [
    { name: 'en: a cap at twelve months of fees, no exception', fires: true, text: lines(LEADS_EN, 'The Supplier’s total liability under this Agreement shall not exceed the fees paid in the twelve months preceding the claim.') },
    { name: 'fr: a cap at the order’s price, no exception', fires: true, text: lines(LEADS_FR, 'En tout état de cause, la responsabilité totale du Prestataire est limitée aux sommes perçues au titre de la commande concernée.') },
    { name: 'en trap: the cap excepts data protection and confidentiality', fires: false, text: lines(LEADS_EN, 'The Supplier’s total liability under this Agreement shall not exceed the fees paid in the twelve months preceding the claim, except for breaches of its data protection or confidentiality obligations.') },
    { name: 'fr trap: the next sentence excepts personal data', fires: false, text: lines(LEADS_FR, 'La responsabilité totale du Prestataire est limitée aux sommes perçues au titre de la commande concernée.', 'Ce plafond ne s’applique pas aux manquements aux obligations relatives aux données personnelles.') },
    { name: 'en trap: an insurance amount', fires: false, text: lines(LEADS_EN, 'The Supplier maintains professional liability insurance of at least EUR 2,000,000.') },
  ],
  'weak-notice-period': [
    { name: 'fr: the supplier ends the contract on fifteen days', fires: true, text: lines(LEADS_FR, 'Le Fournisseur peut mettre fin au contrat à tout moment, sous réserve d’un préavis de quinze jours.') },
    { name: 'en: the vendor ends for convenience on ten days', fires: true, text: lines(LEADS_EN, 'The Vendor may end this Agreement for convenience by giving the Customer ten days’ notice in writing.') },
    { name: 'en trap: the buyer’s own right', fires: false, text: lines(LEADS_EN, 'The Customer may terminate this Agreement at any time on 15 days’ notice.') },
    { name: 'en trap: a cure period for breach', fires: false, text: lines(LEADS_EN, 'Either party may terminate this Agreement for material breach not cured within 30 days of notice.') },
    { name: 'en trap: six months’ notice', fires: false, text: lines(LEADS_EN, 'The Supplier may terminate this Agreement for convenience on six months’ written notice.') },
  ],
  'weak-proof-delay': [
    { name: 'en: the consent record within fifteen business days', fires: true, text: lines(LEADS_EN, 'Upon request, the Supplier shall deliver the consent record for any lead within fifteen business days.') },
    { name: 'fr: consent evidence within ten days of the request', fires: true, text: lines(LEADS_FR, 'Le Fournisseur communique les justificatifs de consentement dans un délai de dix jours suivant la demande du Client.') },
    { name: 'en trap: how long proof is kept', fires: false, text: lines(LEADS_EN, 'Proof of consent is retained for five years.') },
    { name: 'en trap: within 48 hours', fires: false, text: lines(LEADS_EN, 'The Supplier shall provide the consent record within 48 hours of the request.') },
  ],
  'weak-return-window': [
    { name: 'en: an invalid lead returned within 24 hours', fires: true, text: lines(LEADS_EN, 'The Customer may return an invalid lead (wrong number, duplicate) within 24 hours of delivery; returned leads are replaced.') },
    { name: 'fr: an erroneous lead returned within 2 business days', fires: true, text: lines(LEADS_FR, 'Tout lead erroné (doublon, numéro invalide) peut être retourné par le Client sous 2 jours ouvrés ; il est alors remplacé.') },
    { name: 'en: the supplier accepts returns within 2 days (the buyer’s window)', fires: true, text: lines(LEADS_EN, 'The Supplier accepts returns of invalid leads within 2 days of delivery.') },
    { name: 'en trap: fourteen days', fires: false, text: lines(LEADS_EN, 'Returns of invalid leads are accepted within 14 days of delivery.') },
    { name: 'en trap: the supplier’s own replacement delay', fires: false, text: lines(LEADS_EN, 'The Customer may return invalid leads within 14 days of delivery.', 'The Supplier replaces each returned lead within 2 days.') },
  ],
  'weak-liability-cap': [
    { name: 'en: a cap of EUR 10,000', fires: true, text: lines(LEADS_EN, 'The Provider’s aggregate liability is capped at EUR 10,000.') },
    { name: 'fr: a cap at three months of invoices', fires: true, text: lines(LEADS_FR, 'La responsabilité du Prestataire ne saurait excéder le montant facturé au cours des trois derniers mois.') },
    { name: 'en: each party’s liability capped at EUR 10,000', fires: true, text: lines(LEADS_EN, 'Each party’s aggregate liability is limited to EUR 10,000.') },
    { name: 'en trap: the greater of EUR 500,000 or twelve months of fees', fires: false, text: lines(LEADS_EN, 'The Provider’s aggregate liability is capped at the greater of EUR 500,000 or the fees paid in the preceding twelve months.') },
    { name: 'fr trap: a cap on the buyer’s liability', fires: false, text: lines(LEADS_FR, 'La responsabilité du Client au titre du contrat est limitée à 5 000 €.') },
  ],
  'payment-terms': [
    { name: 'fr: invoices paid at 75 days', fires: true, text: lines(LEADS_FR, 'Les factures sont réglées à 75 jours à compter de leur date d’émission.', 'Tout retard de paiement entraîne des pénalités de retard égales à trois fois le taux d’intérêt légal et une indemnité forfaitaire pour frais de recouvrement de 40 euros.') },
    { name: 'en: net 90', fires: true, text: lines(LEADS_EN, 'Invoices are payable net 90 days.') },
    { name: 'fr: no late-payment penalties in French terms', fires: true, text: lines(LEADS_FR, 'Les factures sont payables à 30 jours à compter de leur date d’émission.') },
    { name: 'fr trap: 30 days with penalties and the €40 indemnity', fires: false, text: lines(LEADS_FR, 'Les factures sont payables à 30 jours à compter de leur date d’émission.', 'Tout retard de paiement entraîne des pénalités de retard égales à trois fois le taux d’intérêt légal et une indemnité forfaitaire pour frais de recouvrement de 40 euros.') },
    { name: 'fr trap: a DPA with no price', fires: false, text: lines('# Accord de sous-traitance', 'Le Sous-traitant traite les données personnelles pour le compte du Responsable de traitement, uniquement sur instruction documentée.') },
  ],
}

describe('canonical red-flag wordings', () => {
  for (const [id, cases] of Object.entries(CASES)) {
    describe(id, () => {
      test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const found = findings(c.text, rule(id))
        const detail = found.map((f) => `line ${f.line}: ${f.message}`).join('\n')
        if (c.fires) expect(found.length, `expected ${id} on:\n${c.text}`).toBeGreaterThan(0)
        else expect(found, `expected no ${id}, got:\n${detail}`).toEqual([])
      })
    })
  }
})
