/**
 * Which other terms a document incorporates (issue #11, « referenced »): the general conditions of
 * French public procurement are terms like any CGV, and a document's own parts or a shortened form
 * of its own name are the document itself. The documents are written here, in the words of no
 * document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { documentFacts } from '../../src/review/facts.js'
import { documentOf } from './rules/harness.js'

const names = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n'))).referencedTerms.map((r) => r.name)

describe('public procurement general conditions are incorporated terms', () => {
  test('a CCAG named among the contract documents is referenced', () => {
    const got = names([
      '# Marché de services de maintenance',
      'Article 2 — Pièces contractuelles',
      "Le marché est constitué, par ordre de priorité décroissante, de l'acte d'engagement, du présent cahier et du cahier des clauses administratives générales applicables aux marchés publics de fournitures courantes et de services.",
    ])
    expect(got).toEqual(['cahier des clauses administratives generales'])
  })

  test('its abbreviation, applied by the particular conditions, is referenced too', () => {
    expect(names(['# Cahier des clauses particulières', 'Les stipulations du CCAG-PI applicables au présent marché sont complétées comme suit.'])).toEqual(['ccag'])
  })

  test('the particular conditions a document calls its own are not other terms', () => {
    expect(names(['# Marché de services', 'Le présent cahier des clauses administratives particulières fixe les pénalités de retard.'])).toEqual([])
  })
})

describe('a document is not incorporated into itself', () => {
  test('a part of the document headed « Conditions générales », with its articles under it, is the document itself', () => {
    const got = names([
      "# Conditions d'utilisation et de réutilisation des données",
      '## Conditions particulières aux réutilisateurs',
      'Toute réutilisation mentionne la source des données.',
      "Outre les conditions propres à chaque usage, les conditions générales s'appliquent à tous.",
      '## Conditions générales',
      'Les présentes conditions peuvent être modifiées à tout moment.',
      "L'éditeur peut suspendre un compte en cas d'usage abusif.",
      'La version française fait seule foi.',
      'Le droit français est applicable.',
    ])
    expect(got).toEqual([])
  })

  test('a heading that names other terms without holding them stays a reference', () => {
    const got = names(['# Bon de commande n° 42', '## Conditions générales', "Les conditions générales du Prestataire s'appliquent à la présente commande.", '## Prix', 'Le prix est de 900 euros hors taxes.'])
    expect(got).toEqual(['conditions generales'])
  })

  test('a shortened form of its own title is the document itself', () => {
    const got = names([
      "# Conditions générales d'utilisation",
      "Les modifications s'imposent à l'utilisateur, qui consulte les conditions générales en vigueur, accessibles depuis la page d'accueil.",
    ])
    expect(got).toEqual([])
  })

  test('longer terms that only begin like its title are other terms', () => {
    const got = names(["# Conditions générales d'utilisation", 'Les achats effectués sur le site sont soumis aux conditions générales de vente de la boutique.'])
    expect(got).toEqual(['conditions generales de vente'])
  })
})

describe('a policy that is only mentioned is not incorporated; one that binds is', () => {
  test('a privacy notice that explains, describes or is followed "as described in" incorporates nothing', () => {
    expect(names(['# Loyalty game rules', 'The Game Privacy Notice explains what we collect when you play and how it is shared.'])).toEqual([])
    expect(names(['# Service terms', 'We handle the information you send us as described in our Privacy Policy.'])).toEqual([])
    expect(names(['# Conditions du jeu', 'La politique de confidentialité du site décrit les traitements de vos données.'])).toEqual([])
    expect(names(['# Brand licence', 'You will not change the device so that the privacy policy (available at https://example.test/privacy) is no longer accurate.'])).toEqual([])
    expect(names(['# Partner terms', 'Personal data is processed in accordance with the Privacy Policy of the Company.'])).toEqual([])
  })

  test('a privacy policy the user agrees to, is bound by, or that forms part of the terms is incorporated', () => {
    expect(names(['# Service terms', 'To open an account you must also agree to our Privacy Notice.'])).toEqual(['privacy notice'])
    expect(names(['# Service terms', 'Your use of the service is governed by these Terms and the Privacy Policy.'])).toEqual(['privacy policy'])
    expect(names(['# Service terms', 'The Privacy Policy forms part of these Terms.'])).toEqual(['privacy policy'])
    expect(names(['# Service terms', 'You agree that we may process your data as described in our Privacy Policy and for no other purpose.'])).toEqual(['privacy policy'])
    expect(names(["# Règles d'utilisation", 'Vous acceptez d’être lié par ces règles et par la politique de confidentialité du service.'])).toEqual(['politique de confidentialite'])
  })

  test('terms said to govern is incorporation, even after a policy that only describes', () => {
    const got = names([
      '# Alert service terms',
      'Our Privacy Policy describes how we handle the information you give us.',
      'The Website Terms of Use govern the emails we send, including an indemnity and a limitation of liability.',
    ])
    expect(got).toEqual(['terms of use'])
  })

  test('terms that apply to third parties (the customers an affiliate refers) are not incorporated into the agreement', () => {
    expect(names(['# Affiliate program', 'Referred customers are customers of the Vendor, and the Vendor’s Terms and Conditions will apply to such customers.'])).toEqual([])
    expect(names(['# Order form', 'The Vendor’s Terms and Conditions apply to this Order Form.'])).toEqual(['terms and conditions'])
  })
})

describe('the processor role that makes the Art. 28 items essential (and so referenced)', () => {
  const role = (text: string) => documentFacts(documentOf(text)).role
  test('work done « pour le compte du client » (rights in deliverables, services) is no processing on its behalf', () => {
    expect(role('Le droit de reproduire les créations réalisées par le titulaire pour le compte du client est cédé au client.')).toBeUndefined()
  })
  test('a « contrat de sous-traitance » of public procurement (a subcontract) is no processor terms; one about personal data is', () => {
    expect(role('Une avance est versée aux sous-traitants, sauf indication contraire dans le contrat de sous-traitance ou dans l’acte d’engagement.')).toBeUndefined()
    expect(role('Le présent contrat de sous-traitance définit les conditions du traitement des données à caractère personnel.')).toBe('processor')
  })
  test('data processed « pour le compte du client » is', () => {
    expect(role('Le Prestataire traite les données personnelles pour le compte du Client.')).toBe('processor')
    expect(role('Le Prestataire agit pour le compte du client et ne traite les données que sur ses instructions.')).toBe('processor')
  })
  test('a HIPAA business associate (processor terms under another law) is a processor; a mere mention of the law is not', () => {
    expect(role('This Business Associate Agreement sets out how the Company handles protected health information.')).toBe('processor')
    expect(role('The Vendor acts as a business associate of the Customer.')).toBe('processor')
    expect(role('Business Associate agrees to use appropriate safeguards to prevent use or disclosure of protected health information.')).toBe('processor')
    expect(role('The Customer remains responsible for its compliance with HIPAA.')).toBeUndefined()
  })
})

describe('a document that names itself, and one that is part of another agreement', () => {
  test('every alias of the name a document gives itself is the document itself, even before a link to the service', () => {
    const got = names([
      '# Terms and Conditions',
      'These Terms and Conditions ("Terms," "Terms and Conditions") govern your relationship with the https://example.org website (the "Service").',
      'By using the Service you accept these Terms.',
    ])
    expect(got).toEqual([])
    expect(names(['# Conditions', 'Les présentes conditions (les « Conditions », ou « Conditions générales d’utilisation ») régissent votre accès au site https://exemple.fr.'])).toEqual([])
  })

  test('an addendum that forms part of the underlying or main agreement references it', () => {
    expect(names(['# Business associate addendum', 'This Addendum forms an integral part of the underlying agreement between the parties (the "Agreement").'])).toEqual(['underlying agreement'])
    expect(names(['# Data processing addendum', 'This Addendum supplements the Main Agreement signed by the parties.'])).toEqual(['main agreement'])
    expect(names(['# Avenant', 'Le présent avenant fait partie intégrante du contrat principal conclu entre les parties.'])).toEqual(['contrat principal'])
  })

  test('a main agreement the document calls itself is not another one', () => {
    expect(names(['# Main agreement', 'This Main Agreement forms the entire understanding of the parties.'])).toEqual([])
  })
})

describe('terms said to define or provide what the document leaves to them are incorporated (issue #11, fourth French round)', () => {
  test('a commission « définie dans les conditions générales de vente » incorporates them', () => {
    expect(names(["# Conditions d'utilisation", 'La plateforme perçoit une commission dont le montant est défini dans les conditions générales de vente.'])).toEqual(['conditions generales de vente'])
  })

  test('obligations « prévues aux CGV » incorporate them', () => {
    expect(names(["# Conditions d'utilisation", 'Les modalités de facturation sont prévues aux CGV.'])).toEqual(['cgv'])
  })

  test('what the document itself defines or provides is not other terms', () => {
    expect(names(["# Conditions générales d'utilisation", 'Le service est fourni selon les modalités prévues par les présentes conditions générales d’utilisation.'])).toEqual([])
  })

  test('a passing mention « comme précisé dans » the terms of use is no incorporation', () => {
    expect(names(['# Données personnelles', "Le site contient des liens vers des sites tiers, comme précisé dans les conditions générales d'utilisation."])).toEqual([])
  })
})

describe('a document that says where its own terms are available', () => {
  test('« (dites « CGU ») » then « Les termes des CGU sont disponibles sur le service »: the document itself', () => {
    const got = names([
      '# Conditions générales',
      "Les présentes conditions générales d'utilisation (dites « CGU ») fixent les règles d'usage du service Exemple.",
      'Les termes des CGU sont disponibles à tout moment sur le service Exemple.',
    ])
    expect(got).toEqual([])
  })

  test("another service's terms under the same short name are still other terms", () => {
    const got = names([
      '# Conditions générales',
      "Les présentes conditions générales d'utilisation (dites « CGU ») fixent les règles d'usage du service Exemple.",
      "L'inscription suppose d'accepter les CGU de la plateforme Autre, disponibles sur son site.",
    ])
    expect(got).toEqual(['cgu'])
  })

  test('the own short name with a link still points to where a document is found', () => {
    const got = names([
      '# Conditions générales',
      "Les présentes conditions générales d'utilisation (dites « CGU ») fixent les règles d'usage du service Exemple.",
      "L'utilisateur accepte les CGU disponibles à l'adresse https://exemple.fr/cgu.",
    ])
    expect(got).toEqual(['cgu'])
  })
})

describe('a document that says it is part of another agreement (session 17)', () => {
  test('"This X is an addendum to the Y" names Y, whatever Y is called', () => {
    expect(names(['# Privacy Terms', 'This Privacy Addendum ("Addendum") is an addendum to the Hosting Services Contract between Acme Ltd and the Customer.'])).toEqual(['hosting services contract'])
  })

  test('"This addendum supplements the … Agreement" names the agreement', () => {
    expect(names(['# Partner Programme', 'This addendum supplements the Regional Distribution Agreement signed by the parties.'])).toEqual(['regional distribution agreement'])
  })

  test('« Le présent avenant complète le contrat de prestation » names the contract', () => {
    expect(names(['# Avenant n° 1', 'Le présent avenant complète le contrat de prestation de services conclu le 3 mars.'])).toEqual(['contrat de prestation de services'])
  })

  test('"should be read alongside the terms of use" names those terms', () => {
    expect(names(['# Support Levels', 'This support schedule should be read alongside the terms of use between the client and the vendor.'])).toEqual(['terms of use'])
  })

  test('a defined "Agreement" that means another agreement is that agreement', () => {
    expect(names(['# Processing Terms', 'Definitions', '"Agreement" means the platform licence agreement between the Provider and the Customer.'])).toEqual(['platform licence agreement'])
  })

  test('a title that calls the document an addendum points to the main agreement, named or not', () => {
    expect(names(['# Data Protection Addendum', 'The processor deletes the data at the end of the services.'])).toEqual(['main agreement'])
    expect(names(['# Data Protection Addendum', 'The processor keeps the data for as long as the Agreement lasts.'])).toEqual(['agreement'])
  })

  test('near misses: the agreement between us, a clause of the document, an agreement the document is not', () => {
    // The document forms part of the agreement it is, between the parties: no other document.
    expect(names(['# Terms of Service', 'These terms form part of the agreement between you and us.'])).toEqual([])
    // A clause of the document, not the document, belongs to the contract.
    expect(names(['# Services Contract', 'This clause forms part of the contract.'])).toEqual([])
    // A title that is no addendum.
    expect(names(['# Data Protection Agreement', 'The processor deletes the data at the end of the services.'])).toEqual([])
  })
})

describe('terms a document says it is not subject to, or that are its own (session 17)', () => {
  test('"is not subject to any service level agreements" incorporates none', () => {
    expect(names(['# Preview Terms', 'The preview service is not subject to any service level agreement and may change.'])).toEqual([])
  })

  test('« n’est pas soumis aux conditions générales » incorporates none', () => {
    expect(names(['# Bon de commande', "Le présent bon de commande n'est pas soumis aux conditions générales de vente du fournisseur."])).toEqual([])
  })

  test('"the terms and conditions set out in this Agreement" are the document itself', () => {
    expect(names(['# Website Agreement', 'You remain bound by the terms and conditions set out in this Agreement as amended.'])).toEqual([])
  })
})
