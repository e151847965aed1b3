import rule from '../../../src/review/rules/liability-cap-no-data-carveout.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN (class: a cap set in another document, session 12): "See the Order Form for the applicable cap amounts"',
      text: lines('# Liability', 'Limitation of Liability.', 'See the Order Form for the applicable cap amounts.'),
    },
    {
      name: 'FR (class: a cap set in another document, session 12): « le plafond figure dans les conditions particulières »',
      text: lines('# Responsabilité', 'Le plafond de responsabilité figure dans les conditions particulières signées par les parties.'),
    },
    {
      name: 'EN (class: the disclaimer of someone the text says is no party; session 12): a licence steward',
      text: lines('# Data licence', 'The Licensor grants the Licensee a free, worldwide licence to reuse the dataset.', '# Steward', 'The Open Data Guild is not a party to this Licence and makes no warranty about the dataset. The Open Data Guild shall not be liable for any damages of any kind, direct or indirect, arising out of this Licence.'),
    },
    {
      name: 'FR (class: a clause title kept as a line of a plain-text file caps nothing): a waiver of indirect damages under it',
      text: "Conditions de contribution\n\nLimitation de responsabilité\n\nAucun préjudice indirect ou punitif ne pourra être imputé à l'une des parties dans le cadre de cet accord.\n",
    },
    {
      name: "FR (class: liability the law forbids to limit is a reservation, and « cette limitation s'applique même si » sets no limit): a waiver of indirect damages only",
      text: lines('# Divers', "En cas de responsabilité ne pouvant être limitée ou exclue par la loi, aucun préjudice indirect ou punitif ne pourra être imputé à l'une des parties. Cette limitation de responsabilité s'applique même si chaque partie était avisée de la possibilité d'un tel dommage."),
    },
    {
      name: 'FR (trap for the material-and-immaterial class): a waiver of immaterial damages alone is no exclusion of every loss',
      text: lines('# Conditions', "L'Éditeur ne pourra être tenu responsable des dommages immatériels subis par l'utilisateur."),
    },
    {
      name: "EN (class: a cap set in another document, sixth round): \"subject to the liability limitation provisions of the Agreement\"",
      text: lines('# Liability', "Each Party's liability arising out of or related to this DPA is subject to the liability limitation provisions of the Agreement, and any reference in such section to the liability of a Party means the aggregate liability of that Party under the Agreement and this DPA together."),
    },
    {
      name: 'EN (class: a carve-out that names the customer-data obligations, sixth round)',
      text: lines('# Limitations of liability', "WITH THE EXCEPTION OF PARTNER'S OBLIGATIONS UNDER SECTION 11 (CUSTOMER DATA), THE TOTAL, CUMULATIVE LIABILITY OF EACH PARTY SHALL BE LIMITED TO FIVE HUNDRED DOLLARS ($500.00)."),
    },
    {
      name: "FR (class: a carve-out worded as the clause set aside): « Cette clause n'est écartée qu'en cas de dol »",
      text: lines('# Responsabilité', "La responsabilité du Prestataire est limitée au prix de la Prestation. Cette clause n'est écartée qu'en cas de dol."),
    },
    {
      name: 'EN (class: a cap set in another document): "limited as set out in the Terms of Use" states no cap here',
      text: lines('# Fees', "The Platform's liability is limited as set out in the Terms of Use."),
    },
    {
      name: 'FR (class: a cap set in another document): « limitée comme indiqué dans les CGU »',
      text: lines('# Paiements', 'Sa responsabilité financière est limitée comme indiqué dans les CGU.'),
    },
    {
      name: 'EN (class: an exclusion with a data carve-out)',
      text: lines('# Terms', 'We shall not be liable for any loss or damage of any kind arising from the Service, except for breaches of our data protection obligations.'),
    },
    {
      name: "FR (class: the Buyer's own exclusion): le Client n'est pas responsable des préjudices de quelque nature qu'ils soient",
      text: lines('# Contrat', "Le Client ne pourra être tenu responsable des pertes et préjudices, de quelque nature qu'ils soient, subis par le Fournisseur."),
    },
    {
      name: 'EN: an exception in the cap sentence itself still carves data out',
      text: lines('# Liability', "Except for breaches of data protection obligations, each party's aggregate liability shall not exceed USD 100,000 and neither party is liable for lost profits."),
    },
    {
      name: 'FR (class: a company form is no cap): « société à responsabilité limitée »',
      text: lines('# Conditions', 'Le Prestataire, société à responsabilité limitée au capital de 5 000 euros, immatriculée au RCS de Lyon, fournit les fichiers.'),
    },
    {
      name: "EN (class: liability limited to one's own acts is no cap)",
      text: lines('# Agreement', 'Towards third parties, the liability of each reseller is limited to its own sales.'),
    },
    {
      name: 'EN (class: a cap on a free offering only): beta features',
      text: lines('# Terms', 'For beta features, the Vendor liability is limited to USD 50.'),
    },
    {
      name: 'EN: a cap with a data carve-out',
      text: lines(
        '# Limitation of liability',
        "Each party's aggregate liability is limited to the fees paid in the 12 months preceding the claim.",
        'This limitation does not apply to breaches of data protection obligations, gross negligence or wilful misconduct.',
      ),
    },
    {
      name: 'FR: plafond sauf manquement au RGPD, même paragraphe',
      text: lines('# Responsabilité', "La responsabilité du Prestataire est plafonnée à 200 000 €, sauf en cas de manquement à ses obligations relatives au consentement ou au RGPD."),
    },
    {
      name: 'FR (class: an outside cause): « tenu comme responsable » of third-party sites',
      text: lines('# Conditions', "L'éditeur ne saurait être tenu comme responsable des dommages directs ou indirects causés par les sites tiers vers lesquels pointent des liens hypertextes."),
    },
    {
      name: "FR (class: « d'aucun dommage indirect » is a waiver of indirect damages only)",
      text: lines('# Responsabilité', "L'éditeur ne pourra être tenu responsable d'aucun dommage indirect, tel qu'une perte de chiffre d'affaires."),
    },
    {
      name: "FR (class: « cette limitation » with no liability before it is no cap): a prototype's « limitation de fait »",
      text: lines(
        '# Conditions',
        '## Article 7 – Engagements et responsabilité',
        "Le portail est un prototype d'outil d'aide aux entreprises.",
        "L'utilisateur accepte d'être indulgent et accepte sans réserve cette limitation de fait.",
        "La responsabilité de l'éditeur ne saurait être recherchée en cas d'interruption de la plateforme, quelles que soient les conséquences.",
      ),
    },
    {
      name: 'EN: no cap at all',
      text: lines('# Liability', 'Each party is liable for the damage caused by its breach of this Agreement.'),
    },
    {
      name: 'EN: insurance cover is not a cap',
      text: lines('# Insurance', 'The Generator holds professional liability insurance limited to €2,000,000 per claim.'),
    },
    {
      name: 'FR (class: limits set by another text, amount unstated): « dans les limites fixées par les contrats types »',
      text: lines('# Responsabilité', 'Le transporteur répond des pertes et avaries qui lui sont imputables dans les limites fixées par les contrats types en vigueur.'),
    },
    {
      name: 'FR: responsabilité non plafonnée',
      text: lines('# Responsabilité', "La responsabilité du Prestataire n'est pas plafonnée en cas de manquement à ses obligations."),
    },
    {
      name: 'EN (class: claims the cap treats apart, defined on a cover page): Unlimited Claims and an Increased Cap Amount',
      text: lines(
        '# Standard terms',
        "Each party's total cumulative liability for all claims arising out of this Agreement will not be more than the General Cap Amount.",
        'If there are Unlimited Claims, the liability caps in this section do not apply to the Unlimited Claims.',
      ),
    },
    {
      name: 'EN (same class, defined here with a data topic): "Unlimited Claims" means breaches of data protection obligations',
      text: lines(
        '# Agreement',
        '"Unlimited Claims" means claims arising from a breach of data protection obligations.',
        "The Provider's total liability shall not exceed the fees paid in the preceding twelve months. This limit does not apply to Unlimited Claims.",
      ),
    },
  ],
  invalid: [
    {
      name: 'EN (look-alike of the cap-elsewhere class): a cap amount stated here still needs its carve-out',
      text: lines('# Liability', "The Provider's aggregate liability shall not exceed the cap amount of EUR 10,000."),
      errors: [{ message: 'Liability cap without a carve-out for data protection', line: 2 }],
    },
    {
      name: "EN (look-alike of the non-party class): the licensor's own exclusion beside the steward's still fires",
      text: lines('# Data licence', 'The Licensor grants the Licensee a licence to reuse the dataset.', '# Steward', 'The Open Data Guild is not a party to this Licence and makes no warranty about the dataset.', '# Liability', 'The Licensor shall not be liable for any damages of any kind, direct or indirect, arising out of this Licence.'),
      errors: [{ message: 'Liability excluded without a carve-out for data protection', line: 6 }],
    },
    {
      name: 'FR (trap for the mandatory-law class): a real cap beside the reservation is still a cap',
      text: lines('# Responsabilité', "Sauf responsabilité ne pouvant être limitée par la loi, la responsabilité du Prestataire est limitée à 10 000 €."),
      errors: [{ message: 'Plafond de responsabilité sans exclusion pour la protection des données', line: 2 }],
    },
    {
      name: 'FR (class: material and immaterial damages together are every loss, not a waiver of immaterial loss)',
      text: lines('# Mentions', "Les autorités ne sauraient être tenues pour responsables des dommages matériels ou immatériels résultant de l'utilisation du portail ou d'un piratage."),
      errors: [{ message: 'Responsabilité exclue sans exception pour la protection des données', line: 2 }],
    },
    {
      name: 'FR (class: a subjunctive exclusion the user acknowledges, data loss included)',
      text: lines('# Conditions', "Vous comprenez et acceptez que l'Association ne puisse être tenue responsable de tous dommages directs ou indirects, y compris la perte de données."),
      errors: [{ message: 'Responsabilité exclue sans exception pour la protection des données', line: 2 }],
    },
    {
      name: 'EN (trap for the sixth-round classes): a cap of its own, next to limits in the Agreement it is subject to',
      text: lines('# Liability', "The Supplier's aggregate liability shall not exceed EUR 10,000, subject to the terms of the Agreement."),
      errors: [{ message: 'Liability cap without a carve-out', line: 2 }],
    },
    {
      name: 'FR (trap for the set-aside class): set aside only for force majeure carves nothing out',
      text: lines('# Responsabilité', "La responsabilité du Prestataire est limitée au prix de la Prestation. Cette clause n'est écartée qu'en cas de force majeure."),
      errors: [{ message: 'Plafond de responsabilité sans exclusion pour la protection des données', line: 2 }],
    },
    {
      name: 'EN (trap for the category class: a category the document defines without any data topic is no carve-out)',
      text: lines(
        '# Agreement',
        '"Unlimited Claims" means claims for unpaid fees.',
        "The Provider's total liability shall not exceed the fees paid in the preceding twelve months. This limit does not apply to Unlimited Claims.",
      ),
      errors: [{ message: 'Liability cap without a carve-out for data protection', line: 3 }],
    },
    {
      name: "FR (class: « d'un quelconque dommage » is any loss, as « de quelque nature que ce soit »)",
      text: lines('# Responsabilité', "La Cour ne pourra être tenue responsable d'un quelconque dommage subi par un utilisateur ou un tiers utilisant une application fondée sur les données."),
      errors: [{ message: 'Responsabilité exclue sans exception pour la protection des données', line: 2 }],
    },
    {
      name: 'EN (class: any damage suffered, with no list of indirect heads, is any loss)',
      text: lines('# Liability', 'The Provider shall not be liable for any damage suffered by users of applications built on the data.'),
      errors: [{ message: 'Liability excluded without a carve-out for data protection', line: 2 }],
    },
    {
      name: 'FR (class: « tenu comme responsable », the other way of writing « tenu pour responsable »): direct damages and data loss excluded',
      text: lines('# Conditions', "L'éditeur ne saurait être tenu comme responsable des dommages directs ou indirects ni des pertes de données liés à l'utilisation du service."),
      errors: [{ message: 'Responsabilité exclue sans exception pour la protection des données', line: 2 }],
    },
    {
      name: 'FR (class: an outright exclusion of liability is a cap of zero): de quelque nature qu\'ils soient',
      text: lines('# Conditions', "La Société ne peut être tenue responsable des pertes et préjudices, de quelque nature qu'ils soient, causés par une indisponibilité du service."),
      errors: [{ message: 'Responsabilité exclue sans exception pour la protection des données', line: 2 }],
    },
    {
      name: 'EN (class: an outright exclusion of liability is a cap of zero): any loss or damage of any kind',
      text: lines('# Terms', 'We shall not be liable for any loss or damage of any kind arising from your use of the Service.'),
      errors: [{ message: 'Liability excluded without a carve-out for data protection', line: 2 }],
    },
    {
      name: 'EN (class: an exception to the indirect-damages waiver is no carve-out from the cap)',
      text: lines(
        '# Liability',
        "The Vendor's total liability under this Agreement shall not exceed the fees paid in the twelve months before the claim.",
        'Save for a breach of the privacy terms, neither party is liable for indirect or consequential damages.',
      ),
      errors: [{ message: 'Liability cap without a carve-out for data protection', line: 2 }],
    },
    {
      name: "EN (class: a copyright notice's exception is no carve-out): 'except … without consent … not limited to'",
      text: lines(
        '# Terms',
        "The Vendor's aggregate liability shall not exceed USD 10,000.",
        'Except as allowed here, no material may be copied in any form, including but not limited to print, without the written consent of the Vendor.',
      ),
      errors: [{ message: 'Liability cap without a carve-out for data protection', line: 2 }],
    },
    {
      name: 'EN: a cap and nothing else',
      text: lines('# Quote', 'Price: €10 per lead.', "The Generator's total liability shall not exceed the amount paid for the leads concerned."),
      errors: [{ message: 'Liability cap without a carve-out for data protection', line: 3 }],
    },
    {
      name: 'FR: plafonnée à 5 000 €',
      text: lines('# Conditions', 'La responsabilité du Prestataire est plafonnée à 5 000 € toutes causes confondues.'),
      errors: [{ message: 'Plafond de responsabilité sans exclusion pour la protection des données', line: 2 }],
    },
    {
      name: "FR (class: an exclusion of liability found first, the cap after it): the cap is reported",
      text: lines('# Responsabilité', "Le Prestataire n'est pas responsable des dommages causés aux serveurs du Client.", 'Le Prestataire ne répond des autres dommages que dans la limite de 5 000 euros.'),
      errors: [{ message: 'Plafond de responsabilité sans exclusion pour la protection des données', line: 3 }],
    },
    {
      name: 'EN: an exception unrelated to data does not count',
      text: lines('# Agreement', "The Supplier's aggregate liability is limited to €50,000, except for unpaid fees.", 'The Generator shall not transfer personal data except to approved processors.'),
      errors: [{ message: 'C. civ. 1231-3', line: 2 }],
    },
  ],
})
