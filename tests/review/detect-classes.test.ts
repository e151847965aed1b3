/**
 * Ways documents written by others state a clause (issue #11): each case is a class of wording a
 * lawyer recognises as the general way to say the clause, or a look-alike that is not the clause.
 * The sentences are written here, in the words of no document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { readBuffer } from '../../src/read/read.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
const compiled = compileLibrary(library)
const present = (text: string) => detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

describe('liability-cap: exclusions of liability limit it too', () => {
  test.each([
    ["Le Prestataire ne saurait être tenu responsable des pertes de données subies par le Client."],
    ["La responsabilité de l'Éditeur ne pourra en aucun cas être engagée en cas d'interruption du service."],
    ["L'Éditeur décline toute responsabilité quant à l'exactitude des informations publiées par les utilisateurs."],
    ["L'Agence n'assume aucune responsabilité au titre des décisions commerciales prises à partir des statistiques."],
    ['Le transporteur répond des avaries dans la limite de 20 euros par kilogramme de marchandise.'],
    ['In no event will the Company be liable to the Customer for any loss of data or damages arising from use of the platform.'],
    ['The Publisher disclaims all liability for content posted by visitors.'],
    ['To the fullest extent permitted by law, the Company will not be liable for any lost profits or revenues.'],
    ['We are not liable for any loss you suffer as a result of third-party content.'],
    ["L'Éditeur ne saurait voir sa responsabilité engagée en cas d'indisponibilité du site."],
  ])('%j → liability-cap present', (text) => {
    expect(present(text)).toContain('liability-cap')
  })

  test.each([
    ["Aucune des parties ne pourra être tenue responsable d'un manquement résultant d'un cas de force majeure."],
    ["Neither party shall be liable for any loss or damages caused by events beyond its reasonable control, such as acts of God."],
    ['Martin Conseil, société à responsabilité limitée au capital de 10 000 euros, dont le siège est à Nantes.'],
    ["The Supplier shall not be responsible for the Client's marketing decisions."],
  ])('trap %j does not make liability-cap present', (text) => {
    expect(present(text)).not.toContain('liability-cap')
  })
})

describe('data-subject-rights: cooperation on requests, not a notice of the rights', () => {
  test.each([
    ["Le Fournisseur transmet au Client, sous cinq jours ouvrés, toute demande d'exercice des droits qu'il reçoit."],
    ["Chaque partie aide l'autre à répondre aux demandes portant sur le droit d'accès ou le droit à l'effacement."],
    ['Each party shall promptly forward to the other any request concerning the right to erasure that it receives.'],
  ])('%j → data-subject-rights present', (text) => {
    expect(present(text)).toContain('data-subject-rights')
  })

  test.each([
    ["Vous disposez d'un droit d'accès, de rectification et d'effacement des données qui vous concernent."],
    ["Droit à la portabilité ;"],
    ["L'utilisateur est informé qu'il dispose d'un droit d'accès aux informations le concernant, en écrivant au support."],
    ["L'Éditeur garantit aux usagers les droits d'accès et de rectification prévus par la loi."],
    ['You have the right to erasure of your personal data and may contact our support team to exercise it.'],
  ])('notice %j does not make data-subject-rights present', (text) => {
    expect(present(text)).not.toContain('data-subject-rights')
  })
})

describe('jurisdiction: the court named for disputes', () => {
  test.each([
    ["À défaut d'accord amiable, les parties porteront leur différend devant le tribunal de Lyon."],
    ['Either party may refer the dispute to the courts of the country where the exporter is established.'],
    ['The parties submit to the courts of Delaware for any dispute arising under this Agreement.'],
    ['# Article 12 : Loi applicable - Litiges\nLe contrat est soumis au droit français. Tout litige est porté devant le tribunal de commerce de Paris.'],
  ])('%j → jurisdiction present', (text) => {
    expect(present(text)).toContain('jurisdiction')
  })

  test('a « Litiges » title over the governing law alone chooses no court (issue #11: a heading alone is not the clause)', () => {
    expect(present('# Article 12 : Loi applicable - Litiges\nLe contrat est soumis au droit français.')).toEqual(['governing-law'])
  })

  test("a clause held invalid by « une juridiction compétente » (severability) names no court", () => {
    expect(present("Si une stipulation est déclarée nulle par une décision d'une juridiction compétente, les autres stipulations demeurent en vigueur.")).not.toContain('jurisdiction')
  })
})

describe('international-transfers: a transfer only with adequate safeguards', () => {
  test.each([
    ['Les données ne sont transférées vers un pays situé hors de France qu’avec des garanties appropriées.'],
    ['Personal data will not be transferred to any country unless an adequate level of protection is ensured there.'],
  ])('%j → international-transfers present', (text) => {
    expect(present(text)).toContain('international-transfers')
  })
})

describe('other ids: general wordings of the clause', () => {
  test.each([
    ['Est considéré comme lead valide tout contact ayant rempli le formulaire avec un numéro de téléphone joignable.', 'lead-definition'],
    ['A qualified lead represents a homeowner who requested a quote and confirmed a project.', 'lead-definition'],
    ["L'Annonceur a accès à une interface lui permettant de suivre à tout moment le nombre de leads générés.", 'reporting'],
    ['The Publisher has access to an online portal to track its leads and commissions at any time.', 'reporting'],
    ["Avant toute transmission de ses coordonnées, le partenaire informe l'usager de l'identité du destinataire.", 'data-subject-information'],
    ['The data subject shall be informed before the transfer that the data may go to a country without adequate protection.', 'data-subject-information'],
    ['The processor shall notify the controller of any request received directly from the data subjects.', 'data-subject-rights'],
    ['You may not transfer your rights under these Terms to anyone else without our consent.', 'assignment'],
    ['Le Fournisseur adresse chaque mois au Client un état des leads livrés, par source.', 'reporting'],
    ['The collection form names the Buyer as a recipient of the data.', 'data-subject-information'],
    ["Le formulaire de collecte désigne nommément l'Annonceur comme destinataire des données.", 'data-subject-information'],
    ['Les leads sont transmis au Client quotidiennement sous forme de fichier CSV.', 'delivery'],
    ["L'Éditeur est responsable du traitement des données des comptes, au sens de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.", 'data-protection-roles'],
    ['The Advertiser represents and warrants that it holds all consents necessary to share the personal information it uploads.', 'compliance-warranty'],
    ["L'Éditeur transmet les coordonnées des internautes recueillies via le formulaire mis à la disposition de l'Annonceur.", 'lead-sources'],
    ['The Publisher sends the leads collected through the landing pages provided by the Advertiser.', 'lead-sources'],
    ["Le Fournisseur tient compte, avant chaque campagne, des oppositions à la prospection transmises par le Client.", 'opt-out-propagation'],
    ["Le Client garantit qu'il dispose de tous les droits et autorisations nécessaires à la transmission des données au Prestataire.", 'compliance-warranty'],
  ])('%j → %s present', (text, id) => {
    expect(present(text)).toContain(id)
  })
})

describe('processor terms: the negative and the plain forms of Art. 28 items', () => {
  // Art. 28 items count where the patterns found processor terms: each text opens a processor's terms.
  const dpa = (sentence: string) => `# Data processing addendum\nThe Processor processes personal data on behalf of the Controller.\n${sentence}`
  test.each([
    ["The Processor shall not process Controller personal data other than on the Controller's written instructions.", 'art28-instructions'],
    ['The Processor ensures that all staff with access to Controller personal data have obligations to keep them confidential.', 'art28-personnel-confidentiality'],
    ['The Processor shall answer for breaches of this addendum by the personnel of any subprocessor.', 'art28-subprocessor-liability'],
    ['The Processor shall notify the Controller of any request received directly from the data subjects.', 'art28-rights-assistance'],
  ])('%j → %s present', (text, id) => {
    expect(present(dpa(text))).toContain(id)
  })
})

describe('notices and security measures are not the parties\' undertakings', () => {
  test.each([
    ["Droit au retrait du consentement : vous pouvez retirer votre consentement à tout moment en nous écrivant.", 'opt-out-propagation'],
    ['You have the right to object to direct marketing by writing to our support team.', 'opt-out-propagation'],
    ["Chaque partie met en place une politique de contrôle d'accès aux données et des audits réguliers de ses propres procédures.", 'audit-rights'],
    ['Prestataire : Outil Analytique. Traitement réalisé : centralisation de tableaux de bord.', 'reporting'],
    ['Les données saisies via le formulaire de contact proposé sur le site servent à répondre aux demandes.', 'lead-sources'],
  ])('%j does not make %s present', (text, id) => {
    expect(present(text)).not.toContain(id)
  })

  test.each([
    ["En cas d'incident grave, le Partenaire s'engage à coopérer avec l'Éditeur dans la réalisation d'un audit.", 'audit-rights'],
    ["Le Fournisseur met à la disposition du Client un tableau de bord présentant les volumes de leads livrés.", 'reporting'],
    ["Le Fournisseur répercute au Client tout retrait du consentement d'un prospect dans un délai de 48 heures.", 'opt-out-propagation'],
  ])('%j → %s present', (text, id) => {
    expect(present(text)).toContain(id)
  })
})

describe('delivery: a delivery heading over goods or site access is not lead delivery', () => {
  test('« Modalités de livraison » over access to a private site', () => {
    expect(present("# Article 9 – Modalités de livraison\nUne fois le paiement confirmé, l'Acheteur est redirigé vers l'espace membre du site.")).not.toContain('delivery')
  })
  test('« Modalités de livraison » over the leads sent', () => {
    expect(present('# Article 5 – Modalités de livraison\nLes leads sont transmis au Client par e-mail au fil de l’eau.')).toContain('delivery')
  })
})

describe('termination-for-cause: a right to end or suspend tied to a failure of the other side', () => {
  test.each([
    ["Le Vendeur se réserve le droit de suspendre toute livraison en cas de défaut de paiement du Client."],
    ["L'Éditeur pourra bloquer, sans préavis ni indemnité, l'accès de tout utilisateur soupçonné d'une utilisation illicite du service."],
    ["La Plateforme peut désactiver le compte d'un membre dont l'usage est contraire aux présentes conditions."],
    ['If the service does not meet the agreed uptime commitment in two consecutive months, the Customer may terminate the order by written notice.'],
    ['Where the importer is unable to comply with these clauses, the exporter may suspend the transfer and terminate the contract.'],
    ['The Company may block, at any time, the account of any user found to be in breach of these terms.'],
  ])('%j → termination-for-cause present', (text) => {
    expect(present(text)).toContain('termination-for-cause')
  })

  test.each([
    ["Le Vendeur se réserve le droit de modifier les présentes conditions à tout moment."],
    ["L'exécution des obligations est suspendue pendant toute la durée de l'événement de force majeure."],
    ["Le Client peut fermer son compte à tout moment depuis son espace personnel."],
    ['The Customer may close its account at any time from the settings page.'],
    ['If the uptime target is not met, the Customer receives a service credit as its sole remedy.'],
  ])('trap %j does not make termination-for-cause present', (text) => {
    expect(present(text)).not.toContain('termination-for-cause')
  })
})

describe('exclusivity: exclusive dealing, not an exclusive grant of intellectual property', () => {
  test.each([
    ["Les leads sont livrés au Client à titre exclusif et ne sont transmis à aucun autre annonceur."],
    ["Le Fournisseur consent au Client, à titre exclusif, la fourniture des prospects de la région Bretagne."],
  ])('%j → exclusivity present', (text) => {
    expect(present(text)).toContain('exclusivity')
  })

  test.each([
    ["Le Prestataire cède au Client, à titre exclusif, l'ensemble des droits patrimoniaux d'auteur sur les livrables."],
    ["L'Agence concède au Client à titre exclusif une licence sur les droits de propriété intellectuelle attachés aux développements."],
  ])('IP grant %j does not make exclusivity present', (text) => {
    expect(present(text)).not.toContain('exclusivity')
  })
})

describe("security: the writer's measures, not the user's own account care or work safety", () => {
  test.each([
    ['The Provider protects Customer Data with encryption in transit and at rest and two-factor authentication for its staff.'],
    ["Le Prestataire met en œuvre des mesures de sécurité garantissant la confidentialité des données."],
  ])('%j → security present', (text) => {
    expect(present(text)).toContain('security')
  })

  test.each([
    ['It is your responsibility to protect your account using a strong password and two-factor authentication.'],
    ['Users are solely responsible for keeping their passwords and devices secure, and for any data entered through their account.'],
    ["Le conducteur respecte les consignes de sécurité applicables sur le site de chargement des marchandises."],
  ])('%j does not make security present', (text) => {
    expect(present(text)).not.toContain('security')
  })

  test('a work-safety section under a numbered « sécurité » heading is not the security clause', async () => {
    const text = [
      '# Contrat de transport',
      '',
      '5.3. Obligations en matière de sécurité.',
      '',
      "Le conducteur se conforme au protocole de sécurité applicable sur le site de chargement et de déchargement.",
      '',
    ].join('\n')
    const doc = await readBuffer(Buffer.from(text), 'contrat.md')
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text === 'Obligations en matière de sécurité')).toBe(true)
    expect(detectClauses([doc], compiled).find((c) => c.id === 'security')?.status).toBe('missing')
  })
})

describe('assignment: an outright bar on assigning the contract, without a consent exception', () => {
  test.each([
    ['This Agreement is personal to you, and you may not assign, transfer or delegate your rights or obligations to anyone.'],
    ['The Customer may not assign this Agreement.'],
    ['Neither the Publisher nor the Advertiser shall assign, sublicense or otherwise transfer any of its rights under this Agreement.'],
  ])('%j → assignment present', (text) => {
    expect(present(text)).toContain('assignment')
  })

  test.each([
    ['The Provider may not transfer personal data outside the European Economic Area.'],
    ['You may not assign a task to a user who has not accepted the invitation.'],
  ])('%j does not make assignment present', (text) => {
    expect(present(text)).not.toContain('assignment')
  })
})

describe('assignment (fr): une interdiction de céder le contrat, sans exception d’accord', () => {
  test.each([
    ["Le Client ne peut céder le présent contrat, ni ses droits et obligations, à un tiers."],
    ["Aucune des parties ne pourra transférer les droits et obligations issus des présentes."],
  ])('%j → assignment present', (text) => {
    expect(present(text)).toContain('assignment')
  })

  test.each([
    ["Le Prestataire ne peut transférer les données personnelles hors de l'Union européenne."],
    ["Le Client ne peut céder les leads reçus à des tiers."],
  ])('%j does not make assignment present', (text) => {
    expect(present(text)).not.toContain('assignment')
  })
})

describe('a survival list names clauses without stating them', () => {
  test.each([
    ['Sections 8 (Confidentiality), 10 (Indemnification) and 12 (Limitation of Liability) shall survive any termination or expiration of this Agreement.'],
    ['Upon termination, the following provisions will continue to apply: Indemnification, Limitation of Liability, Governing Law.'],
    ["Les stipulations suivantes demeurent en vigueur après la fin du contrat : Confidentialité, Responsabilité, Loi applicable."],
  ])('%j names no clause but the effects of termination', (text) => {
    const found = present(text)
    for (const id of ['indemnity', 'liability-cap', 'confidentiality', 'governing-law']) expect(found).not.toContain(id)
  })

  test.each([
    ['The Supplier shall indemnify and hold harmless the Customer against all third-party claims; this obligation shall survive termination.'],
    ['Each party shall keep the other party’s confidential information secret, and this obligation survives for five years after the end of the Agreement.'],
  ])('%j still states its clause', (text) => {
    expect(present(text).some((id) => id === 'indemnity' || id === 'confidentiality')).toBe(true)
  })
})
