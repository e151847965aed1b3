/**
 * Canonical wordings (issue #11): for each clause id, the ways a lawyer commonly drafts it in French
 * and in English — active and passive, obligation and prohibition, the buyer's and the generator's
 * side — written here from the clause catalogue's vocabulary, in the words of no document of the
 * corpus. Detection that generalises must find each one in a document where it stands alone under
 * an unrelated heading; the traps share words with a clause and are not that clause.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
const compiled = compileLibrary(library)
const present = (text: string) => detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

const CANONICAL: Array<[string, string]> = [
  ["liability-cap", "Neither party's total liability arising out of or related to this Agreement will exceed the amounts paid by Customer in the twelve months before the claim."],
  ["liability-cap", "In no event will either party be liable for lost profits, loss of revenue or any indirect, incidental or consequential damages."],
  ["liability-cap", "The Supplier's liability for any claim shall be limited to the value of the order concerned."],
  ["liability-cap", "Our maximum aggregate liability to you is one hundred euros."],
  ["liability-cap", "La responsabilité du Prestataire est limitée au montant des sommes perçues au titre de la commande concernée."],
  ["liability-cap", "En aucun cas le Prestataire ne pourra être tenu responsable des dommages indirects tels que la perte de chiffre d'affaires."],
  ["liability-cap", "Le montant total des dommages et intérêts dus par le Fournisseur ne saurait excéder le prix payé par le Client sur les douze derniers mois."],
  ["liability-cap", "La responsabilité de l'éditeur est plafonnée à 5 000 euros par année contractuelle."],
  ["indemnity", "The Supplier shall indemnify, defend and hold harmless the Customer from any third-party claims arising from its breach of data protection laws."],
  ["indemnity", "Each party will compensate the other for any loss resulting from a claim brought by a third party because of its breach."],
  ["indemnity", "You agree to indemnify us against all claims, damages and costs arising from your use of the service."],
  ["indemnity", "Le Fournisseur garantit le Client contre toute réclamation, action ou recours de tiers fondé sur un manquement à ses obligations."],
  ["indemnity", "Le Prestataire indemnisera l'Annonceur de toutes les conséquences financières d'une action engagée par une personne concernée."],
  ["indemnity", "L'Utilisateur s'engage à garantir l'Éditeur contre tout recours d'un tiers résultant de son utilisation du service."],
  ["confidentiality", "Each party shall keep confidential all information received from the other party and shall not disclose it to any third party."],
  ["confidentiality", "The Recipient will use the Discloser's Confidential Information only to perform this Agreement."],
  ["confidentiality", "Chaque partie s'engage à garder strictement confidentielles les informations communiquées par l'autre partie."],
  ["confidentiality", "Les parties s'interdisent de divulguer à des tiers les informations de toute nature dont elles ont eu connaissance à l'occasion du contrat."],
  ["governing-law", "This Agreement is governed by the laws of Ireland."],
  ["governing-law", "The laws of the State of New York govern this contract, without regard to conflict of laws rules."],
  ["governing-law", "Le présent contrat est soumis au droit français."],
  ["governing-law", "Les présentes conditions sont régies par la loi belge."],
  ["jurisdiction", "Any dispute shall be submitted to the exclusive jurisdiction of the courts of Paris."],
  ["jurisdiction", "The parties submit to the courts of London for any dispute under this Agreement."],
  ["jurisdiction", "Tout litige relatif au présent contrat sera de la compétence exclusive du Tribunal de commerce de Lyon."],
  ["jurisdiction", "À défaut d'accord amiable, le différend sera porté devant les tribunaux compétents du ressort de la cour d'appel de Paris."],
  ["assignment", "Neither party may assign or transfer this Agreement without the prior written consent of the other party."],
  ["assignment", "The Customer may not transfer its rights under this contract to a third party without our approval."],
  ["assignment", "Aucune des parties ne pourra céder ou transférer le contrat sans l'accord préalable et écrit de l'autre partie."],
  ["assignment", "Le Client ne peut transférer ses droits et obligations au titre du contrat à un tiers sans l'accord du Prestataire."],
  ["force-majeure", "Neither party will be liable for any delay or failure to perform caused by events beyond its reasonable control."],
  ["force-majeure", "Aucune partie ne sera tenue responsable d'un manquement résultant d'un événement de force majeure au sens de l'article 1218 du Code civil."],
  ["force-majeure", "L'exécution des obligations est suspendue en cas d'événement échappant au contrôle des parties et irrésistible."],
  ["term-renewal", "This Agreement starts on the Effective Date and continues for an initial term of one year, renewing automatically for successive one-year periods."],
  ["term-renewal", "The contract is entered into for a period of twelve months."],
  ["term-renewal", "Le contrat est conclu pour une durée d'un an à compter de sa signature, renouvelable par tacite reconduction."],
  ["term-renewal", "Le présent contrat prend effet à la date de signature et est conclu pour une durée indéterminée."],
  ["termination-for-cause", "Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty days of notice."],
  ["termination-for-cause", "We may suspend or close your account if you violate these terms."],
  ["termination-for-cause", "En cas de manquement de l'une des parties à ses obligations, non réparé dans un délai de trente jours après mise en demeure, l'autre partie pourra résilier le contrat de plein droit."],
  ["termination-for-cause", "L'Éditeur peut suspendre ou supprimer le compte de l'Utilisateur en cas de non-respect des présentes conditions."],
  ["termination-for-convenience", "Either party may terminate this Agreement at any time on sixty days' written notice."],
  ["termination-for-convenience", "You can stop using the service and close your account at any time."],
  ["termination-for-convenience", "Chaque partie peut résilier le contrat à tout moment, sous réserve d'un préavis de trois mois notifié par lettre recommandée."],
  ["termination-for-convenience", "L'Utilisateur peut se désinscrire à tout moment depuis son espace personnel."],
  ["termination-effects", "On expiry or termination of this Agreement, each party will return or destroy the other party's confidential information."],
  ["termination-effects", "À la fin du contrat, pour quelque cause que ce soit, le Prestataire restituera l'ensemble des données au Client."],
  ["price-payment", "Customer shall pay each invoice within thirty days of its date."],
  ["price-payment", "The price per qualified lead is 25 euros excluding VAT."],
  ["price-payment", "Les factures sont payables à trente jours date de facture."],
  ["price-payment", "Le prix unitaire du lead est fixé à 20 euros hors taxes."],
  ["insurance", "The Supplier shall maintain professional liability insurance with a reputable insurer throughout the term."],
  ["insurance", "Le Prestataire déclare être titulaire d'une police d'assurance responsabilité civile professionnelle."],
  ["audit-rights", "The Customer may audit the Supplier's compliance with this Agreement once a year on reasonable notice."],
  ["audit-rights", "Le Client pourra faire procéder, à ses frais, à un audit de conformité par un auditeur indépendant."],
  ["security", "The Provider shall implement appropriate technical and organisational measures to protect personal data against unauthorised access."],
  ["security", "We use encryption and access controls to keep your data secure."],
  ["security", "Le Prestataire met en œuvre les mesures techniques et organisationnelles appropriées pour garantir la sécurité des données."],
  ["security", "Nous prenons toutes les précautions utiles pour préserver la sécurité des données et empêcher qu'elles soient déformées ou endommagées."],
  ["breach-notification", "The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach."],
  ["breach-notification", "Le Sous-traitant notifie au Responsable de traitement toute violation de données à caractère personnel dans un délai maximum de 48 heures après en avoir pris connaissance."],
  ["retention-deletion", "Personal data will be kept for no longer than three years after the last contact."],
  ["retention-deletion", "At the end of the services, the Processor will delete all personal data and certify the deletion."],
  ["retention-deletion", "Les données sont conservées pendant trois ans à compter du dernier contact avec le prospect."],
  ["retention-deletion", "Au terme du contrat, le Sous-traitant s'engage à détruire toutes les données à caractère personnel."],
  ["international-transfers", "The Provider will not transfer personal data outside the European Economic Area without appropriate safeguards such as the standard contractual clauses."],
  ["international-transfers", "Les données ne sont pas transférées en dehors de l'Union européenne."],
  ["international-transfers", "Tout transfert de données vers un pays tiers est encadré par les clauses contractuelles types de la Commission européenne."],
  ["subcontracting", "The Processor shall not engage another processor without the prior specific or general written authorisation of the Controller."],
  ["subcontracting", "We use third-party service providers to host our data, listed in our sub-processor list."],
  ["subcontracting", "Le Prestataire ne peut sous-traiter tout ou partie des prestations sans l'accord préalable et écrit du Client."],
  ["subcontracting", "Le Sous-traitant peut faire appel à un autre sous-traitant pour mener des activités de traitement spécifiques, après information préalable du Responsable de traitement."],
  ["data-protection-roles", "For the purposes of the GDPR, the Customer is the controller and the Provider is the processor of the personal data."],
  ["data-protection-roles", "Each party acts as an independent controller of the personal data it processes."],
  ["data-protection-roles", "Le Client agit en qualité de responsable du traitement et le Prestataire en qualité de sous-traitant au sens de l'article 28 du RGPD."],
  ["data-protection-roles", "Les parties sont responsables conjoints du traitement au sens de l'article 26 du RGPD."],
  ["data-subject-rights", "The Processor shall assist the Controller in responding to requests from data subjects exercising their rights."],
  ["data-subject-rights", "Le Sous-traitant aide le Responsable de traitement à donner suite aux demandes d'exercice des droits des personnes concernées."],
  ["compliance-warranty", "The Supplier warrants that all leads have been collected in compliance with the GDPR and applicable direct marketing laws."],
  ["compliance-warranty", "Le Fournisseur garantit que les données ont été collectées de manière licite, conformément au RGPD et à l'article L.34-5 du Code des postes et des communications électroniques."],
  ["consent-proof", "The Supplier shall keep proof of each data subject's consent and provide it to the Buyer within 48 hours on request."],
  ["consent-proof", "Le Fournisseur conserve la preuve du consentement de chaque prospect et la communique au Client sur simple demande."],
  ["data-subject-information", "The collection form shall inform data subjects of the identity of the partners who will receive their data."],
  ["data-subject-information", "Le formulaire de collecte informe les personnes concernées de l'identité des partenaires destinataires de leurs données."],
  ["opt-out-propagation", "The Supplier shall pass on any objection or unsubscribe request to the Buyer within 48 hours."],
  ["opt-out-propagation", "Le Fournisseur transmet au Client toute demande d'opposition ou de désinscription dans un délai de 48 heures."],
  ["data-use-restrictions", "The Buyer shall use the leads solely to contact the data subjects about its own products."],
  ["data-use-restrictions", "Le Client s'interdit de revendre ou de céder les leads à des tiers et ne les utilise que pour ses propres offres."],
  ["delivery", "Leads are delivered in real time to the Buyer's CRM through an API."],
  ["delivery", "Les leads sont transmis au Client par fichier CSV chaque lundi."],
  ["lead-returns", "The Buyer may return any invalid lead within seven days of delivery and receive a credit."],
  ["lead-returns", "Le Client peut contester un lead non conforme dans un délai de sept jours ; le lead est alors remplacé ou crédité."],
  ["exclusivity", "Each lead is sold exclusively to the Buyer and shall not be resold to any other advertiser."],
  ["exclusivity", "Les leads sont vendus en exclusivité au Client et ne sont pas revendus à d'autres annonceurs."],
  ["penalties", "If the service level is not met, the Provider shall pay a service credit equal to 5% of the monthly fee."],
  ["penalties", "En cas de retard de livraison, le Prestataire sera redevable de pénalités égales à 1 % du montant de la commande par jour de retard."],
  ["documents-precedence", "This Agreement constitutes the entire agreement between the parties and supersedes all prior agreements."],
  ["documents-precedence", "In case of conflict between the Order Form and these Terms, the Order Form prevails."],
  ["documents-precedence", "En cas de contradiction entre les conditions particulières et les conditions générales, les conditions particulières prévalent."],
  ["documents-precedence", "Le présent contrat exprime l'intégralité des obligations des parties et annule tout accord antérieur."],
  ["reporting", "The Supplier shall send the Buyer a monthly report of leads delivered, rejected and credited."],
  ["reporting", "Le Prestataire adresse chaque mois au Client un rapport d'activité détaillant les leads livrés et rejetés."],
  ["regulator-cooperation", "Each party shall cooperate with the supervisory authority and inform the other party of any CNIL inspection."],
  ["regulator-cooperation", "Les parties coopèrent avec la CNIL et s'informent mutuellement de tout contrôle de l'autorité."],
]

const TRAPS: Array<[string, string]> = [
  ["force-majeure", "The Supplier is not liable for delays caused by the Customer's failure to provide the campaign materials on time."],
  ["penalties", "Tout retard de paiement entraîne des pénalités égales à trois fois le taux d'intérêt légal par jour de retard."],
  ["liability-cap", "Le montant des pénalités dues au titre d'un mois ne saurait excéder 10 % du prix mensuel."],
  ["confidentiality", "Le Client s'interdit de communiquer ses identifiants de connexion à des tiers."],
  ["subcontracting", "The Buyer shall not engage another supplier for the same campaign during the term."],
  ["data-subject-information", "The Supplier shall inform the Buyer of the identity of its bank and of any change of address."],
  ["governing-law", "The Parties shall comply with the laws of each country in which the leads are collected."],
  ["term-renewal", "The Buyer entered into a separate agreement with its call centre last year."],
]

describe('canonical wordings of each clause', () => {
  test.each(CANONICAL)('%s: %j', (id, text) => {
    expect(present(text)).toContain(id)
  })
})

describe('look-alikes that are not the clause', () => {
  test.each(TRAPS)('not %s: %j', (id, text) => {
    expect(present(text)).not.toContain(id)
  })
})
