/**
 * Classes of failure seen on the tenth round of the French corpus (issue #11): service companies'
 * terms of sale and the general administrative conditions of public procurement. Each is a general
 * way documents are written, with traps that must stay out. The sentences are written here, in the
 * words of no document of the corpus:
 * - a public buyer ends the contract « pour (un) motif d'intérêt général », and may « mettre fin à
 *   l'exécution des prestations »: public law's termination for convenience;
 * - a party may end the contract « moyennant (le paiement d')une indemnité » (or a « dédit »),
 *   naming no cause: a paid exit is an exit for convenience;
 * - a party that may « mettre fin » to its engagement if it warns the other « trois mois à l'avance »
 *   gives notice without saying « préavis »: a convenience exit;
 * - rights that « demeurent » (or « restent ») after the end « pour quelque cause que ce soit » are a
 *   consequence of the end (a licence kept after termination);
 * - « soumis au droit de la propriété intellectuelle » (or of labour, of competition…) names a body
 *   of law, not the law the parties chose;
 * - an amicable settlement committee, a mediator or an advisory body is no court: a clause that
 *   names only them chooses no jurisdiction;
 * - rights assigned or licensed « à titre exclusif » (copyright, software, domain names) are an
 *   exclusive grant of rights, not exclusive supply;
 * - help « à l'exercice des droits concédés » (licensed rights) is no help with data subjects'
 *   rights;
 * - in public procurement the buyer is « le pouvoir adjudicateur » (« la personne publique »,
 *   « l'entité adjudicatrice »): its own right to end the contract is in the buyer's favour;
 * - a delay counted from the notification of a termination already decided (« dans un délai de
 *   quinze jours après la notification de la résiliation ») is a deadline for what follows it, not
 *   a notice period;
 * - failing « les obligations relatives à … la sécurité », named as a ground to end the contract, is
 *   a reference to the security duties, not a statement of them;
 * - a drafting note that a cap may be provided elsewhere (« il convient de prévoir … un plafonnement
 *   éventuel ») caps nothing;
 * - a cap at the amount invoiced « pour la prestation concernée » is the price of one order.
 */
import { describe, expect, test } from 'vitest'
import liabilityNoCarveout from '../../src/review/rules/liability-cap-no-data-carveout.js'
import weakLiabilityCap from '../../src/review/rules/weak-liability-cap.js'
import weakNoticePeriod from '../../src/review/rules/weak-notice-period.js'
import { presentIds } from './detection-harness.js'
import { documentOf, findings } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (lines: readonly string[]) => presentIds(lines.join('\n\n'))
// With the learned model, as a review runs: an `unless` pattern must rule its sentences out too.
const found = (lines: readonly string[]) => presentIds(lines.join('\n\n'), true)

describe("public law's termination for general interest", () => {
  test.each([
    ['# Résiliation', "La personne publique peut mettre fin à l'exécution des prestations pour un motif d'intérêt général ; le titulaire est alors indemnisé."],
    ['# Fin du marché', "Lorsque l'acheteur résilie le marché pour motif d'intérêt général, le titulaire perçoit une indemnité de 4 % du montant non exécuté."],
  ])('%s / %s is termination for convenience', (...lines) => {
    expect(present(lines)).toContain('termination-for-convenience')
  })

  test('trap: termination for the supplier’s fault after formal notice is no convenience exit', () => {
    expect(present(['# Résiliation', 'Le marché peut être résilié aux torts du titulaire après une mise en demeure restée infructueuse.'])).not.toContain('termination-for-convenience')
  })
})

describe('a paid exit', () => {
  test.each([
    'Le client peut résilier la commande avant sa livraison moyennant le paiement d’une indemnité égale à 30 % du prix.',
    "L'annonceur peut résilier le contrat avant son terme moyennant le versement d'un dédit de deux mois d'abonnement.",
  ])('%s is termination for convenience', (sentence) => {
    expect(present(['# Annulation', sentence])).toContain('termination-for-convenience')
  })

  test('trap: an indemnity owed on termination for breach is no convenience exit', () => {
    expect(present(['# Résiliation', "En cas de manquement grave, le prestataire peut résilier le contrat moyennant une indemnité à la charge du client défaillant."])).not.toContain('termination-for-convenience')
  })
})

describe('notice given « à l’avance » rather than as a « préavis »', () => {
  test('a party that may end its engagement if it warns the other three months in advance has a convenience exit', () => {
    expect(present(['# Fin de la mission', 'Le mandataire pourra mettre fin à sa mission à condition d’en informer le mandant au moins trois mois à l’avance par lettre recommandée.'])).toContain('termination-for-convenience')
  })

  test('trap: a formal notice sent fifteen days in advance for a breach is no convenience exit', () => {
    expect(present(['# Fin de la mission', 'En cas de manquement, le mandant peut résilier le contrat après une mise en demeure adressée quinze jours à l’avance.'])).not.toContain('termination-for-convenience')
  })
})

describe('rights that remain after any termination', () => {
  test('a licence kept after the end « pour quelque cause que ce soit » is a consequence of the end', () => {
    expect(present(['# Propriété', 'En cas de résiliation du contrat pour quelque cause que ce soit, le client reste titulaire de la licence d’utilisation des livrables payés.'])).toContain('termination-effects')
  })

  test('trap: « pour quelque cause que ce soit » with no ending of the contract is no consequence of termination', () => {
    expect(present(['# Comptes', 'Le client reste responsable de l’usage de ses identifiants pour quelque cause que ce soit.'])).not.toContain('termination-effects')
  })
})

describe('a body of law is no chosen law', () => {
  test('works « soumis au droit de la propriété intellectuelle » choose no governing law', () => {
    expect(present(['# Propriété intellectuelle', 'Les maquettes remises sont soumises au droit de la propriété intellectuelle et restent la propriété de leur auteur.'])).not.toContain('governing-law')
  })

  test('trap: a contract « soumis au droit de l’État de New York » still chooses its law', () => {
    expect(present(['# Droit applicable', 'Le présent contrat est soumis au droit de l’État de New York.'])).toContain('governing-law')
  })
})

describe('an amicable settlement body is no court', () => {
  test('a dispute put to a committee for amicable settlement chooses no court', () => {
    expect(present(['# Concertation', 'Les parties peuvent soumettre leurs désaccords à un comité consultatif de règlement amiable avant toute action.'])).not.toContain('jurisdiction')
  })

  test('an administrative court named after the amicable attempt still chooses a jurisdiction', () => {
    expect(present(['# Concertation', 'Faute d’accord devant le comité de règlement amiable, les parties saisissent le tribunal administratif de Rennes.'])).toContain('jurisdiction')
  })

  test('trap: disputes brought before a named court still choose a jurisdiction', () => {
    expect(present(['# Différends', 'À défaut de règlement amiable, tout litige est porté devant le tribunal de commerce de Lille.'])).toContain('jurisdiction')
  })
})

describe('an exclusive grant of rights is no exclusive supply', () => {
  test.each([
    'Le prestataire cède au client, à titre exclusif, l’ensemble des droits sur les créations livrées.',
    'Le concédant accorde à titre exclusif au licencié le droit d’exploiter le logiciel en France.',
  ])('%s is no exclusivity', (sentence) => {
    expect(found(['# Droits', sentence])).not.toContain('exclusivity')
  })

  test('trap: leads reserved to one buyer « à titre exclusif » are still exclusivity', () => {
    expect(present(['# Livraison', 'Les leads sont livrés à titre exclusif à l’acheteur, sans revente à un autre client.'])).toContain('exclusivity')
  })
})

describe('help with licensed rights is no help with data subjects’ rights', () => {
  test.each([
    'Pendant deux ans, le prestataire assiste le client, à sa demande, dans l’exercice des droits concédés sur le logiciel.',
    'Le prestataire fournit au client l’aide nécessaire à l’exercice des droits utiles à l’exploitation des livrables.',
  ])('%s is not art28-rights-assistance', (sentence) => {
    expect(present(['# Assistance', sentence])).not.toContain('art28-rights-assistance')
  })

  test('trap: help with the requests of data subjects exercising their rights still is', () => {
    expect(present(['# Assistance', 'Le sous-traitant aide le responsable de traitement à traiter les demandes d’exercice des droits des personnes concernées.'])).toContain('art28-rights-assistance')
  })
})

describe('the public buyer’s own right to end the contract', () => {
  const price = 'Le prix forfaitaire du marché est de 40 000 euros hors taxes.'
  test.each(['Le pouvoir adjudicateur', 'La personne publique', "L'entité adjudicatrice"])('%s ending the contract on fifteen days’ notice is not flagged', (party) => {
    expect(findings(['# Marché', price, `${party} peut résilier le marché à tout moment moyennant un préavis de quinze jours.`].join('\n\n'), weakNoticePeriod)).toEqual([])
  })

  test('a deadline counted from the notification of the termination is no notice period', () => {
    const text = ['# Résiliation pour motif d’intérêt général', price, 'Le titulaire transmet le décompte de ses frais dans un délai de quinze jours après la notification de la résiliation.'].join('\n\n')
    expect(findings(text, weakNoticePeriod)).toEqual([])
  })

  test('trap: a termination that takes effect fifteen days after its notification still has a short notice', () => {
    const text = ['# Résiliation', price, 'Le prestataire peut résilier le marché à tout moment ; la résiliation prend effet quinze jours après la notification de la résiliation.'].join('\n\n')
    expect(findings(text, weakNoticePeriod).length).toBe(1)
  })

  test('trap: the supplier ending it on fifteen days’ notice is still flagged', () => {
    expect(findings(['# Marché', price, 'Le prestataire peut résilier le marché à tout moment moyennant un préavis de quinze jours.'].join('\n\n'), weakNoticePeriod).length).toBe(1)
  })
})

describe('a breach of security duties named as a ground is no security clause', () => {
  test('the supplier failing « les obligations relatives à … la sécurité », as a ground to end the contract, states no security measure', () => {
    expect(found(['# Fin du contrat', 'Le contrat peut être résilié si le prestataire ne respecte pas les obligations relatives à la confidentialité, à la protection des données et à la sécurité.'])).not.toContain('security')
  })

  test('trap: the supplier securing the data by technical and organisational measures is still security', () => {
    expect(present(['# Données', 'Le prestataire garantit la sécurité des données par des mesures techniques et organisationnelles appropriées.'])).toContain('security')
  })
})

describe('caps announced, and caps at the price of one service', () => {
  test('a note that a cap may be provided elsewhere caps nothing', () => {
    const text = [
      '# Responsabilité',
      'Le titulaire répare les dommages causés aux biens de l’acheteur du fait de l’exécution du marché.',
      'Lorsque le risque est disproportionné, il convient de prévoir dans les conditions particulières un plafonnement éventuel de la responsabilité.',
    ].join('\n\n')
    expect(findings(text, liabilityNoCarveout)).toEqual([])
  })

  test('a cap at the amount invoiced for the service concerned is the price of one order', () => {
    const text = '# Responsabilité\n\nLa responsabilité du prestataire est limitée au montant total facturé pour la prestation concernée.'
    expect(findings(text, weakLiabilityCap).length).toBe(1)
  })

  test('trap: a cap at the fees of the last twelve months is not weak', () => {
    const text = '# Responsabilité\n\nLa responsabilité du prestataire est limitée au montant total facturé au client au cours des douze derniers mois.'
    expect(findings(text, weakLiabilityCap)).toEqual([])
  })
})
