import rule from '../../../src/review/rules/weak-notice-period.js'
import { lines, ruleTester } from './harness.js'

/** A price line: notice is owed where the buyer pays for what it must replace. */
const PRICE_FR = 'Le prix est de 10 € HT par lead.'
const PRICE_EN = 'The price is EUR 10 per lead.'

ruleTester(rule, {
  valid: [
    {
      name: "FR (class: « dénoncer » a tacit renewal is a non-renewal date; session 12): « sauf dénonciation un mois avant l'échéance »",
      text: lines('# Conditions', PRICE_FR, '## Durée', "Le contrat est reconduit tacitement par périodes d'un an, sauf dénonciation par l'une ou l'autre des parties au plus tard un mois avant son échéance."),
    },
    {
      name: 'EN (class: a sub-processor named before the verb is no party; session 12): the customer objecting to a new sub-processor may leave',
      text: lines('# Terms', PRICE_EN, '## Sub-processors', "If the Customer objects to a new sub-processor, it may terminate the affected Services on 30 days' written notice."),
    },
    {
      name: "FR (class: « sous-traitant ultérieur » is no party; session 12): le Client qui s'oppose peut résilier",
      text: lines('# Conditions', PRICE_FR, '## Sous-traitance ultérieure', "Le Client qui s'oppose au recrutement d'un nouveau sous-traitant ultérieur peut résilier le contrat moyennant un préavis de trente jours."),
    },
    {
      name: 'EN (class: the heading says who terminates): a passive sentence under « Termination by you » is the buyer\'s own right',
      text: lines('# Terms', PRICE_EN, '## Termination by you', 'For purchase orders, the term must be terminated by providing written notice (email is sufficient) of termination at least 30 days prior to the end of the term.'),
    },
    {
      name: 'FR (class: le titre dit qui résilie): « Résiliation par le Client »',
      text: lines('# Conditions', PRICE_FR, '## Résiliation par le Client', "Le contrat peut être résilié moyennant un préavis de 15 jours par lettre recommandée."),
    },
    {
      name: 'EN (class: ending the contract to comply with export-control or sanctions law is for a cause): immediately, without notice, in its discretion',
      text: lines('# Terms', PRICE_EN, "Provider may terminate this Agreement immediately without notice or liability to comply, as determined in Provider's sole discretion, with applicable export controls and sanctions laws and regulations."),
    },
    {
      name: 'FR (class: résilier pour se conformer aux sanctions est une cause): sans préavis',
      text: lines('# Contrat', PRICE_FR, 'Le Fournisseur peut résilier le contrat sans préavis pour se conformer aux sanctions économiques applicables.'),
    },
    {
      name: 'EN (class: an exit open only while nothing is running ends nothing paid for): no then-current subscription',
      text: lines('# Terms', PRICE_EN, "Either party may terminate this Agreement upon 30 days' written notice to the other party in the event that Customer has no then-current subscription with respect to the Licensed Materials."),
    },
    {
      name: "FR (class: une sortie ouverte seulement sans commande en cours ne met fin à rien de payé): aucune commande n'est en cours",
      text: lines('# Contrat', PRICE_FR, "Chaque partie peut résilier le contrat-cadre moyennant un préavis de 15 jours lorsqu'aucune commande n'est en cours."),
    },
    {
      name: "EN (class: the agent of a passive verb is the buyer's own right): may be terminated by the CUSTOMER on 4 weeks' notice",
      text: lines('# Terms', PRICE_EN, 'This agreement may be terminated by the CUSTOMER at any time subject to a notice period of 4 weeks to the end of the month.'),
    },
    {
      name: 'FR (class: the agent of a passive verb is the buyer): le contrat peut être résilié par le Client moyennant un préavis de 15 jours',
      text: lines('# Contrat', PRICE_FR, 'Le contrat peut être résilié par le Client à tout moment moyennant un préavis de 15 jours.'),
    },
    {
      name: 'EN (class: ending a free service takes nothing the buyer paid for): we may terminate your access at any time for any reason',
      text: lines('# Website terms', 'We may suspend or terminate your access to our newsletters at any time for any reason.'),
    },
    {
      name: 'FR (class: ending a free service): nous pouvons mettre fin à votre accès à tout moment, sans motif',
      text: lines('# Conditions d\'utilisation', "L'accès à la plateforme est gratuit.", 'Nous pouvons mettre fin à votre accès à la plateforme à tout moment et sans motif.'),
    },
    {
      name: 'FR (class: a stop for a fault is no convenience exit): arrêter les prestations en cas de manquement du Client',
      text: lines('# Contrat', 'Le prix est de 1 500 € HT par mois.', "Le Prestataire pourra cesser les prestations en cas de manquement du Client non réparé dans les 15 jours d'une mise en demeure."),
    },
    {
      name: 'EN (class: the items of a list of grounds are events): losing the site "for any reason" is no convenience ground',
      text: lines('# Agreement', 'The fees are EUR 2,000 per month.', 'We may terminate this Agreement immediately if: (a) you fail to pay any invoice; (b) you lose possession of the site for any reason other than a casualty.'),
    },
    {
      name: 'FR (class: the items of a list of grounds are events): cesser son activité pour quelque raison que ce soit',
      text: lines('# Contrat', 'Le prix est de 1 500 € HT par mois.', "Le Fournisseur peut résilier le contrat sans préavis si : a) le Client ne paie pas une facture ; b) le Client cesse son activité, pour quelque raison que ce soit."),
    },
    {
      name: "EN (class: an enumeration's lead-in names who may end): the Customer's own convenience exit in item (b)",
      text: lines('# Agreement', 'The fees are EUR 2,000 per month.', 'The Customer may terminate this Agreement: (a) if the Provider materially breaches this Agreement; (b) for convenience on 15 days\' notice.'),
    },
    {
      name: 'FR: a deadline to agree counted from a request is no notice period',
      text: lines('# Contrat', 'Si aucun accord n’est trouvé dans les 30 jours à compter de la demande de révision, chaque partie peut résilier le contrat moyennant un préavis de trois mois.'),
    },
    {
      name: 'FR (class: notice as a delay after the letter): four months after receipt is long enough',
      text: lines('# Contrat', 'Chaque partie peut résilier le contrat par courrier. La résiliation prend effet quatre mois après la réception du courrier.'),
    },
    {
      name: "EN (class: terms addressed to 'you' give the buyer's own right): you may cancel at any time for any reason",
      text: lines('# Subscription terms', 'You may cancel your subscription at any time for any reason from your account page.'),
    },
    {
      name: 'EN (class: a free trial is not what the buyer pays for): either party may end the free trial at any time for any reason',
      text: lines('# Terms', 'Either party may end the use of free trials at any time for any reason.'),
    },
    {
      name: 'EN (class: a stated cause is no convenience exit): at any time, in its discretion, for a violation',
      text: lines('# Service terms', 'We may at any time, in our sole discretion and without notice, close the account of any member who violates these rules.'),
    },
    {
      name: 'FR (class: a stated cause is no convenience exit): à tout moment, sans préavis, en cas de fraude',
      text: lines('# Conditions', 'Le Fournisseur peut à tout moment résilier le contrat sans préavis si le Client commet une fraude.'),
    },
    {
      name: 'FR: préavis de trois mois',
      text: lines('# Contrat', 'Chaque partie peut résilier le contrat pour convenance moyennant un préavis de trois (3) mois.'),
    },
    {
      name: "EN: 90 days' notice",
      text: lines('# Agreement', "Either party may terminate this Agreement for convenience on 90 days' prior written notice."),
    },
    {
      name: 'FR: délai de mise en demeure pour manquement (pas un préavis)',
      text: lines('# Contrat', "En cas de manquement, le contrat peut être résilié 15 jours après une mise en demeure restée sans effet."),
    },
    {
      name: 'EN: a cure period after notice of breach',
      text: lines('# Agreement', 'Either party may terminate this Agreement 30 days after notice of a material breach that remains uncured.'),
    },
    {
      name: 'EN: a non-renewal notice date alone',
      text: lines('# Order form', 'Non-Renewal Notice Date: at least 30 days before the end of the current Subscription Period.'),
    },
    {
      name: 'EN: notice about audits is not about termination',
      text: lines('# Agreement', "The Buyer may audit the Generator on 10 days' notice."),
    },
    {
      name: "FR: the buyer's own right to cancel on 15 days' notice is in its favour",
      text: lines('# Devis', 'Le Client peut résilier la commande à tout moment moyennant un préavis de 15 jours.'),
    },
    {
      name: "EN (class: in processor terms the controller is the buyer's side): the controller may terminate on 30 days' notice",
      text: lines('# Data processing addendum', PRICE_EN, "If the objection cannot be resolved, the Controller may terminate this Addendum on thirty (30) days' written notice."),
    },
    {
      name: 'FR (same class): le responsable de traitement peut résilier moyennant un préavis de 15 jours',
      text: lines('# Accord de sous-traitance', PRICE_FR, 'Le responsable de traitement peut résilier le présent accord moyennant un préavis de 15 jours.'),
    },
  ],
  invalid: [
    {
      name: 'FR (look-alike of the non-renewal class): « dénoncer » the contract at any time, with no renewal, is an exit',
      text: lines('# Conditions', PRICE_FR, '## Fin du contrat', "Le Prestataire peut dénoncer le contrat à tout moment, sans motif, moyennant un préavis d'un mois."),
      errors: [{ message: "Préavis de 1 mois", line: 4 }],
    },
    {
      name: 'FR (look-alike of the non-renewal class): a renewal sentence that also opens an exit during the term',
      text: lines('# Conditions', PRICE_FR, '## Durée', "Le contrat est renouvelé chaque année ; le Prestataire peut le résilier à tout moment, sans motif, avec un préavis d'un mois."),
      errors: [{ message: "Préavis de 1 mois", line: 4 }],
    },
    {
      name: 'EN (look-alike of the sub-processor class): the provider itself may leave on 30 days, whoever it engages',
      text: lines('# Terms', PRICE_EN, '## Termination', "Where the Customer refuses a new sub-processor, the Provider may terminate the affected Services on 30 days' written notice."),
      errors: [{ message: 'Notice period of 30 days', line: 4 }],
    },
    {
      name: 'EN (class: the heading says who terminates): « Termination by us » over a passive 30-day notice',
      text: lines('# Terms', PRICE_EN, '## Termination by us', "The Agreement may be terminated at any time with 30 days' notice by email."),
      errors: [{ message: 'Notice period of 30 days', line: 4 }],
    },
    {
      name: "EN (trap for the controller class: the processor's exit on short notice is still reported)",
      text: lines('# Data processing addendum', PRICE_EN, "The Processor may terminate this Addendum for convenience on thirty (30) days' written notice."),
      errors: [{ message: 'Notice period of 30 days', line: 3 }],
    },
    {
      name: 'EN (trap for the cause class: a convenience exit that also mentions export controls is still reported)',
      text: lines('# Terms', PRICE_EN, "Provider may terminate this Agreement for convenience on 30 days' notice, and each party shall comply with export control laws."),
      errors: [{ message: 'Notice period of 30 days', line: 3 }],
    },
    {
      name: 'EN (trap for the nothing-running class: an exit while a subscription runs is still reported)',
      text: lines('# Terms', PRICE_EN, "Either party may terminate this Agreement for any reason upon 30 days' written notice, including during an active subscription."),
      errors: [{ message: 'Notice period of 30 days', line: 3 }],
    },
    {
      name: 'EN (trap: "to comply" after the termination clause is not its cause)',
      text: lines('# Terms', PRICE_EN, "Provider may terminate this Agreement at any time on 15 days' notice; Customer agrees to comply with the Documentation."),
      errors: [{ message: 'Notice period of 15 days', line: 3 }],
    },
    {
      name: 'EN (class: the agent of a passive verb ends the contract): terminated by the Provider on 4 weeks\' notice',
      text: lines('# Terms', PRICE_EN, 'This agreement may be terminated by the Provider at any time subject to a notice period of 4 weeks to the end of the month.'),
      errors: [{ message: 'Notice period of 4 weeks', line: 3 }],
    },
    {
      name: 'EN (class: "by" followed by the means, not a party, names no one): terminated by notice to the Customer upon 15 days\' notice',
      text: lines('# Terms', PRICE_EN, "This agreement may be terminated for convenience by notice to the Customer upon 15 days' notice."),
      errors: [{ message: 'Notice period of 15 days', line: 3 }],
    },
    {
      name: "FR (class: stopping the work at will, « sans que cela ne constitue une faute », is an exit without notice)",
      text: lines('# Conditions générales', 'Le prix de chaque Itération est de 5 000 € HT.', "Le Prestataire pourra arrêter les développements après chaque livraison, sans que cela ne constitue une faute du Prestataire."),
      errors: [{ message: 'Aucun préavis pour mettre fin au contrat', line: 3 }],
    },
    {
      name: 'EN (class: stopping the work at will, "without it constituting a breach", is an exit without notice)',
      text: lines('# Terms', 'Each sprint is invoiced EUR 5,000.', 'The Provider may stop performing the services after any sprint, without it constituting a breach of this Agreement.'),
      errors: [{ message: 'No notice to end the contract', line: 3 }],
    },
    {
      name: 'EN (class: an enumeration is read item by item, with its lead-in): (c) for any or no reason on 30 days\' notice',
      text: lines(
        '# Agreement',
        'The fees are EUR 2,000 per month.',
        'Either party may terminate this Agreement immediately: (a) if the other party fails to cure a material breach within 30 days of notice; (b) if the other party becomes insolvent; or (c) for any or no reason following 30 days\' notice to the other party.',
      ),
      errors: [{ message: 'Notice period of 30 days', line: 3 }],
    },
    {
      name: "FR (class: an enumeration read item by item): c) sans motif, moyennant un préavis de quinze jours",
      text: lines(
        '# Contrat',
        'Le prix est de 1 500 € HT par mois.',
        'Chaque partie peut résilier le contrat : a) en cas de manquement de l\'autre partie non réparé dans les 30 jours ; b) en cas de liquidation judiciaire de l\'autre partie ; c) sans motif, moyennant un préavis de quinze jours.',
      ),
      errors: [{ message: 'Préavis de 15 jours', line: 3 }],
    },
    {
      name: 'FR (class: notice as a delay after the letter): la résiliation prend effet 20 jours après l’envoi du courrier',
      text: lines('# Contrat', 'Chaque partie peut résilier le contrat par courrier. La résiliation prend effet 20 jours après l’envoi du courrier.', PRICE_FR),
      errors: [{ message: 'Préavis de 20 jours pour mettre fin au contrat', line: 2 }],
    },
    {
      name: 'EN (class: ending access is ending the contract): end your access for any reason',
      text: lines('# Subscription terms', 'The Provider may end your access to the paid service at any time for any reason.'),
      errors: [{ message: 'No notice to end the contract', line: 2 }],
    },
    {
      name: 'EN (class: ending access is ending the contract): end the trial on two weeks notice',
      text: lines('# Trial terms', "Either party may end the trial on 14 days' notice for any reason.", PRICE_EN),
      errors: [{ message: 'Notice period of 14 days to end the contract', line: 2 }],
    },
    {
      name: 'FR: préavis de 15 jours',
      text: lines('# Devis', 'Le Fournisseur peut résilier la commande à tout moment moyennant un préavis de 15 jours.', PRICE_FR),
      errors: [{ message: 'Préavis de 15 jours pour mettre fin au contrat', line: 2 }],
    },
    {
      name: "EN: 30 days' notice",
      text: lines('# Terms', 'Price: €10 per lead.', "Either party may terminate this Agreement at any time upon 30 days' written notice."),
      errors: [{ message: 'Notice period of 30 days to end the contract', line: 3 }],
    },
    {
      name: "EN: one month's notice before the renewal date",
      text: lines('# Agreement', "The Agreement renews automatically unless terminated with one month's notice before the renewal date.", PRICE_EN),
      errors: [{ message: "below the playbook's 3 months", line: 2 }],
    },
    {
      name: 'EN: for convenience without notice',
      text: lines('# Terms', 'The Supplier may terminate for convenience without notice.', PRICE_EN),
      errors: [{ message: 'No notice to end the contract', line: 2 }],
    },
    {
      name: 'FR: seuil du playbook à 6 mois',
      thresholds: { minNoticeMonths: 6 },
      text: lines('# Contrat', 'Le contrat peut être dénoncé par chaque partie avec un préavis de 3 mois.', PRICE_FR),
      errors: [{ message: 'inférieur aux 6 mois du playbook', line: 2 }],
    },
  ],
})
