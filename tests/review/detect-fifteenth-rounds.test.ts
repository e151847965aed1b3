/**
 * Classes the twelfth and thirteenth rounds of fresh documents showed (issue #11, session 15), each
 * a way of writing a clause the patterns did not read, with the nearby wordings that are not the
 * clause: a law named by its place that « s'applique à ce contrat » (a foreign law too: « la loi de
 * Californie »), disputes that « relèvent des tribunaux » of a place, a translated hold-harmless
 * (« indemniser et tenir Mozilla à l'écart de toute réclamation », « tenir indemne »), and the
 * writer's right to revoke access or a licence at any time (an exit without cause, in French and
 * English).
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('stated: the clause is found', () => {
  test.each([
    ['governing-law', 'a foreign law that applies to the contract (fr)', "La loi de Californie s'applique à ce contrat, sauf en cas de conflit de lois."],
    ['governing-law', "a state's law that applies to the terms (fr)", "Le droit de l'État de New York s'applique aux présentes conditions."],
    ['jurisdiction', 'disputes that fall to the courts of a country (fr)', 'Tout litige relatif aux présentes relève des tribunaux français.'],
    ['jurisdiction', 'disputes under the exclusive jurisdiction of a court (fr)', 'Les différends nés du contrat ressortissent de la compétence exclusive du tribunal de commerce de Lyon.'],
    ['indemnity', 'a translated hold-harmless (fr)', "Vous acceptez d'indemniser et de tenir Mozilla à l'écart de toute réclamation découlant de votre utilisation des Services."],
    ['indemnity', 'indemnify against any claim (fr)', "Le Partenaire indemnisera l'Éditeur de toute action engagée par un tiers du fait de ses contenus."],
    ['indemnity', '« tenir indemne » (fr)', 'Le Prestataire tient le Client indemne de tous dommages et frais résultant de la violation de ses obligations.'],
    ['termination-for-convenience', 'access revoked at any time (fr)', 'Automattic peut révoquer votre accès aux Services à tout moment, avec ou sans préavis.'],
    ['termination-for-convenience', 'a licence withdrawn without reason (fr)', "L'Éditeur se réserve le droit de retirer la licence sans motif, par simple notification."],
    ['termination-for-convenience', 'authority revoked at any time (en)', 'The Government may revoke your authority to use the Data at any time by written notice.'],
    ['termination-for-convenience', 'access revoked for any reason (en)', 'We reserve the right to revoke your access to the API for any reason.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).toContain(id)
  })
})

describe('nearby wordings that are not the clause', () => {
  test.each([
    ['governing-law', 'a body of mandatory law that applies (fr)', "Le droit de la consommation s'applique au contrat conclu avec un consommateur."],
    ['governing-law', 'a data protection law that applies (fr)', "La loi Informatique et Libertés s'applique aux traitements décrits ci-dessus."],
    ['jurisdiction', 'a dispute the parties settle themselves (fr)', 'Tout litige fera d’abord l’objet d’une tentative de règlement amiable entre les parties.'],
    ['indemnity', 'a claim the user may send (fr)', 'Toute réclamation peut être adressée au service client par courrier électronique.'],
    ['termination-for-convenience', 'access revoked for a breach (en)', 'We may revoke your access to the API at any time if you breach these Terms.'],
    ['termination-for-convenience', 'access revoked for a breach (fr)', "En cas de manquement, l'Éditeur peut révoquer votre accès à tout moment."],
    ['termination-for-convenience', 'a consent the person may withdraw (fr)', 'Vous pouvez retirer votre consentement à tout moment.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).not.toContain(id)
  })
})
