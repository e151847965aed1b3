/**
 * The deal form's words, for a lawyer: a label, a help text and a unit for every field of the deal
 * schema, and a label for every value of its lists, in French and English. Keyed by field path
 * (`price.perLead`; `party.*` for both parties, `*` for a list's items), kept apart from
 * `src/deal/schema.ts` so the schema stays the CLI's. A test checks that every path of the deal's
 * JSON Schema has its label and help here.
 */
import type { Text } from './lang.js'

/** What the form shows for one field. */
export interface FieldText {
  label: Text
  help?: Text
  /** The unit after a number field: « jours », « € HT »… */
  unit?: Text
}

const t = (fr: string, en: string): Text => ({ fr, en })
const DAYS = t('jours', 'days')
const HOURS = t('heures', 'hours')
const MONTHS = t('mois', 'months')

/** The fields, by path. */
export const DEAL_FIELDS: Readonly<Record<string, FieldText>> = {
  language: { label: t('Langue du contrat', 'Language of the contract'), help: t('Langue dans laquelle le contrat est rédigé.', 'Language the contract is written in.') },
  date: { label: t('Date du contrat', 'Date of the agreement'), help: t('Date de signature prévue, par exemple 15/01/2026.', 'Intended signature date, e.g. 15/01/2026.') },
  controllingLanguage: { label: t('Version qui prévaut (contrat bilingue)', 'Prevailing version (bilingual contract)'), help: t('Pour un contrat en deux langues côte à côte : la version qui l’emporte en cas de divergence. Par défaut, la langue du contrat.', 'For a contract in two languages side by side: the version that prevails if they differ. By default, the language of the contract.') },
  reference: { label: t('Référence interne', 'Internal reference'), help: t('Votre référence de dossier, reprise en tête du contrat (facultatif).', 'Your file reference, shown at the top of the contract (optional).') },
  buyer: { label: t('Acheteur des leads (votre société)', 'Buyer of the leads (your company)'), help: t('La société qui achète les leads et les utilise pour prospecter.', 'The company that buys the leads and uses them for marketing.') },
  generator: { label: t('Fournisseur des leads', 'Lead generator'), help: t('La société qui collecte les leads et les vend.', 'The company that collects and sells the leads.') },
  'party.name': { label: t('Dénomination sociale', 'Registered name'), help: t('Telle qu’elle figure au registre du commerce et des sociétés.', 'As in the trade and companies register.') },
  'party.legalForm': { label: t('Forme juridique', 'Legal form'), help: t('Par exemple SAS, SARL, SA.', 'E.g. SAS, SARL, SA, Ltd.') },
  'party.registration': { label: t('Immatriculation', 'Registration'), help: t('Ville du greffe et numéro RCS, par exemple RCS Paris 123 456 789.', 'Register and number, e.g. RCS Paris 123 456 789.') },
  'party.capital': { label: t('Capital social', 'Share capital'), help: t('Tel qu’il figure au registre, par exemple 10 000 € (facultatif).', 'As in the register, e.g. €10,000 (optional).') },
  'party.address': { label: t('Siège social', 'Registered office'), help: t('Adresse complète du siège.', 'Full address of the registered office.') },
  'party.signatory': { label: t('Signataire', 'Signatory'), help: t('La personne qui signe pour la société.', 'The person who signs for the company.') },
  'party.signatory.name': { label: t('Nom du signataire', 'Name of the signatory'), help: t('Prénom et nom.', 'First name and surname.') },
  'party.signatory.title': { label: t('Qualité du signataire', 'Capacity of the signatory'), help: t('Par exemple Président, Directeur général.', 'E.g. Président, CEO.') },
  'party.merchant': { label: t('Contracte en qualité de commerçant', 'Contracts as a merchant'), help: t('Une clause attributive de juridiction n’est valable qu’entre commerçants (art. 48 CPC). Laissez vide pour la déduire de la forme juridique.', 'A jurisdiction clause binds only parties that are merchants (French CPC art. 48). Leave empty to infer it from the legal form.') },
  'party.email': { label: t('Adresse électronique pour les notifications', 'Email address for notices'), help: t('Adresse à laquelle l’autre partie adresse les notifications du contrat (facultatif).', 'Where the other party sends the contract’s notices (optional).') },
  role: { label: t('Qualification RGPD du fournisseur', 'GDPR role of the generator'), help: t('Sous-traitant (art. 28 RGPD) s’il collecte pour votre compte ; responsable conjoint (art. 26) si vous déterminez ensemble les finalités et moyens ; responsable indépendant s’il collecte pour son propre compte puis vous transmet les données.', 'Processor (GDPR Art. 28) when collecting on your behalf; joint controller (Art. 26) when you decide purposes and means together; independent controller when collecting on its own account and then passing the data on.') },
  consumers: { label: t('Les leads sont des consommateurs (B2C)', 'The leads are consumers (B2C)'), help: t('Décochez si les leads sont des professionnels (B2B) : les règles de prospection diffèrent.', 'Untick when the leads are professionals (B2B): the marketing rules differ.') },
  channels: { label: t('Canaux de prospection', 'Marketing channels'), help: t('Canaux par lesquels vous contacterez les leads ; ils déterminent le consentement à exiger (CPCE, art. L. 34-5 pour le courriel et le SMS).', 'How you will contact the leads; they decide the consent to require (CPCE Art. L. 34-5 for email and SMS).') },
  liveTransfer: { label: t('Transfert d’appel en direct', 'Live call transfer'), help: t('Le fournisseur appelle le prospect puis vous transfère l’appel.', 'The generator calls the prospect and transfers the call to you.') },
  collectionStart: { label: t('Date de collecte la plus ancienne', 'Earliest collection date'), help: t('Date de collecte du plus ancien lead livré ; pour le démarchage téléphonique, elle détermine le régime applicable (consentement préalable depuis le 11 août 2026, loi n° 2025-594 du 30 juin 2025, art. 13, III).', 'Collection date of the oldest lead delivered; for telephone marketing it decides the regime (prior consent since 11 August 2026, loi n° 2025-594 of 30 June 2025, Art. 13, III).') },
  sectors: { label: t('Secteurs d’activité', 'Business sectors'), help: t('Secteurs des campagnes, par exemple assurance habitation.', 'Sectors of the campaigns, e.g. home insurance.') },
  'sectors.*': { label: t('Secteur', 'Sector') },
  leads: { label: t('Les leads', 'The leads'), help: t('Ce qu’est un lead valable au sens du contrat.', 'What a valid lead is under the contract.') },
  'leads.product': { label: t('Objet de la demande', 'What the lead asked for'), help: t('Ce que le prospect a demandé, par exemple un devis d’assurance habitation.', 'What the prospect asked about, e.g. a home insurance quote.') },
  'leads.criteria': { label: t('Critères de qualification', 'Qualification criteria'), help: t('Conditions qu’un lead doit remplir pour être facturable.', 'Conditions a lead must meet to be billable.') },
  'leads.criteria.*': { label: t('Critère', 'Criterion') },
  'leads.fields': { label: t('Données livrées', 'Data delivered'), help: t('Champs transmis pour chaque lead (nom, téléphone…) ; à limiter au nécessaire (minimisation, art. 5 RGPD).', 'Fields sent for each lead (name, phone…); keep to what is needed (data minimisation, GDPR Art. 5).') },
  'leads.fields.*': { label: t('Donnée', 'Data field') },
  'leads.temperature': { label: t('Fraîcheur des leads', 'Freshness of the leads'), help: t('Demande en temps réel, ou leads issus d’une base de données.', 'Real-time requests, or leads from a database.') },
  sources: { label: t('Sources de collecte autorisées', 'Approved collection sources'), help: t('Sites, formulaires et centres d’appels d’où les leads peuvent provenir ; toute autre source est interdite.', 'Sites, forms and call centres the leads may come from; any other source is forbidden.') },
  'sources.*': { label: t('Source', 'Source') },
  'sources.*.name': { label: t('Nom de la source', 'Name of the source'), help: t('Par exemple le nom du site ou du centre d’appels.', 'E.g. the name of the site or call centre.') },
  'sources.*.url': { label: t('Adresse du site', 'Web address'), help: t('Adresse complète, par exemple https://www.exemple.fr (facultatif).', 'Full address, e.g. https://www.example.com (optional).') },
  'sources.*.type': { label: t('Type de source', 'Type of source') },
  formChangeNoticeDays: { label: t('Préavis avant de modifier un formulaire', 'Notice before a form is changed'), help: t('Jours ouvrés de préavis avant que le formulaire de collecte d’une source agréée soit modifié.', 'Business days of notice before the collection form of an approved source is changed.'), unit: t('jours ouvrés', 'business days') },
  subprocessorNoticeDays: { label: t('Préavis avant un nouveau sous-traitant', 'Notice before a new subcontractor'), help: t('Jours de préavis avant que le fournisseur recoure à un nouveau sous-traitant ou sous-traitant ultérieur.', 'Days of notice before the generator uses a new subcontractor or sub-processor.'), unit: DAYS },
  survivalYears: { label: t('Survie des garanties', 'Survival of the warranties'), help: t('Années, après la fin du contrat, pendant lesquelles les garanties de conformité et l’indemnisation restent dues.', 'Years after the end of the agreement during which the compliance warranties and the indemnity survive.'), unit: t('ans', 'years') },
  proofRetentionYears: { label: t('Conservation des preuves de consentement', 'Keeping the consent records'), help: t('Années pendant lesquelles les preuves de consentement (y compris les enregistrements d’appels qui en portent un) sont conservées.', 'Years the consent records (including call recordings that carry a consent) are kept.'), unit: t('ans', 'years') },
  recordingMonths: { label: t('Conservation des autres enregistrements', 'Keeping other call recordings'), help: t('Mois pendant lesquels les autres enregistrements d’appels sont conservés.', 'Months other call recordings are kept.'), unit: MONTHS },
  noEnergyWorks: { label: t('Aucune rénovation énergétique ni adaptation du logement', 'No energy renovation or home adaptation'), help: t('L’acheteur garantit ne rien proposer aux leads qui relève de la rénovation énergétique, des énergies renouvelables ou de l’adaptation du logement (démarchage interdit, C. consom. L. 223-1).', 'The buyer warrants that nothing it offers the leads is energy-renovation, renewable-energy or home-adaptation work or equipment (canvassing banned, French Consumer Code L. 223-1).') },
  sourceChangeNoticeDays: { label: t('Préavis avant une nouvelle source', 'Notice before a new source'), help: t('Délai dans lequel le fournisseur doit vous informer avant d’utiliser une source nouvelle ou modifiée.', 'How long before using a new or changed source the generator must tell you.'), unit: DAYS },
  delivery: { label: t('Livraison', 'Delivery') },
  'delivery.method': { label: t('Mode de livraison', 'Delivery method'), help: t('Comment les leads vous sont transmis.', 'How the leads reach you.') },
  'delivery.maxDelayMinutes': { label: t('Délai maximal de livraison', 'Longest delivery delay'), help: t('Temps maximal entre la demande du prospect et la livraison du lead.', 'Longest time between the prospect’s request and the lead’s delivery.'), unit: t('minutes', 'minutes') },
  'delivery.maxLeadAgeHours': { label: t('Ancienneté maximale d’un lead', 'Oldest lead accepted'), help: t('Au-delà, le lead n’est plus facturable.', 'Older leads are not billable.'), unit: HOURS },
  volumes: { label: t('Volumes', 'Volumes') },
  'volumes.monthlyCap': { label: t('Plafond mensuel', 'Monthly cap'), help: t('Nombre maximal de leads facturables par mois.', 'Most billable leads per month.'), unit: t('leads', 'leads') },
  'volumes.dailyCap': { label: t('Plafond quotidien', 'Daily cap'), help: t('Nombre maximal de leads par jour (facultatif).', 'Most leads per day (optional).'), unit: t('leads', 'leads') },
  'volumes.minimum': { label: t('Volume minimal garanti', 'Guaranteed minimum'), help: t('Nombre de leads que vous vous engagez à acheter chaque mois ; 0 pour aucun engagement.', 'Leads you commit to buy each month; 0 for no commitment.'), unit: t('leads', 'leads') },
  'volumes.tolerancePercent': { label: t('Tolérance de dépassement', 'Overrun tolerance'), help: t('Dépassement du plafond toléré sans accord préalable.', 'Overrun of the cap allowed without prior agreement.'), unit: t('%', '%') },
  price: { label: t('Prix', 'Price') },
  'price.invoicing': { label: t('Facturation', 'Invoicing'), help: t('Facture périodique mensuelle (paiement au plus tard 45 jours après la date d’émission, C. com. L. 441-10) ou une facture par livraison.', 'One periodic invoice a month (paid within 45 days of its date at most, French Commercial Code L. 441-10) or one invoice per delivery.') },
  'price.perLead': { label: t('Prix par lead valable', 'Price per valid lead'), help: t('Hors taxes, par exemple 18,50.', 'Excluding VAT, e.g. 18.50.'), unit: t('HT', 'excl. VAT') },
  'price.currency': { label: t('Devise', 'Currency') },
  'price.paymentDays': { label: t('Délai de paiement', 'Payment term'), help: t('Au plus 60 jours à compter de la date d’émission de la facture (C. com., art. L. 441-10).', 'At most 60 days from the invoice date (French Commercial Code, Art. L. 441-10).'), unit: DAYS },
  'price.paymentBasis': { label: t('Point de départ du délai', 'Payment term runs from') },
  exclusivity: { label: t('Exclusivité', 'Exclusivity') },
  'exclusivity.exclusive': { label: t('Leads exclusifs', 'Exclusive leads'), help: t('Un lead livré ne peut être vendu à personne d’autre pendant la période d’exclusivité.', 'A lead delivered may not be sold to anyone else during the exclusivity period.') },
  'exclusivity.periodDays': { label: t('Durée de l’exclusivité', 'Exclusivity period'), unit: DAYS, help: t('Pendant cette durée, le lead ne peut être revendu.', 'During this period the lead may not be resold.') },
  'exclusivity.maxBuyers': { label: t('Nombre maximal d’acheteurs par lead', 'Most buyers per lead'), help: t('1 pour un lead exclusif.', '1 for an exclusive lead.') },
  'exclusivity.dedupDays': { label: t('Période de dédoublonnage', 'Duplicate window'), help: t('Un lead déjà livré dans cette période est un doublon, non facturable.', 'A lead already delivered within this window is a duplicate, not billable.'), unit: DAYS },
  returns: { label: t('Réclamations et leads défectueux', 'Returns of defective leads') },
  'returns.dataDefectDays': { label: t('Délai de réclamation (données erronées)', 'Claim period (wrong data)'), help: t('Délai pour contester un lead aux données fausses ou incomplètes.', 'Time to dispute a lead with false or incomplete data.'), unit: DAYS },
  'returns.complianceDefectMonths': { label: t('Délai de réclamation (défaut de conformité)', 'Claim period (non-compliance)'), help: t('Délai pour contester un lead collecté sans consentement valable.', 'Time to dispute a lead collected without valid consent.'), unit: MONTHS },
  'returns.verificationDays': { label: t('Délai d’examen d’une réclamation', 'Time to examine a claim'), help: t('Délai dont dispose le fournisseur pour répondre à une réclamation.', 'Time the generator has to answer a claim.'), unit: DAYS },
  'returns.remedy': { label: t('Compensation d’un lead défectueux', 'Remedy for a defective lead') },
  proof: { label: t('Preuve du consentement', 'Proof of consent') },
  'proof.deliveryDays': { label: t('Délai de remise de la preuve', 'Time to provide the proof'), help: t('Délai pour remettre la preuve du consentement d’un lead sur demande.', 'Time to hand over the proof of a lead’s consent on request.'), unit: DAYS },
  'proof.urgentHours': { label: t('Délai en cas d’urgence', 'Time when urgent'), help: t('Par exemple en cas de plainte ou de contrôle de la CNIL.', 'E.g. after a complaint or a CNIL inspection.'), unit: HOURS },
  optOutHours: { label: t('Délai de prise en compte d’une opposition', 'Time to pass on an objection'), help: t('Délai pour se transmettre les oppositions et désinscriptions des personnes.', 'Time to pass on people’s objections and unsubscriptions to each other.'), unit: HOURS },
  breachNoticeHours: { label: t('Délai d’alerte en cas de violation de données', 'Time to report a data breach'), help: t('Délai pour vous alerter d’une violation de données ; le responsable du traitement doit notifier la CNIL dans les 72 heures (art. 33 RGPD).', 'Time to warn you of a data breach; the controller must notify the CNIL within 72 hours (GDPR Art. 33).'), unit: HOURS },
  audit: { label: t('Audit du fournisseur', 'Audit of the generator') },
  'audit.perYear': { label: t('Audits par an', 'Audits per year'), help: t('Nombre d’audits que vous pouvez mener chaque année.', 'Audits you may carry out each year.') },
  'audit.noticeDays': { label: t('Préavis d’audit', 'Audit notice'), help: t('Délai de prévenance avant un audit.', 'Notice before an audit.'), unit: DAYS },
  'audit.monthlySample': { label: t('Contrôle mensuel par échantillon', 'Monthly sample check'), help: t('Nombre de leads dont la preuve de consentement est vérifiée chaque mois.', 'Leads whose proof of consent is checked each month.'), unit: t('leads', 'leads') },
  offshore: { label: t('Traitements hors de l’EEE', 'Processing outside the EEA'), help: t('Centres d’appels ou hébergement hors de l’Espace économique européen.', 'Call centres or hosting outside the European Economic Area.') },
  'offshore.*': { label: t('Traitement hors EEE', 'Processing outside the EEA') },
  'offshore.*.country': { label: t('Pays', 'Country') },
  'offshore.*.provider': { label: t('Prestataire', 'Provider') },
  'offshore.*.activity': { label: t('Activité', 'Activity') },
  'offshore.*.mechanism': { label: t('Garantie du transfert', 'Transfer safeguard'), help: t('Décision d’adéquation (art. 45 RGPD) ou clauses contractuelles types (art. 46).', 'Adequacy decision (GDPR Art. 45) or standard contractual clauses (Art. 46).') },
  subprocessors: { label: t('Sous-traitants ultérieurs', 'Sub-processors'), help: t('Prestataires auxquels le fournisseur confie une partie du traitement.', 'Providers to whom the generator entrusts part of the processing.') },
  'subprocessors.*': { label: t('Sous-traitant ultérieur', 'Sub-processor') },
  'subprocessors.*.name': { label: t('Nom', 'Name') },
  'subprocessors.*.activity': { label: t('Activité', 'Activity') },
  'subprocessors.*.country': { label: t('Pays', 'Country') },
  term: { label: t('Durée', 'Term') },
  'term.initialMonths': { label: t('Durée initiale', 'Initial term'), unit: MONTHS, help: t('Durée du contrat à compter de sa signature.', 'Term of the contract from its signature.') },
  'term.renewal': { label: t('Renouvellement', 'Renewal') },
  'term.renewalMonths': { label: t('Durée de chaque renouvellement', 'Length of each renewal'), help: t('Durée de chaque nouvelle période en cas de tacite reconduction.', 'Length of each new period under automatic renewal.'), unit: MONTHS },
  notice: { label: t('Résiliation', 'Termination') },
  'notice.convenienceMonths': { label: t('Préavis de résiliation sans motif', 'Notice to end without cause'), unit: MONTHS, help: t('0 si le contrat ne peut pas être résilié sans motif.', '0 when the contract cannot be ended without cause.') },
  'notice.cureDays': { label: t('Délai pour remédier à un manquement', 'Time to cure a breach'), help: t('Délai laissé après mise en demeure avant résiliation pour manquement.', 'Time allowed after formal notice before termination for breach.'), unit: DAYS },
  liability: { label: t('Responsabilité', 'Liability') },
  'liability.capMultiple': { label: t('Plafond de responsabilité (multiple)', 'Liability cap (multiple)'), help: t('Multiple des sommes payées au cours des 12 derniers mois.', 'Multiple of the fees paid over the last 12 months.'), unit: t('× les sommes des 12 derniers mois', '× the fees of the last 12 months') },
  'liability.capFloor': { label: t('Plafond minimal', 'Minimum cap'), help: t('Montant en dessous duquel le plafond ne descend jamais.', 'The cap never goes below this amount.'), unit: t('€', '€') },
  'liability.dataCapFloor': { label: t('Plafond pour les données personnelles', 'Cap for personal data breaches'), help: t('Plafond distinct, plus élevé, pour les manquements à la protection des données ; laissez vide pour une responsabilité non plafonnée.', 'Separate, higher cap for data-protection breaches; leave empty for uncapped liability.'), unit: t('€', '€') },
  insurance: { label: t('Assurances du fournisseur', 'Generator’s insurance') },
  'insurance.professionalLiability': { label: t('Responsabilité civile professionnelle', 'Professional liability'), help: t('Montant minimal de garantie.', 'Minimum cover.'), unit: t('€', '€') },
  'insurance.cyber': { label: t('Cyber-risques', 'Cyber risks'), help: t('Montant minimal de garantie.', 'Minimum cover.'), unit: t('€', '€') },
  penalties: { label: t('Montants des pénalités', 'Amounts of the penalties'), help: t('Montants appliqués si l’option « Pénalités » est retenue.', 'Amounts applied when the “Penalties” option is chosen.') },
  'penalties.perLeadWithoutProof': { label: t('Par lead sans preuve de consentement', 'Per lead without proof of consent'), help: t('Pénalité due pour chaque lead dont la preuve du consentement ne peut être remise.', 'Penalty due for each lead whose proof of consent cannot be provided.'), unit: t('€', '€') },
  'penalties.perDayLateProof': { label: t('Par jour de retard dans la remise de la preuve', 'Per day of late proof'), help: t('Pénalité due pour chaque jour de retard au-delà du délai de remise de la preuve.', 'Penalty due for each day of delay beyond the time to provide the proof.'), unit: t('€', '€') },
  'penalties.capPercent': { label: t('Plafond des pénalités', 'Cap of the penalties'), help: t('En pourcentage des sommes facturées.', 'As a percentage of the fees invoiced.'), unit: t('%', '%') },
  confidentialityYears: { label: t('Durée de confidentialité après le contrat', 'Confidentiality after the contract'), help: t('Nombre d’années pendant lesquelles l’obligation de confidentialité survit à la fin du contrat.', 'Years the confidentiality obligation lasts after the contract ends.'), unit: t('ans', 'years') },
  governingLaw: { label: t('Droit applicable', 'Governing law') },
  courts: { label: t('Tribunal compétent', 'Competent court'), help: t('Ville du tribunal de commerce compétent, par exemple Paris.', 'City of the competent commercial court, e.g. Paris.') },
  options: { label: t('Clauses facultatives', 'Optional clauses'), help: t('Clauses ajoutées au contrat si vous les cochez.', 'Clauses added to the contract when ticked.') },
  'options.penalties': { label: t('Pénalités', 'Penalties') },
  'options.reporting': { label: t('Reporting', 'Reporting') },
  'options.assignment': { label: t('Cession du contrat', 'Assignment') },
  'options.forceMajeure': { label: t('Force majeure', 'Force majeure') },
  exclude: { label: t('Clauses à écarter', 'Clauses to leave out'), help: t('Clauses de la bibliothèque à retirer du projet.', 'Library clauses to remove from the draft.') },
  'exclude.*': { label: t('Clause', 'Clause') },
  clauses: { label: t('Ajustements de clauses', 'Clause adjustments'), help: t('Réservé aux juristes : valeurs propres à une clause (laissez vide en général).', 'For lawyers: values specific to one clause (usually left empty).') },
}

/** The labels of the values of the form's lists, by field path (a list's path for its items). */
export const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  language: { fr: t('Français', 'French'), en: t('Anglais', 'English') },
  controllingLanguage: { fr: t('Français', 'French'), en: t('Anglais', 'English') },
  'price.invoicing': { monthly: t('Facture périodique mensuelle (45 jours après sa date au plus)', 'One periodic invoice a month (paid within 45 days of its date at most)'), 'per-delivery': t('Une facture par livraison', 'One invoice per delivery') },
  role: { processor: t('Sous-traitant (art. 28 RGPD)', 'Processor (GDPR Art. 28)'), joint: t('Responsable conjoint (art. 26 RGPD)', 'Joint controller (GDPR Art. 26)'), independent: t('Responsable de traitement indépendant', 'Independent controller') },
  channels: { email: t('Courriel', 'Email'), sms: t('SMS', 'SMS'), phone: t('Téléphone', 'Telephone'), postal: t('Courrier postal', 'Post') },
  'leads.temperature': { hot: t('Demande en temps réel (lead « chaud »)', 'Real-time request (“hot” lead)'), cold: t('Issu d’une base de données (lead « froid »)', 'From a database (“cold” lead)') },
  'sources.*.type': {
    'own-site': t('Site du fournisseur', 'Generator’s own site'),
    publisher: t('Éditeur partenaire', 'Partner publisher'),
    'co-registration': t('Coregistration', 'Co-registration'),
    contest: t('Jeu-concours', 'Contest'),
    'product-test': t('Test de produits', 'Product test'),
    survey: t('Questionnaire', 'Survey'),
    'comparison-site': t('Comparateur', 'Comparison site'),
    'call-centre': t('Centre d’appels', 'Call centre'),
    other: t('Autre', 'Other'),
  },
  'delivery.method': { api: t('Interface de programmation (API)', 'Programming interface (API)'), sftp: t('Dépôt de fichiers sécurisé (SFTP)', 'Secure file transfer (SFTP)'), crm: t('Directement dans votre CRM', 'Straight into your CRM'), 'encrypted-file': t('Fichier chiffré', 'Encrypted file') },
  'price.currency': { EUR: t('Euro (€)', 'Euro (€)'), GBP: t('Livre sterling (£)', 'Pound sterling (£)'), USD: t('Dollar américain ($)', 'US dollar ($)'), CHF: t('Franc suisse (CHF)', 'Swiss franc (CHF)') },
  'price.paymentBasis': { invoice: t('Date d’émission de la facture', 'Invoice date'), 'end-of-month': t('Fin du mois de la facture', 'End of the invoice’s month') },
  'returns.remedy': { credit: t('Avoir', 'Credit note'), replacement: t('Remplacement du lead', 'Replacement lead'), refund: t('Remboursement', 'Refund') },
  'offshore.*.mechanism': { adequacy: t('Décision d’adéquation', 'Adequacy decision'), scc: t('Clauses contractuelles types', 'Standard contractual clauses') },
  'term.renewal': { tacit: t('Tacite reconduction', 'Automatic renewal'), none: t('Pas de renouvellement', 'No renewal') },
  governingLaw: { france: t('Droit français', 'French law') },
}

/** Lookup keys of a path: `buyer.signatory.name` → `buyer.signatory.name`, `party.signatory.name`; indices become `*`. */
export function fieldKeys(path: string): string[] {
  const generic = path.split('.').map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.')
  const party = generic.replace(/^(buyer|generator)(?=\.)/, 'party')
  return [...new Set([generic, party])]
}

/** The words for a field, or undefined. */
export function fieldText(path: string): FieldText | undefined {
  for (const key of fieldKeys(path)) if (DEAL_FIELDS[key]) return DEAL_FIELDS[key]
  return undefined
}
