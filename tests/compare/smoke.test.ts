import { test } from 'vitest'
import { readDocument } from '../../src/read/index.js'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary } from '../../src/review/detect.js'
import { RULES } from '../../src/review/rules/index.js'
import { defaultPlaybook } from '../../src/review/playbook/defaults.js'
import { compareDocuments } from '../../src/compare/compare.js'
import { splitSections } from '../../src/compare/sections.js'
import { readFileSync, writeFileSync } from 'node:fs'
test('smoke', async () => {
  const library = await loadLibrary()
  const compiled = compileLibrary(library)
  const playbook = defaultPlaybook() as any
  const opts = { library, compiled, rules: RULES, playbook, today: '2026-12-01' }
  const md = readFileSync('/tmp/cmpw/fr.md', 'utf8')
  const edited = md.replace(/## 21\. Droit d'audit[\s\S]*?(?=## 22\.)/, '').replace('dans un délai de 7 jours à compter de sa livraison', 'dans un délai de 2 jours à compter de sa livraison')
  writeFileSync('/tmp/cmpw/fr-edited.md', edited)
  const ours = await readDocument('/tmp/cmpw/fr.md')
  const theirs = await readDocument('/tmp/cmpw/fr-edited.md')
  console.log(splitSections(ours).map(s => s.index + ' ' + s.title.slice(0,40)).join('\n'))
  const t0 = Date.now()
  const self = compareDocuments(ours, ours, opts)
  console.log('self', self.changes.length, Date.now() - t0)
  const r = compareDocuments(ours, theirs, opts)
  console.log(JSON.stringify(r.changes.map(c => ({ id: c.clauseId, change: c.change, weakened: c.weakened, essential: c.essential, message: c.message, terms: c.terms.map(t=>t.message), f: c.findings.map(f=>f.ruleId) })), null, 1))
  console.log('fresh', r.findings.map(f => f.ruleId + '/' + f.clauseId))
  const dx = await readDocument('/tmp/cmpw/fr.docx')
  console.log(splitSections(dx).map(s => s.index + ' ' + s.key + ' ' + s.title.slice(0,40)).join('\n'))
  const r2 = compareDocuments(dx, theirs, opts)
  console.log(JSON.stringify(r2.changes.map(c => ({ id: c.clauseId, change: c.change, message: c.message.slice(0,200) })), null, 1))
}, 120000)
