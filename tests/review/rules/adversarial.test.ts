/**
 * The rules run on very large documents: every pattern is linear, so adversarial text (long runs
 * of numbers, repeated trigger words, lines without punctuation) costs no more than prose.
 */
import { expect, test } from 'vitest'
import { documentFacts } from '../../../src/review/facts.js'
import { loadLibrary } from '../../../src/library/library.js'
import type { ReviewDocument, TextBlock } from '../../../src/read/document.js'
import type { RuleContext } from '../../../src/review/define-rule.js'
import { defaultPlaybook } from '../../../src/review/playbook/schema.js'
import { RULES } from '../../../src/review/rules/index.js'
import { sentencesOf } from '../../../src/review/text.js'

const ADVERSARIAL = [
  '1 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 '.repeat(9),
  'not not not not not not not not not not not not not not returned returned consent '.repeat(8),
  'retain until retain until retain until opt retain until unsubscri '.repeat(10),
  "liability liability limited limited responsabilite plafonnee sauf sauf l'exception ".repeat(8),
  'consent consent partners consentement partenaires accepte de recevoir '.repeat(10),
  'a'.repeat(699),
  'payable a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a net net net '.repeat(7),
  'ne ne ne ne ne ne ne retour retour consentement exclu exclu sauf hors '.repeat(9),
  '12 12 12 12 12 jours jours mois mois preavis preavis resilier notice notice terminate '.repeat(8),
  'trente (30) trente (30) quarante-cinq (45) jours fin de mois € € € 5 000 5 000,00 eur '.repeat(7),
]

function documentOfSize(bytes: number): ReviewDocument {
  const blocks: TextBlock[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const text = ADVERSARIAL[i % ADVERSARIAL.length]!
    blocks.push({ kind: 'paragraph', text, line: i + 1, column: 1 })
    size += text.length
  }
  return { path: 'big.md', format: 'md', blocks }
}

// Speed is measured by the benchmark, not asserted here: this test only shows every rule completes
// on adversarial input (a catastrophic backtracking pattern would hang it until the test timeout).
test('every rule completes on 2 MB of adversarial text', async () => {
  const doc = documentOfSize(2_000_000)
  const sentences = sentencesOf(doc)
  const facts = documentFacts(doc)
  const library = await loadLibrary()
  for (const rule of RULES) {
    if (rule.id === 'missing-clause' || rule.id === 'negated-clause') continue
    const ctx: RuleContext = {
      documents: [doc],
      sentences,
      facts,
      clauses: new Map(),
      library,
      playbook: defaultPlaybook(),
      lang: 'en',
      today: '2026-11-29',
      suggestion: () => () => '',
      report: () => {},
    }
    expect(() => rule.check(ctx), rule.id).not.toThrow()
  }
}, 300_000)
