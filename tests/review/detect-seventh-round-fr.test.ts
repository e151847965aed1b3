/**
 * Classes of failure seen on the seventh round of the French corpus (issue #11), each a general way
 * documents are written, with traps that must stay out:
 * - the choice of law and the choice of court in one article: a « Loi applicable » article whose
 *   sentence also names the courts, a « Juridiction » article whose sentence also names the law;
 * - the law named as « Le droit applicable est le droit français » (no verb after the law's name);
 * - an entire-agreement clause said « remplace et annule tout accord antérieur » or « constitue le
 *   seul accord entre les parties »;
 * - an indemnity for third-party claims said « préserverez et indemniserez entièrement X de tout
 *   dommage … causé à des tiers »;
 * - a convenience exit given « à sa seule discrétion » or « pour n'importe quelle raison »;
 * - what ending the contract entails, said of the party « dont le contrat est résilié », of what
 *   « la résiliation entraînera », of a handover « au syndic successeur », or of sections that
 *   « continuent à s'appliquer après la résiliation »;
 * - access barred « si vous ne respectez pas les conditions » (« vous interdire l'accès au service »).
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('the choice of law and the choice of court in one article', () => {
  test('a law article whose sentence names the courts holds both', () => {
    const ids = present(
      "# Conditions d'utilisation\n\n## 1.6. Loi applicable\n\nTout litige relatif au site sera soumis à la loi luxembourgeoise et sera de la compétence exclusive des juridictions du Grand-Duché de Luxembourg.",
    )
    expect(ids).toContain('governing-law')
    expect(ids).toContain('jurisdiction')
  })

  test('a court article whose sentence names the law holds both', () => {
    const ids = present('# Conditions\n\n## 9. Juridiction compétente\n\nLes présentes conditions sont régies par le droit belge et seuls les tribunaux de Bruxelles sont compétents.')
    expect(ids).toContain('governing-law')
    expect(ids).toContain('jurisdiction')
  })

  test('trap: a law article that names no court holds no choice of court', () => {
    const ids = present('# Conditions\n\n## 12. Loi applicable\n\nLe présent contrat est régi par le droit français.')
    expect(ids).toContain('governing-law')
    expect(ids).not.toContain('jurisdiction')
  })
})

describe('plain French wordings of law, entire agreement, indemnity and convenience', () => {
  test.each([
    ['Le droit applicable est le droit français.', 'governing-law'],
    ["Cet Accord remplace et annule tout accord antérieur, qu'il soit oral ou écrit, concernant son objet.", 'documents-precedence'],
    ["Ce Contrat constitue le seul accord entre les parties à propos de l'Oeuvre.", 'documents-precedence'],
    ['Vous préserverez et indemniserez entièrement le Service de tout dommage direct et indirect causé à des tiers à la suite de ce téléchargement.', 'indemnity'],
    ["L'Association, à sa seule discrétion, a le droit de suspendre ou de résilier votre compte et de refuser toute utilisation future du service.", 'termination-for-convenience'],
    ["L'Éditeur peut clore votre compte à tout moment et pour quelque raison que ce soit.", 'termination-for-convenience'],
  ])('%j holds %s', (sentence, id) => {
    expect(present(`# Conditions\n\n${sentence}`)).toContain(id)
  })

  test.each([
    ['Le droit applicable à la protection des données est le RGPD.', 'governing-law'],
    ["Le seul accord du Client sur le devis ne vaut pas commande ferme de l'option.", 'documents-precedence'],
    ["L'Éditeur ne garantit pas le service contre tout dommage causé par une panne du réseau.", 'indemnity'],
    ["En cas de violation des présentes, l'Association peut, à sa seule discrétion, résilier votre compte.", 'termination-for-convenience'],
  ])('trap: %j does not hold %s', (sentence, id) => {
    expect(present(`# Conditions\n\n${sentence}`)).not.toContain(id)
  })
})

describe('what ending the contract entails, and access barred for a breach', () => {
  test.each([
    ["Le Licencié dont le Contrat est résilié n'est plus autorisé à utiliser, modifier ou distribuer le Logiciel.", 'termination-effects'],
    ["Cette résiliation du service entraînera la désactivation de l'accès à votre compte et la restitution de tout le contenu.", 'termination-effects'],
    ['En fin de mandat, le syndic procède à la remise des fonds et à la transmission des archives au syndic successeur.', 'termination-effects'],
    ["Les articles 1, 2 et 5 du contrat continuent à s'appliquer après la résiliation de celui-ci.", 'termination-effects'],
    ["Si l'Éditeur constate que vous ne respectez pas les conditions du service, il peut vous interdire l'accès au service sans préavis.", 'termination-for-cause'],
  ])('%j holds %s', (sentence, id) => {
    expect(present(`# Conditions\n\n${sentence}`)).toContain(id)
  })

  test.each([
    ["La résiliation d'un mandat précédent n'entraîne aucune conséquence pour le présent contrat.", 'termination-effects'],
    ['Le prestataire remet chaque mois un rapport au nouveau directeur de la communication du Client.', 'termination-effects'],
    ["Il est interdit d'accéder au service au moyen d'un robot, en violation des présentes.", 'termination-for-cause'],
  ])('trap: %j does not hold %s', (sentence, id) => {
    expect(present(`# Conditions\n\n${sentence}`)).not.toContain(id)
  })
})
