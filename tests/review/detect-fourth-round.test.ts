/**
 * Classes of wordings seen on the fourth round of the English corpus (issue #11), each a general
 * way to say the clause, with traps that must stay out:
 * - delivery of what a data-supply agreement supplies: the data made available through an API,
 *   feed, download or repository, or access granted to it there (« donne accès à des données … à
 *   partir d'interfaces de programmation », « les données sont mises à disposition via l'API »);
 *   never the customer's own data sent to a service, a passing mention of « données mises à
 *   disposition », or deliverables and reports;
 * - the information of data subjects in a privacy notice: who receives their data ("third parties
 *   with whom we share your personal data", "persons who have access to your data", « nous pouvons
 *   partager ces informations avec »); never a prohibition to share or a processor's own duty;
 * - reporting said as keeping the other party informed ("keep the partner apprised of significant
 *   developments"), regular status updates, statistics (« fournir des statistiques d'usage ») or
 *   performance pages; never software updates, contact-detail upkeep or a company's annual accounts;
 * - the data supplier's duty to obtain the people's consent said without "warrant": "obtain all
 *   required consents from an Individual", "get the right levels of consent (to send messages and to
 *   use data)", « recueillir le consentement des personnes concernées »; never a party's consent to
 *   subcontracting or the consent of a person authorised to sign;
 * - price said from the payer's side: "You will be billed in advance", "billed on a subscription
 *   basis", a monthly retainer, "shall invoice X by the 28th", "will pay Provider the Fees", "does not
 *   currently charge a license fee"; never a refusal to charge, attorneys' fees or each party's own costs;
 * - subcontracting under conditions: "shall not ... subcontract any obligations ... without the written
 *   consent", subcontractors bound to "substantially the same restrictions", notice of changed delivery
 *   or service providers; never a bare ban on assignment or a notice of new features.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('delivery of supplied data through an API, a feed, downloads or a repository', () => {
  test.each([
    ["The Agency makes its Trade Data available to users via an Application Programming Interface (API) that allows the developer to receive the data."],
    ['The Provider will make the contact records available to the Buyer through a secure SFTP repository.'],
    ['I request access to the data collected in the digital repository of the Department.'],
    ['The Licensor grants the Licensee access to the datasets through its bulk download API.'],
    ["Le Service donne accès à des données et pièces justificatives émanant d'administrations diverses, que le Service fédère, à partir d'interfaces de programmation (API)."],
    ["Les données sont mises à disposition via l'API du Fournisseur."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('delivery')
  })

  test.each([
    ['Customer may make Customer Data available to Provider through the API.'],
    ['Customer grants Provider access to Customer Data via the API for the sole purpose of providing the Services.'],
    ['You may download your data through the API at any time.'],
    ['The deliverables will be made available through the client portal.'],
    ['Reports will be made available through the dashboard every month.'],
    ["L'accès à une API ne confère aucun droit de propriété intellectuelle sur l'API et sur les données mises à disposition via l'API."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('delivery')
  })
})

describe('who receives their data, told to the people in a privacy notice', () => {
  test.each([
    ['Third parties with whom we share your personal data: Stripe, Mailgun and Twilio.'],
    ['Persons who have access to your data for review are the local committee and the supervisory authorities.'],
    ['The recipients of your personal data are listed below.'],
    ['Nous pouvons partager ces informations statistiques anonymes avec les campagnes qui mettent en œuvre cet outil.'],
    ['Vos données personnelles sont susceptibles d’être transmises aux organismes certificateurs.'],
    ['Les destinataires des données sont les agents habilités du service.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('data-subject-information')
  })

  test.each([
    ['The Supplier shall not share the personal data with any third party without the Buyer’s consent.'],
    ['Processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.'],
    ['You must keep your password secure and must not share it with anyone.'],
    ['Le Prestataire ne communique les données à aucun tiers.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('data-subject-information')
  })
})

describe('reporting said as keeping the other party informed, status updates, statistics or performance pages', () => {
  test.each([
    ['Sourcegraph will endeavor to keep the partner apprised of significant developments within the sales cycle.'],
    ['The Vendor is responsible for providing information to Affiliate regarding Qualified Purchase statistics.'],
    ["Provider's Project Lead will provide regular updates to Customer's Project Lead on the status of the Services."],
    ['Notify will show how Notify is performing (through our performance and status pages).'],
    ["Le responsable du traitement s'engage à fournir des statistiques d'usage aux adhérents du Service."],
    ["L'opérateur dresse, de manière semestrielle, le bilan de l'impact du Service."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('reporting')
  })

  test.each([
    ['Please keep your contact details up to date.'],
    ['Customer shall keep Provider informed of any change of its billing address.'],
    ['Provider will provide regular updates to the Software at no additional cost.'],
    ['We may use anonymised statistics to improve the Service.'],
    ['La Société publie chaque année son bilan annuel au greffe.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('reporting')
  })
})

describe("the data supplier's duty to obtain the people's consent, said without warrant", () => {
  test.each([
    ['Customer agrees to provide all notices and obtain all required consents from an Individual to allow Company to use the data.'],
    ['You must not send SMS messages through the Service unless you have obtained prior express consent from the recipients.'],
    ['You must get the right levels of consent (to send messages and to use data).'],
    ['The Publisher shall collect valid opt-ins from consumers before sharing their details.'],
    ["Le Fournisseur s'engage à recueillir le consentement préalable des personnes concernées."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('compliance-warranty')
  })

  test.each([
    ["Provider shall obtain Customer's prior written consent before engaging any subprocessor."],
    ['We will obtain your consent before sending you marketing emails.'],
    ['You have capacity to contract or have obtained the consent of the person duly authorised to do so.'],
    ["Vous avez la capacité pour contracter ou avez obtenu le consentement de la personne dûment autorisée."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('compliance-warranty')
  })
})

describe("price said from the payer's side: billing, retainers, invoicing dates, a bare duty to pay the fees, a free licence", () => {
  test.each([
    ['You will be billed in advance on a recurring and periodic basis ("Billing Cycle").'],
    ['Some parts of the Service are billed on a subscription basis.'],
    ['A monthly retainer of USD 8,333.34 per month plus pre-approved expenses.'],
    ['Consultant shall invoice Automattic by the 28th of every month.'],
    ['Partner will pay Provider the Fees, if any.'],
    ['ITA does not currently charge a license fee to download the Trade Data.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('price-payment')
  })

  test.each([
    ["In any action to enforce this Agreement, the court shall award the prevailing party its reasonable attorneys' fees."],
    ['Each party will pay its own costs in connection with the negotiation of this Agreement.'],
    ['You will not be billed for the free plan.'],
    ['The data retention period is twelve months.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('price-payment')
  })
})

describe('subcontracting under conditions: consent, the same restrictions, notice of changed providers', () => {
  test.each([
    ['Consultant shall not have the right to assign, transfer, or subcontract any obligations under this Agreement without the written consent of Company.'],
    ["Company will ensure that its Subcontractors that process PHI on Company's behalf are subject to substantially the same restrictions and conditions."],
    ['Ensure that any subcontractors that create, receive, maintain, or transmit protected health information agree to the same restrictions and conditions.'],
    ["We will give you one month's notice by email if we change our terms of use or delivery providers."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('subcontracting')
  })

  test.each([
    ['Neither party may assign this Agreement without the written consent of the other party.'],
    ['We will notify you by email of new features of the service.'],
    ['The Supplier shall ensure that its employees are bound by confidentiality obligations.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('subcontracting')
  })
})
