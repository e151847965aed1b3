import rule from '../../../src/review/rules/legitimate-interest-canvassing.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN (class: the people contacted are business contacts, said in the paragraph; session 12): a reseller portal',
      text: lines('# Marketing', 'We send newsletters and offers by e-mail to consumers who opted in.', '# How we contact resellers', 'We may e-mail the staff of our current and prospective resellers about new programme offers. We rely on our legitimate interest to send these marketing e-mails.'),
    },
    {
      name: 'FR (class: business contacts named in the heading; session 12): « Prospection de nos clients professionnels »',
      text: lines('# Prospection', 'Nous adressons des offres par e-mail aux particuliers qui y ont consenti.', '# Prospection de nos clients professionnels', "Les e-mails de prospection adressés aux interlocuteurs des entreprises clientes sont fondés sur notre intérêt légitime."),
    },
    {
      name: 'FR: B2B leads (legitimate interest allowed for professionals)',
      text: lines('# Devis', 'Leads professionnels uniquement (décideurs).', "La prospection par e-mail repose sur l'intérêt légitime du Client."),
    },
    {
      name: 'EN: consent, not legitimate interest',
      text: lines('# Agreement', 'Email campaigns rely on consent and not on legitimate interest.'),
    },
    {
      name: 'FR: postal canvassing on legitimate interest',
      text: lines('# Contrat', "La prospection par courrier postal des consommateurs repose sur l'intérêt légitime du Client."),
    },
    {
      name: 'EN: phone canvassing on legitimate interest before 11 Aug 2026',
      today: '2026-05-01',
      text: lines('# Quote', 'Consumers are called by phone on the basis of legitimate interest after Bloctel screening.'),
    },
    {
      name: 'FR: legitimate interest for abuse prevention on IP addresses, in a document that also sends SMS',
      text: lines(
        '# Politique de confidentialité',
        '## Accès au service',
        "L'adresse IP des visiteurs est enregistrée pour limiter le nombre de requêtes et prévenir les abus.",
        "La base juridique de ce traitement est notre intérêt légitime (article 6, paragraphe 1, point f) du RGPD).",
        '## Rappels',
        'Un code de confirmation vous est envoyé par SMS.',
      ),
    },
    {
      name: 'EN: legitimate interest for fraud prevention, in a document that also sends emails',
      text: lines('# Privacy notice', '## Security', 'We log IP addresses to detect fraud and abuse of the service.', 'The legal basis for this processing is our legitimate interest.', '## Newsletter', 'We send a monthly newsletter by email to subscribers.'),
    },
    {
      name: "FR: a public service's basis for processing its users' data, no canvassing in its section, channels named elsewhere",
      text: lines(
        '# Conditions générales d’utilisation',
        '## Bases juridiques',
        "Les données traitées des Utilisateurs ont pour base juridique l'intérêt légitime de l'éditeur.",
        "Le traitement est nécessaire à l'exécution d'une mission d'intérêt public.",
        '## Contact',
        'Vous pouvez joindre le service par téléphone, par e-mail ou par voie postale.',
      ),
    },
    {
      name: 'EN: a basis for account data, no canvassing in its section, emails named elsewhere',
      text: lines('# Terms of use', '## Legal basis', "Users' account data are processed on the basis of the publisher's legitimate interest.", '## Contact', 'You may reach us by email or by phone.'),
    },
    {
      name: "EN: protecting a party's legitimate interests is not a legal basis",
      text: lines('# Agreement', 'Either party may seek interim relief to protect its legitimate interests.'),
    },
  ],
  invalid: [
    {
      name: 'EN (look-alike of the business-audience class): business customers and consumers in the same paragraph still fire',
      text: lines('# Marketing', 'We send offers by e-mail to our business customers and to consumers who visited our stands, on the basis of our legitimate interest.'),
      errors: [{ message: 'Legitimate interest relied on for e-mail canvassing of consumers', line: 2 }],
    },
    {
      name: 'EN (look-alike of the business-audience class): partners as recipients of consumer data, not as the audience, still fire',
      text: lines('# Marketing', 'We send newsletters and offers by e-mail to consumers.', '# Sharing', 'We share your e-mail address with our business partners for their marketing campaigns on the basis of our legitimate interest.'),
      errors: [{ message: 'Legitimate interest relied on for e-mail canvassing of consumers', line: 4 }],
    },
    {
      name: 'FR: intérêt légitime pour des e-mails aux consommateurs',
      text: lines('# Devis', 'Campagne emailing auprès de particuliers.', "Les envois par e-mail sont fondés sur l'intérêt légitime du Client."),
      errors: [{ message: 'Intérêt légitime invoqué pour la prospection par e-mail de consommateurs', line: 3 }],
    },
    {
      name: 'EN: legitimate interest for SMS',
      text: lines('# Quote', 'SMS campaigns to consumers rely on the legitimate interest of the Buyer.'),
      errors: [{ message: 'Legitimate interest relied on for SMS canvassing of consumers', line: 2 }],
    },
    {
      name: 'EN: legitimate interest for phone calls after 11 Aug 2026',
      text: lines('# Quote', 'Consumers are called by phone on the basis of legitimate interest after Bloctel screening.'),
      errors: [{ message: 'since 11 Aug 2026 a consumer may only be called with prior', line: 2 }],
    },
    {
      name: 'FR: document channels (email and phone) and a sentence naming none',
      text: lines(
        '# Contrat',
        'Le Fournisseur livre des leads pour des campagnes e-mail et des appels téléphoniques.',
        "Le traitement des données des prospects repose sur l'intérêt légitime du Client.",
      ),
      errors: [
        { message: 'prospection par e-mail de consommateurs', line: 3 },
        { message: 'démarchage téléphonique de consommateurs', line: 3 },
      ],
    },
    {
      name: 'FR: a basis naming no channel, after a sentence of its section about email prospecting',
      text: lines(
        '# Contrat',
        '## Données personnelles',
        'Les leads sont utilisés pour des campagnes de prospection par e-mail auprès de particuliers.',
        "La base juridique de ce traitement est l'intérêt légitime du Client.",
      ),
      errors: [{ message: 'prospection par e-mail de consommateurs', line: 4 }],
    },
    {
      name: 'FR: a security purpose does not cover the canvassing named next to it',
      text: lines(
        '# Contrat',
        'Le Fournisseur livre des leads pour des campagnes e-mail.',
        '## Traitements',
        "Les adresses IP des formulaires sont contrôlées pour prévenir la fraude, et les prospects sont ensuite sollicités par le Client.",
        "La base juridique de ce traitement est l'intérêt légitime du Client.",
      ),
      errors: [{ message: 'prospection par e-mail de consommateurs', line: 5 }],
    },
  ],
})
