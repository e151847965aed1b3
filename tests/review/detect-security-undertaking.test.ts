/**
 * A security undertaking said as ensuring "the security (and confidentiality) of the data or
 * information" (« garantir la sécurité et la confidentialité des informations fournies », "ensure
 * the security of the information you provide"), or access to the data restricted to authorised
 * people: the general ways terms of use state the security clause, with no list of measures. Traps: security of persons or payment, a suspension "for
 * security reasons", and the user's duty to keep a password safe are no security clause.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
// Patterns alone: a pattern test must not pass by the learned model.
const compiled = compileLibrary(library, {}, () => undefined)
const present = (heading: string, text: string) =>
  detectClauses([documentOf(`# Conditions\n\n## ${heading}\n\n${text}\n`)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

describe('a security undertaking over the data or information', () => {
  test.each([
    ['Engagements de l’éditeur', 'Le prestataire veille à assurer la sécurité des données qui lui sont confiées.'],
    ['Obligations du fournisseur', 'L’éditeur prend les mesures permettant de garantir la sécurité et la confidentialité des informations transmises par les utilisateurs.'],
    ['Our commitments', 'We take reasonable steps to ensure the security of the information you provide through the service.'],
    ['Provider obligations', 'The Provider shall maintain the security and confidentiality of all personal data received from the Customer.'],
    ['Staff', 'Access to the personal data is restricted to authorised staff who need it for the Services.'],
    ['Personnel', 'L’accès aux données est strictement réservé aux seuls collaborateurs habilités du Prestataire.'],
  ])('%s: %s', (heading, text) => {
    expect(present(heading, text)).toContain('security')
  })

  test.each([
    ['Accès au service', 'Pour des raisons de sécurité, l’éditeur peut suspendre un compte sans préavis.'],
    ['Accès au site', 'L’organisateur garantit la sécurité des personnes présentes sur le site.'],
    ['Payment', 'The Customer shall ensure the security of payment by providing a bank guarantee.'],
    ['Account', 'You are responsible for keeping your password secure and for all activity under your account.'],
    ['Membership', 'Access to the platform is restricted to registered members.'],
    ['Accès', 'L’accès à l’espace client est réservé aux personnes inscrites.'],
  ])('trap %s: %s', (heading, text) => {
    expect(present(heading, text)).not.toContain('security')
  })
})
