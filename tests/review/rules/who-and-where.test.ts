/**
 * Red flags that decide who is bound and whether the rule applies (issue #11, part 4): one case per
 * class of failure seen on documents written by others, in short documents written here (FR and
 * EN), each with the look-alike that must still fire, so that no class is closed by silencing the
 * rule.
 */
import { describe, expect, test } from 'vitest'
import { findings, lines, ruleById } from './harness.js'

interface Case {
  name: string
  text: string
  fires: boolean
}

const rule = ruleById

const CASES: Record<string, Case[]> = {
  'weak-notice-period': [
    // Class: a notice given before a change, with the exit it opens to the party told of it.
    {
      name: 'fr: notice of a reduction of the service, then a right to terminate, is no termination notice',
      fires: false,
      text: lines('# Conditions', 'Le prix est de 300 € HT par mois.', 'Toute réduction des mesures de sécurité nécessite un préavis de 60 jours, avec un droit de résiliation pour le Client.'),
    },
    {
      name: 'en: notice of a price change, after which the customer may terminate',
      fires: false,
      text: lines('# Terms', 'The fees are EUR 300 per month.', "The Provider may change the fees on 30 days' notice, and the Customer may then terminate this Agreement."),
    },
    {
      name: 'en trap: the provider may modify or terminate the service on 30 days\' notice (the notice follows the exit)',
      fires: true,
      text: lines('# Terms', 'The fees are EUR 300 per month.', "The Provider may modify or terminate the service for convenience on 30 days' notice."),
    },
    {
      name: 'fr trap: after an amendment, the supplier may terminate on 15 days\' notice',
      fires: true,
      text: lines('# Contrat', 'Le prix est de 300 € HT par mois.', 'Après toute modification du contrat, le Fournisseur peut le résilier sans motif moyennant un préavis de 15 jours.'),
    },
    // Class: a royalty-free licence is no price: ending a free service takes nothing paid for.
    {
      name: 'fr: a free tool whose only « redevance » is a royalty-free licence on the user’s content',
      fires: false,
      text: lines(
        '# Conditions d’utilisation',
        'Vous accordez à l’Éditeur une licence mondiale, libre de redevance et non exclusive sur vos contenus.',
        'L’Éditeur peut résilier votre accès au service à tout moment, avec ou sans raison, avec ou sans préavis.',
      ),
    },
    {
      name: 'en: a royalty-free licence and a cap at the amounts paid, if any, set no price',
      fires: false,
      text: lines(
        '# Terms',
        'You grant us a worldwide, royalty-free licence to host your content.',
        'In no event shall our aggregate liability exceed the greater of the amounts you paid us, if any, or USD 100.',
        'We may terminate your account at any time, without notice and in our sole discretion.',
      ),
    },
    {
      name: 'en: a free plan beside paid plans, in one sentence, still charges a price',
      fires: true,
      text: lines('# Terms', 'You may use the free plan or subscribe to a paid plan; paid plans are billed monthly in advance.', "We may terminate these Terms for convenience on 30 days' notice."),
    },
    {
      name: 'fr: une offre gratuite à côté d’abonnements payants',
      fires: true,
      text: lines('# Conditions', "L'offre découverte est gratuite ; les abonnements Pro sont facturés 30 € HT par mois.", "L'Éditeur peut résilier le contrat sans motif moyennant un préavis de 15 jours."),
    },
    {
      name: 'en trap: the same exit in terms with a subscription fee',
      fires: true,
      text: lines('# Terms', 'The subscription fee is USD 20 per month, payable in advance.', 'We may terminate your account at any time, without notice and in our sole discretion.'),
    },
  ],
  'weak-liability-cap': [
    // Class: "the greater of" the fees paid over the whole contract (no period) and a sum.
    {
      name: 'en: the greater of the compensation you pay, with no period, or USD 100',
      fires: false,
      text: lines('# Terms', 'The fees are USD 50 per month.', 'Our aggregate liability shall not exceed the greater of the compensation you pay to us for the Services or USD 100.'),
    },
    {
      name: 'en trap: the lesser of the fees paid or USD 100 is still a cap of USD 100',
      fires: true,
      text: lines('# Terms', 'The fees are USD 50 per month.', 'Our aggregate liability shall not exceed the lesser of the fees you pay to us or USD 100.'),
    },
    // Class: commissions are the fees of an affiliate programme.
    {
      name: 'en: commissions paid in the three months before the claim',
      fires: true,
      text: lines('# Affiliate programme', "The Company's total liability will not exceed the total commissions paid or payable to you during the three (3) month period preceding the claim."),
    },
    {
      name: 'fr: les commissions versées au cours des trois derniers mois',
      fires: true,
      text: lines('# Programme d’affiliation', 'La responsabilité de la Société est limitée au montant des commissions versées à l’Affilié au cours des trois (3) derniers mois.'),
    },
    {
      name: 'en trap: commissions paid over the last twelve months meet the playbook',
      fires: false,
      text: lines('# Affiliate programme', "The Company's total liability will not exceed the total commissions paid to you during the twelve (12) months preceding the claim."),
    },
    // Class: a promotion's cap at the value of one prize.
    {
      name: 'en: total liability capped at the amount of the prize offered to one participant',
      fires: true,
      text: lines('# Official rules', "The Sponsor's total liability under these rules shall not exceed the total amount of the prize offered to a single participant."),
    },
    {
      name: 'fr: responsabilité limitée à la valeur d’un lot',
      fires: true,
      text: lines('# Règlement du jeu', 'La responsabilité de la Société organisatrice est limitée à la valeur du lot attribué au participant.'),
    },
  ],
  'liability-cap-no-data-carveout': [
    // Class: "neither party's liability shall be limited with respect to …" is the carve-out, not a cap.
    {
      name: 'en: uncapped liability for fines and data subjects’ damages, under the Agreement’s limits',
      fires: false,
      text: lines(
        '# Data processing addendum',
        "Each party's liability under this DPA is subject to the limitations of liability set forth in the Agreement, except that:",
        "- (a) Neither party's liability shall be limited with respect to fines or damages awarded to Data Subjects;",
      ),
    },
    {
      name: 'fr: la responsabilité d’aucune des parties n’est limitée pour les dommages des personnes concernées',
      fires: false,
      text: lines('# Accord de traitement', "La responsabilité d'aucune des parties n'est limitée pour les amendes et les dommages subis par les personnes concernées."),
    },
    {
      name: 'en trap: a cap whose only exception is for unpaid fees still lacks a data carve-out',
      fires: true,
      text: lines('# Terms', "Each party's aggregate liability shall not exceed the fees paid in the 12 months before the claim, except for the Customer's obligation to pay the fees."),
    },
  ],
  'retention-until-opt-out': [
    // Class: the data of the person's own account, kept while the account lives.
    {
      name: 'fr: les données de l’utilisateur sont conservées tant qu’il est inscrit et jusqu’à sa demande de suppression',
      fires: false,
      text: lines('# CGU', 'Les données de l’utilisateur sont conservées tant que l’utilisateur est inscrit et jusqu’à sa demande de suppression de son compte.'),
    },
    {
      name: 'en: account data kept as long as your account is active or until you request deletion',
      fires: false,
      text: lines('# Privacy', 'We retain your profile data as long as your account is active or until you request deletion.'),
    },
    {
      name: 'fr trap: prospects kept « tant qu’ils n’ont pas demandé leur désinscription »',
      fires: true,
      text: lines('# Contrat', 'Les données des prospects sont conservées jusqu’à leur désinscription.'),
    },
    {
      name: 'en trap: newsletter subscribers kept until they unsubscribe, as long as they are registered',
      fires: true,
      text: lines('# Lead terms', 'Lead data is retained until the person unsubscribes, as long as the person is registered to the partner newsletter.'),
    },
  ],
  'unlimited-subcontracting': [
    // Class: performing the services through contractors, with no approval in the article.
    {
      name: 'en: may provide the services through its third-party contractors',
      fires: true,
      text: lines('# Services', 'The Services are described in a mutually agreed and signed order form.', 'The Provider may provide the services through its third-party contractors, remaining subject to its obligations.'),
    },
    {
      name: 'fr: peut exécuter les prestations par l’intermédiaire de prestataires',
      fires: true,
      text: lines('# Prestations', 'Les prestations sont décrites dans un bon de commande accepté.', 'Le Prestataire peut exécuter les prestations par l’intermédiaire de prestataires tiers.'),
    },
    {
      name: 'en: may use its network of sub-publishers',
      fires: true,
      text: lines('# Insertion order', 'The Publisher may use its network of sub-publishers to run the campaign.'),
    },
    {
      name: 'fr: peut faire appel à son réseau d’éditeurs',
      fires: true,
      text: lines('# Ordre d’insertion', "L'Éditeur peut faire appel à son réseau d'éditeurs partenaires pour diffuser la campagne."),
    },
    {
      name: 'en: leads may also be sold to other insurers',
      fires: true,
      text: lines('# Insertion order', 'Leads may also be sold to other insurers after 30 days.'),
    },
    {
      name: 'en trap: through contractors the customer approved in writing',
      fires: false,
      text: lines('# Services', 'The Provider may provide the services through third-party contractors approved in writing by the Customer.'),
    },
    // Class: replacing a provider at will.
    {
      name: 'en: reserve the right to switch to another model provider at any point',
      fires: true,
      text: lines('# API terms', 'The service uses a third-party language model.', 'We reserve the right to switch from this model to another language model provider at any point.'),
    },
    {
      name: 'fr: se réserve le droit de remplacer son hébergeur par un autre prestataire',
      fires: true,
      text: lines('# Conditions', 'Le Prestataire se réserve le droit de remplacer son hébergeur par un autre prestataire de son choix.'),
    },
    // Class: the buyer's own right, as the reader or as controller.
    {
      name: 'en: you may engage subcontractors of your choice to use the Service (the reader is the buyer)',
      fires: false,
      text: lines('# Terms', 'You may engage any subcontractors of your choice to operate your account on your behalf.'),
    },
    {
      name: 'fr: le responsable de traitement peut faire appel à tout prestataire de son choix',
      fires: false,
      text: lines('# Accord de traitement', 'Le responsable de traitement peut librement faire appel à tout prestataire de son choix pour ses propres traitements.'),
    },
    {
      name: 'en trap: we may engage any subcontractors without your consent (the writer is the generator)',
      fires: true,
      text: lines('# Terms', 'We may engage any subcontractors without your prior consent.'),
    },
    {
      name: 'fr trap: a generator called by its name, after the client in the same sentence, is not the client',
      fires: true,
      text: lines('# Bon de commande', "Chaque lead est réservé au client pendant trente jours, à l'issue desquels Leadia peut revendre les données à tout tiers."),
    },
    {
      name: 'fr trap: le sous-traitant peut faire appel à tout sous-traitant ultérieur sans autorisation',
      fires: true,
      text: lines('# Accord de traitement', 'Le sous-traitant peut faire appel à tout sous-traitant ultérieur sans autorisation du responsable de traitement.'),
    },
    {
      name: 'fr trap: remplacer un sous-traitant après information du Client, qui peut s’y opposer',
      fires: false,
      text: lines('# Sous-traitance', 'Le Prestataire peut remplacer un sous-traitant par un autre sous-traitant.', 'Il informe le Client de tout nouveau sous-traitant ultérieur, et le Client peut s’y opposer.'),
    },
  ],
  'returns-exclude-consent': [
    // Class: "not returnable" / « non remboursables » is a refusal of returns.
    {
      name: 'en: leads with a consent complaint are not returnable',
      fires: true,
      text: lines('# Insertion order', 'Invalid leads may be returned within 7 days of delivery.', 'Leads with a consent complaint are not returnable.'),
    },
    {
      name: 'fr: les leads faisant l’objet d’une plainte sur le consentement sont non remboursables',
      fires: true,
      text: lines('# Bon de commande', 'Les leads invalides peuvent être retournés sous 7 jours.', 'Les leads faisant l’objet d’une contestation du consentement sont non remboursables.'),
    },
    {
      name: 'en trap: every lead without valid consent is returnable at any time',
      fires: false,
      text: lines('# Insertion order', 'Any lead without valid, provable consent is returnable at any time.'),
    },
  ],
  'negated-clause': [
    // Class: a bar on the generator's own exit denies the buyer nothing.
    {
      name: 'en: the Supplier may not terminate this Agreement for convenience',
      fires: false,
      text: lines('# Agreement', 'The fees are EUR 2,000 per month.', 'The Supplier may not terminate this Agreement for its convenience.'),
    },
    {
      name: 'fr: le Prestataire ne peut pas résilier avant le terme du contrat',
      fires: false,
      text: lines('# Contrat', 'Le prix est de 2 000 € HT par mois.', 'Le Prestataire ne peut pas résilier avant le terme du contrat.'),
    },
    {
      name: 'en trap: the Customer may not terminate this Agreement for convenience',
      fires: true,
      text: lines('# Agreement', 'The fees are EUR 2,000 per month.', 'The Customer may not terminate this Agreement for its convenience.'),
    },
    {
      name: 'fr trap: le contrat ne peut être résilié avant son terme (no one named)',
      fires: true,
      text: lines('# Contrat', 'Le prix est de 2 000 € HT par mois.', 'Le contrat ne peut pas être résilié avant son terme.'),
    },
  ],
  'compliance-shifted-to-buyer': [
    // Class: the reader must judge whether the writer's service complies, or the writer disclaims it.
    {
      name: 'en: you are responsible for determining whether our services comply with data protection laws',
      fires: true,
      text: lines('# Terms', "You're responsible for determining whether our services are suitable for you to use in light of EU data privacy laws."),
    },
    {
      name: 'en: we will not be liable if our service does not meet data protection regulations',
      fires: true,
      text: lines('# Terms', 'If you are subject to data protection regulations, we will not be liable if our service does not meet those regulations.'),
    },
    {
      name: 'fr: il vous appartient de vérifier que nos services sont conformes au RGPD',
      fires: true,
      text: lines('# Conditions', 'Il vous appartient de vérifier que nos services sont conformes au RGPD pour votre usage.'),
    },
    {
      name: 'en trap: suitability for your needs is no compliance',
      fires: false,
      text: lines('# Terms', 'You are responsible for determining whether our services are suitable for your business needs.'),
    },
    {
      name: 'fr trap: the controller’s own duty to inform the persons concerned',
      fires: false,
      text: lines('# Accord de traitement', 'Le Client, en sa qualité de responsable de traitement, est seul responsable de la licéité des traitements et de l’information des personnes concernées.'),
    },
  ],
  'legitimate-interest-canvassing': [
    // Class: the soft opt-in of CPCE L. 34-5 al. 4 (own customers, analogous products).
    {
      name: 'en: e-mails to our existing customers about similar products, on legitimate interest',
      fires: false,
      text: lines('# Privacy notice', 'We send e-mails to our existing customers about similar products on the basis of our legitimate interest; you may object at any time.'),
    },
    {
      name: 'fr: courriels à nos clients sur des produits analogues, fondés sur l’intérêt légitime',
      fires: false,
      text: lines('# Politique de confidentialité', 'Nous adressons à nos clients des courriels sur des produits analogues, sur le fondement de notre intérêt légitime ; vous pouvez vous y opposer à tout moment.'),
    },
    {
      name: 'en trap: e-mail canvassing of prospects on legitimate interest',
      fires: true,
      text: lines('# Lead supply terms', 'The Buyer may e-mail the leads about its offers on the basis of its legitimate interest.'),
    },
    {
      name: 'fr trap: prospection des leads par e-mail sur l’intérêt légitime, même pour des produits analogues',
      fires: true,
      text: lines('# Contrat', "L'envoi d'e-mails aux prospects sur des produits analogues est fondé sur l'intérêt légitime du Client."),
    },
  ],
  'banned-sector-canvassing': [
    // Class: the ban protects consumers canvassed for these works.
    {
      name: 'fr: an installer’s terms of sale naming heat pumps canvass nobody',
      fires: false,
      text: lines('# Conditions générales de vente', 'Les présentes conditions s’appliquent à la vente et à la pose de pompes à chaleur par l’Installateur.'),
    },
    {
      name: 'en: business leads for solar panels on commercial roofs (B2B)',
      fires: false,
      text: lines('# Lead supply terms', 'The Supplier delivers B2B leads: decision-makers of companies interested in solar panels for their warehouses.'),
    },
    {
      name: 'fr trap: des leads de particuliers pour des pompes à chaleur',
      fires: true,
      text: lines('# Devis', 'Le Fournisseur livre des leads de particuliers intéressés par une pompe à chaleur.'),
    },
    {
      name: 'en trap: a phone campaign to homeowners for insulation works',
      fires: true,
      text: lines('# Insertion order', 'The Publisher runs a phone campaign to homeowners for home insulation.'),
    },
  ],
  'payment-terms': [
    // Class: French late-payment mentions apply under French law, in whatever language.
    {
      name: 'en: terms under French law that state payment and no late-payment penalties',
      fires: true,
      text: lines('# Agreement', 'The price is EUR 10 per lead, excluding VAT.', 'Invoices are payable within 30 days of the invoice date.', 'This Agreement is governed by French law.'),
    },
    {
      name: 'en: the same terms with the penalties and the EUR 40 indemnity stated',
      fires: false,
      text: lines(
        '# Agreement',
        'The price is EUR 10 per lead, excluding VAT.',
        'Invoices are payable within 30 days of the invoice date; late payments bear interest at three times the legal interest rate.',
        'A fixed indemnity of EUR 40 for recovery costs is due on any late payment.',
        'This Agreement is governed by French law.',
      ),
    },
    {
      name: 'en trap: the same terms under English law',
      fires: false,
      text: lines('# Agreement', 'The price is GBP 10 per lead.', 'Invoices are payable within 30 days of the invoice date.', 'This Agreement is governed by the laws of England and Wales.'),
    },
    {
      name: 'en trap: English terms that choose no law are not asked the French mentions',
      fires: false,
      text: lines('# Agreement', 'The price is USD 10 per lead.', 'Invoices are payable within 30 days of the invoice date.'),
    },
    {
      name: 'en trap: net 90 in English terms under French law (the term is read unless another law is chosen)',
      fires: true,
      text: lines('# Insertion order', 'Price: EUR 12 per validated lead.', 'Invoices payable net 90.', 'This order is governed by French law.'),
    },
    {
      name: 'fr trap: 90 jours dans un document français muet sur la loi',
      fires: true,
      text: lines('# Bon de commande', 'Prix : 12 € HT par lead.', 'Les factures sont payables à 90 jours.'),
    },
  ],
}

for (const [id, cases] of Object.entries(CASES)) {
  describe(id, () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = findings(c.text, rule(id))
      expect(found.length > 0, found.map((f) => f.message).join('\n')).toBe(c.fires)
    })
  })
}
