/**
 * Classes of session 16 (issue #11). (1) A party's own name is no third party: French and English
 * lead-generation contracts call the generator « le Prestataire » or « l'Éditeur » and the affiliate
 * "the Publisher", so these words alone in a sentence that also grants or uses something (« Le Client
 * autorise le Prestataire à utiliser ses données ») are neither subcontracting nor an audit of
 * publishers; other providers (« des prestataires », « d'autres éditeurs », "other publishers") still
 * are. (2) A use restriction written as a list of verbs with an exception for the contract's own
 * performance ("shall not use, copy, modify, or distribute … any … data, except as required for the
 * performance of the contract"). (3) A party's duty to tell the people concerned about the processing
 * of their data ("provide any necessary privacy notices to data subjects", « informer les personnes
 * concernées des traitements »): the labels count it as `data-subject-information` (people told who
 * holds their data), the patterns read only partner lists and sources; a breach notice to the same
 * people, or a notice of changed terms, is not it. (4) Delivery stated of the data or deliverables
 * themselves, in the passive ("the Data will be made available via an API", « les données sont mises
 * à disposition au format CSV »), or by the format they come in ("deliver the records in Excel
 * format"); the other party's own data sent over a secure channel is security, not delivery.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('stated: the clause is found', () => {
  test.each([
    ['subcontracting', 'other providers with prior approval (fr)', 'Le Prestataire peut recourir aux prestataires de son choix sous réserve de l’accord préalable du Client.'],
    ['subcontracting', 'other publishers with prior approval (fr)', 'Le Prestataire pourra confier la diffusion à d’autres éditeurs avec l’accord préalable du Client.'],
    ['subcontracting', 'other publishers with prior approval (en)', "The Network may engage other publishers subject to the Advertiser's prior written approval."],
    ['audit-rights', "an audit of the supplier's publishers (fr)", 'Le Client peut auditer les éditeurs du Prestataire une fois par an.'],
    ['audit-rights', "an audit of any publisher's records (en)", "The Advertiser may audit any publisher's records once per year on notice."],
    ['data-use-restrictions', 'a list of verbs with an exception for the performance (en)', 'The Contractor shall not use, copy, modify, or distribute to others any Agency-furnished data, except as required for the performance of the contract.'],
    ['data-use-restrictions', 'an exception for what performing needs (en)', 'The Vendor shall not use, copy or disclose any customer data except as necessary to perform this agreement.'],
    ['data-subject-information', 'privacy notices to give to the people (en)', 'The Customer shall provide any necessary privacy notices to Data Subjects.'],
    ['data-subject-information', 'users to be told what data is processed (en)', 'You must tell users what personal data you will be processing and what you will use it for.'],
    ['data-subject-information', 'the people concerned informed of the processing (fr)', "Le Client s'engage à informer les personnes concernées des traitements mis en œuvre."],
    ['delivery', 'data made available through an API (en)', 'The Data will be made available to the Licensee via an API or as a monthly CSV download.'],
    ['delivery', 'deliverables submitted to a repository (en)', 'Code deliverables shall be submitted via the GitHub repository.'],
    ['delivery', 'records delivered in a format (en)', 'The Supplier shall deliver the records in Excel format on a weekly basis.'],
    ['delivery', 'data put at the buyer\'s disposal in a format (fr)', 'Les données sont mises à disposition du Client au format CSV par un espace sécurisé.'],
    ['termination-for-convenience', 'ending the contract by ceasing to use the service (en)', 'You may terminate this Agreement by ceasing to use the API.'],
    ['termination-for-convenience', 'access removed temporarily or permanently (en)', 'We reserve the right to remove your access to the Developer Hub and its APIs temporarily or permanently.'],
    ['termination-for-convenience', 'ending the contract by ceasing to use the service (fr)', "Vous pouvez résilier le contrat en cessant d'utiliser le service."],
    ['termination-for-convenience', 'access removed for any reason (fr)', "L'Éditeur peut supprimer votre accès à tout moment et pour quelque raison que ce soit."],
    ['termination-for-convenience', 'access interrupted permanently (fr)', 'Nous pourrons interrompre votre accès au service, de façon temporaire ou permanente, à tout moment.'],
    ['termination-effects', 'one clause that survives (en)', 'This clause shall survive the expiry, cancellation, or termination of this Agreement.'],
    ['termination-effects', 'orders that end with the agreement (en)', 'If the Agreement is terminated in whole, all outstanding Order Forms and Services will terminate.'],
    ['termination-effects', 'amounts due up to the date of termination (en)', 'You agree to pay any amounts due for Services supplied up until the date of termination.'],
    ['termination-effects', 'balances forfeited on termination (en)', 'Any pending balances owed to you will not be paid if your account is terminated.'],
    ['termination-effects', 'materials handed over after termination (en)', 'Should the Contractor be terminated before the end of the period of performance, the Contractor shall transfer all project materials to the agency within 14 days.'],
    ['termination-effects', 'sums made due by the termination (fr)', "La résiliation du contrat entraîne l'exigibilité immédiate des sommes dues."],
    ['termination-effects', 'sums kept by the supplier (fr)', 'En cas de résiliation, les sommes versées restent acquises au Prestataire.'],
    ['termination-effects', 'one article that survives (fr)', 'Cet article survit à la résiliation du contrat.'],
    ['retention-deletion', 'kept for a period (en)', 'We keep your information for 12 months after your last login.'],
    ['retention-deletion', 'deleted after a period (en)', 'Log files are deleted after 90 days.'],
    ['retention-deletion', 'kept until an event (en)', 'We store your email address until you unsubscribe.'],
    ['retention-deletion', 'data expunged (en)', 'The Contractor shall expunge all agency data from its systems within 30 days after the end of the contract.'],
    ['retention-deletion', 'deleted at the end of a period (fr)', "Les données sont supprimées à l'issue d'un délai de 6 mois."],
    ['reporting', "the publisher's access to its statistics (en)", 'Publisher will have access to real-time statistics of clicks and conversions in its dashboard.'],
    ['reporting', 'following the performance of campaigns (fr)', 'Le Partenaire peut suivre la performance des campagnes diffusées depuis son espace.'],
    ['reporting', 'a performance report to consult (fr)', 'Consultez le rapport de performances des annonces de vos affiliés.'],
    ['termination-for-cause', 'what a failure to comply leads to (en)', 'Failure to abide by these guidelines will result in termination of your privileges to access the data.'],
    ['termination-for-cause', 'what the writer may do if the terms are not kept (en)', 'If you do not keep to these terms, we might have to stop sending your messages.'],
    ['termination-for-cause', 'access ended on a condition (fr)', "L'Éditeur mettra fin à l'accès au service si l'utilisateur se révèle être un contrevenant récidiviste."],
    ['compliance-warranty', 'consents obtained as the law requires (en)', 'The Partner represents that it has obtained all consents required by law for the data it transfers.'],
    ['compliance-warranty', 'consent collected, warranted (fr)', 'Le Partenaire garantit avoir recueilli le consentement préalable des personnes.'],
    ['compliance-warranty', 'a publication that complies with the law (fr)', "Le Contributeur s'assure que cette publication est conforme à la législation en vigueur."],
    ['security', 'information kept secure from unauthorised access (en)', 'The Licensee shall ensure that the Information is physically and electronically secure from unauthorised use or access.'],
    ['security', 'data protected against unauthorised access (fr)', 'Les données sont protégées contre tout accès non autorisé.'],
    ['security', 'credentials kept confidential (en)', 'You must keep your API keys and all other login information confidential.'],
    ['security', 'credentials kept confidential (fr)', 'Vous devez garder vos identifiants confidentiels.'],
    ['subcontracting', 'subcontractors held to the same standards (fr)', 'Les sous-traitants sont tenus de respecter les mêmes normes de confidentialité et de sécurité que celles énoncées dans les présentes.'],
    ['subcontracting', 'a published list of providers (fr)', 'Vous pouvez consulter la liste des prestataires sur cette page de documentation.'],
    ['subcontracting', 'a published list of sub-processors (en)', 'See the list of our sub-processors on our website.'],
    ['data-protection-roles', 'the roles themselves (en)', 'The Customer is the controller and the Provider acts as its processor.'],
    ['data-protection-roles', 'the roles themselves (fr)', 'Le Client est responsable du traitement et le Prestataire agit en qualité de sous-traitant.'],
    ['data-subject-information', 'the information users must be given (fr)', 'Le Client doit fournir aux utilisateurs les informations relatives au traitement de leurs données.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).toContain(id)
  })
})

describe('nearby wordings that are not the clause', () => {
  test.each([
    ['subcontracting', 'the supplier, by its name, allowed to use data (fr)', 'Le Client autorise le Prestataire à utiliser ses données aux seules fins de l’exécution de la prestation.'],
    ['subcontracting', 'the publisher, by its name, using content (fr)', "L'Éditeur s'autorise à utiliser les contenus publiés, avec l'accord préalable de leur auteur."],
    ['subcontracting', 'the publisher, by its name, using approved creatives (en)', 'The Publisher shall use only approved creatives and obtain prior written approval for any new campaign.'],
    ['audit-rights', 'the publisher, by its name, reading its reports (en)', 'The Publisher may inspect its own reports on the platform.'],
    ['data-use-restrictions', 'a disclosure the law requires (en)', 'The Supplier shall not disclose the data to any third party except as required by law.'],
    ['delivery', "the user's own data sent over a secure channel (en)", 'Your data is transmitted over an encrypted connection to our API.'],
    ['delivery', "the user's own data sent through an interface (fr)", 'Vos données sont transmises via une interface sécurisée.'],
    ['termination-for-convenience', 'access removed for a breach (en)', 'We may remove your access permanently if you breach these terms.'],
    ['termination-for-convenience', 'access interrupted to stop abuse (fr)', "L'Éditeur peut interrompre l'accès au service à tout moment afin de remédier à un problème technique ou à un abus."],
    ['termination-effects', 'fees paid until the end of the term (en)', 'The Customer shall pay the fees until the end of the term.'],
    ['termination-effects', 'an article in force for the term (fr)', 'Cet article reste en vigueur pendant toute la durée du contrat.'],
    ['retention-deletion', 'data kept confidential for a time (en)', "The Supplier shall keep the Customer's data confidential for five years."],
    ['retention-deletion', 'a right retained until payment (en)', 'We retain the right to suspend the service until payment is received.'],
    ['reporting', 'site traffic statistics (en)', 'We use cookies to track statistics about visits to our website.'],
    ['reporting', 'site traffic statistics (fr)', 'Nous utilisons des cookies pour suivre les statistiques de fréquentation du site.'],
    ['reporting', 'public statistics (fr)', 'Chaque utilisateur peut accéder aux statistiques publiques de la plateforme.'],
    ['termination-for-cause', "sending stopped at the user's request (en)", 'We will stop sending emails if you unsubscribe.'],
    ['compliance-warranty', "the user's own consent to the terms (en)", 'You confirm that you have read these terms and consent to them.'],
    ['compliance-warranty', 'authority to act for an organisation (fr)', "Le Client garantit qu'il dispose des autorisations nécessaires pour engager son organisation."],
    ['security', 'a secure payment, not data kept secure (en)', 'Payments are processed by a secure payment provider.'],
    ['subcontracting', 'a price list (fr)', 'Vous pouvez consulter la liste des tarifs sur cette page.'],
    ['data-protection-roles', 'a data processing agreement to sign later (en)', 'Before submitting personal data governed by the GDPR, Customer must enter into a data processing agreement with Provider.'],
    ['data-protection-roles', 'a data processing addendum named among the terms (en)', 'These Terms include the Privacy Policy, the Rules of Use and, if applicable, the Data Processing Addendum.'],
    ['data-subject-information', 'a breach notice to the people (en)', 'The Processor shall notify affected individuals of a personal data breach affecting their personal data without delay.'],
    ['data-subject-information', 'a breach notice to the users (fr)', 'Le Prestataire informe les utilisateurs de toute violation de leurs données personnelles.'],
    ['data-subject-information', 'a notice of changed terms (en)', 'We will notify users of any change to these Terms and to the processing described in them.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).not.toContain(id)
  })
})

/** Processor terms whose second article is titled "Confidentiality", with `body` under it. */
const dpaWithConfidentialityArticle = (body: string) =>
  `# Data Processing Agreement\n\n## 1. Roles\n\nThe Customer is the controller and the Vendor processes personal data on its behalf as processor under Article 28 of the GDPR.\n\n## 2. Confidentiality\n\n${body}\n\n## 3. Term\n\nThis Agreement lasts as long as the Services.\n`

describe('(14) a "Confidentiality" article of processor terms is the parties\' confidentiality clause only where it keeps information confidential', () => {
  test('an article binding only the staff is the Art. 28 item, not the clause', () => {
    const ids = presentIds(dpaWithConfidentialityArticle('The Vendor ensures that all personnel authorised to process the personal data are bound by an obligation of confidentiality.'))
    expect(ids).toContain('art28-personnel-confidentiality')
    expect(ids).not.toContain('confidentiality')
  })
  test('an article of technical measures (confidentiality as a security goal) is not the clause', () => {
    const ids = presentIds(dpaWithConfidentialityArticle('- Access control: role-based access with least privilege.\n- Authentication: multi-factor authentication for every administrator.'))
    expect(ids).not.toContain('confidentiality')
  })
  test('an article keeping the parties\' information confidential is the clause', () => {
    expect(presentIds(dpaWithConfidentialityArticle('Each party shall keep the information received from the other party secret and shall not disclose it to anyone.'))).toContain('confidentiality')
  })
  test('outside processor terms the title alone still counts', () => {
    expect(presentIds('# Terms of Sale\n\n## 7. Confidentiality\n\nOur staff are trained.\n')).toContain('confidentiality')
  })
})

describe('(15) a "Disputes" title chooses a jurisdiction only over a section that names a court, venue or arbitration', () => {
  test('a disputes article that only asks for notice first is not the clause', () => {
    expect(presentIds('# Terms of Use\n\n## 9. Disputes\n\nIf you have a complaint, write to us first and we will try to resolve it within thirty days.\n')).not.toContain('jurisdiction')
    expect(presentIds('# Conditions générales\n\n## 14. Litiges\n\nToute réclamation est adressée par écrit au service client, qui répond sous quinze jours.\n')).not.toContain('jurisdiction')
  })
  test('a disputes article naming the courts is the clause', () => {
    expect(presentIds('# Terms of Use\n\n## 9. Disputes\n\nEach party submits to the courts of Dublin.\n')).toContain('jurisdiction')
    expect(presentIds('# Conditions générales\n\n## 14. Litiges\n\nÀ défaut d’accord amiable, le litige est porté devant le tribunal de commerce de Lyon.\n')).toContain('jurisdiction')
  })
})
