// The labelled documents the learned detector is trained and calibrated on (scripts/train-detection.mjs,
// scripts/eval.mjs): the library's own clause texts, the 16 labelled examples, the corpus DEV split
// only (test documents are never read here), and CUAD's development split (its 9 mapped ids only).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { readBuffer, readDocument } from '../dist/read/index.js'
import { plainText } from '../dist/contract/contract.js'
import { dealSchema } from '../dist/deal/schema.js'
import { assemble } from '../dist/draft/assemble.js'
import { renderMarkdown } from '../dist/render/markdown.js'
import { ART28_IDS, CLAUSE_IDS } from '../dist/library/taxonomy.js'
import { libraryDocuments } from '../dist/review/model/library-docs.js'
import { compileLibrary, detectClauses } from '../dist/review/detect.js'
import { unitsOf } from '../dist/review/model/features.js'
import { modelOf } from '../dist/review/model/model.js'
import { explainCalibration, trainModel } from '../dist/review/model/train.js'
import { loadEvidence, overlaps } from './evidence-labels.mjs'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const cuadDir = join(root, '..', 'shared', 'data', 'cuad-dev')

/** CUAD columns of each mapped taxonomy id. */
export const CUAD_MAP = {
  'governing-law': ['Governing Law'],
  'liability-cap': ['Cap on Liability'],
  'audit-rights': ['Audit Rights'],
  insurance: ['Insurance'],
  exclusivity: ['Exclusivity'],
  'term-renewal': ['Expiration Date', 'Renewal Term'],
  'termination-for-convenience': ['Termination for Convenience'],
  assignment: ['Anti-Assignment', 'Change of Control'],
  penalties: ['Liquidated Damages'],
}

/** CUAD's presence.csv as rows of objects. */
export function csv(text) {
  const rows = []
  for (const line of text.split(/\r?\n/).filter(Boolean)) {
    const cells = []
    let cur = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) (cells.push(cur), (cur = ''))
      else cur += ch
    }
    cells.push(cur)
    rows.push(cells)
  }
  const [header, ...body] = rows
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

/** Labels of a document labelled like examples/quotes/labels.yaml: every id; Art. 28 items only for processor terms. */
function labelsOf(entry) {
  const present = new Set(entry.present ?? [])
  const labels = new Map(CLAUSE_IDS.map((id) => [id, present.has(id)]))
  if (ART28_IDS.some((id) => present.has(id))) for (const id of ART28_IDS) labels.set(id, present.has(id))
  return labels
}

/**
 * Per corpus dev document, the ids the patterns found when it was fresh (`node scripts/prequential.mjs
 * --write-fresh`): reviewed by the build just before the commit that added it, the model's own
 * findings left out.
 */
export const FRESH_FILE = join(root, 'eval', 'fresh-patterns.json')

/** FNV-1a hash of a file name (the folds of training and of the CUAD cross-validation). */
export function nameHash(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}
export const FOLDS = 5

/** The example contracts, built and read as a review reads their Markdown: [{ which, contract, doc }]. */
async function exampleContracts(library) {
  const out = []
  for (const which of ['fr', 'en']) {
    const deal = dealSchema.parse(parse(readFileSync(join(root, 'examples', 'deals', `lead-generation-${which}.yaml`), 'utf8')))
    const { contract } = assemble(deal, { library })
    out.push({ which, contract, doc: await readBuffer(Buffer.from(renderMarkdown(contract)), `${which}.md`) })
  }
  return out
}

/** The blocks of `doc` from the heading whose text is `heading` (or `title`) to the next heading of its level: [start, end), or undefined. */
function headingSpan(doc, heading, title = heading) {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && (b.text === heading || b.text === title))
  if (start < 0) return undefined
  const level = doc.blocks[start].level ?? 1
  let end = start + 1
  while (end < doc.blocks.length && !(doc.blocks[end].kind === 'heading' && (doc.blocks[end].level ?? 1) <= level)) end++
  return [start, end]
}

/**
 * The articles of the example contracts that are no library clause (« Obligations sociales du
 * Fournisseur », "Notices", "Entire agreement"): the library's own text that states none of the
 * clause ids, each a document labelled without every general clause id.
 */
function templateArticles(contracts) {
  const out = []
  for (const { which, contract, doc } of contracts) {
    // Articles without a clause mark, themselves or in their subsections.
    const plain = []
    let current
    for (const b of contract.blocks) {
      if (b.type === 'article') {
        current = { heading: `${b.number}. ${plainText(b.inlines)}`, marked: Boolean(b.clause) }
        plain.push(current)
      } else if (b.type === 'section') current = undefined // the signatures, an annex: no article's
      else if (current && b.clause) current.marked = true
    }
    for (const article of plain.filter((a) => !a.marked)) {
      const span = headingSpan(doc, article.heading)
      if (!span) continue
      const name = `template:${which}:${article.heading}`
      out.push({ name, source: 'template', doc: { path: name, format: 'md', blocks: doc.blocks.slice(...span) }, labels: new Map(CLAUSE_IDS.map((id) => [id, false])) })
    }
  }
  return out
}

/**
 * The example contracts with one library article (or Art. 28 item) cut, each labelled without the
 * cut clause: what the model reads in the rest of our own contract once that article is gone.
 * Issue #11 asks that cutting any one article reports exactly that clause missing
 * (tests/review/cut-articles.test.ts); these documents hold the thresholds above it, as our
 * clause-less articles do (the own-text rule). Used to calibrate only, never to train.
 */
function cutContracts(contracts) {
  const out = []
  for (const { which, contract, doc } of contracts) {
    for (const b of contract.blocks) {
      if ((b.type !== 'article' && b.type !== 'subsection') || !b.clause) continue
      const title = plainText(b.inlines)
      const span = headingSpan(doc, b.type === 'article' ? `${b.number}. ${title}` : title, title)
      if (!span) continue
      const name = `cut:${which}:${b.clause.id}`
      out.push({ name, source: 'cut', doc: { ...doc, path: name, blocks: [...doc.blocks.slice(0, span[0]), ...doc.blocks.slice(span[1])] }, labels: new Map([[b.clause.id, false]]) })
    }
  }
  return out
}

/** Whether a training document is trained on: all but the cut contracts, which only calibrate (the own-text rule). */
export const trainsOn = (item) => item.source !== 'cut'

/**
 * Every training document, in a fixed order: { name, source, doc, labels }.
 * `source`: library, template, cut (calibration only), example, corpus, cuad.
 */
export async function trainingDocuments(library) {
  const out = libraryDocuments(library).map((d) => ({ ...d, source: 'library' }))
  const contracts = await exampleContracts(library)
  out.push(...templateArticles(contracts), ...cutContracts(contracts))
  const examples = join(root, 'examples', 'quotes')
  for (const entry of parse(readFileSync(join(examples, 'labels.yaml'), 'utf8'))) {
    out.push({ name: `example:${entry.file}`, source: 'example', doc: await readDocument(join(examples, entry.file), entry.file), labels: labelsOf(entry) })
  }
  const fresh = existsSync(FRESH_FILE) ? JSON.parse(readFileSync(FRESH_FILE, 'utf8')).documents : {}
  for (const lang of ['fr', 'en']) {
    const dir = join(root, 'eval', 'corpus', lang)
    if (!existsSync(join(dir, 'labels.yaml'))) continue
    // Sentence-level evidence labels (dev documents only), kept with their document.
    const evidence = loadEvidence(root, lang)
    // The dev split only: test documents are never read to train or calibrate.
    for (const entry of parse(readFileSync(join(dir, 'labels.yaml'), 'utf8')).filter((e) => e.split === 'dev')) {
      const quotes = new Map(evidence.filter((e) => e.file === entry.file).map((e) => [e.id, e.quotes]))
      const freshly = fresh[`${lang}/${entry.file}`]
      out.push({ name: `corpus:${lang}/${entry.file}`, source: 'corpus', doc: await readDocument(join(dir, entry.file), entry.file), labels: labelsOf(entry), ...(quotes.size > 0 ? { evidence: quotes } : {}), ...(freshly ? { freshPatterns: new Set(freshly.patterns) } : {}) })
    }
  }
  if (existsSync(join(cuadDir, 'presence.csv'))) {
    for (const row of csv(readFileSync(join(cuadDir, 'presence.csv'), 'utf8'))) {
      const labels = new Map(Object.entries(CUAD_MAP).map(([id, cols]) => [id, cols.some((c) => row[c] === '1')]))
      out.push({ name: `cuad:${row.file}`, source: 'cuad', doc: await readDocument(join(cuadDir, 'contracts', row.file), row.file), labels })
    }
  }
  return out
}

/** Sentences written here that share words with a clause and do not state it: [{ id, text }]. */
export function lookAlikes() {
  return parse(readFileSync(join(root, 'eval', 'look-alikes.yaml'), 'utf8'))
}

/** The fold of a training document: a hash of its file name (CUAD) or of its name (others). */
export const foldOfItem = (item) => nameHash(item.name.replace(/^cuad:/, '')) % FOLDS

/**
 * Trains the per-id models on `items` ({ name, source, doc, labels, units }) and calibrates each
 * id's threshold on cross-validated answers: 5 folds by foldOfItem, each fold's labelled documents
 * (not the library's texts) reviewed with a model trained on the other four, patterns and model
 * together as the reviewer runs them. Returns the model file.
 */
export function trainAndCalibrate({ library, vocabulary, items, ids, trainedOn, log = () => {}, options = {}, calibration = {}, report }) {
  const trained = items.filter(trainsOn)
  const toTraining = (list) => list.map((i) => ({ name: i.name, library: i.source === 'library', units: i.units, labels: i.labels, ...(i.evidenceUnits ? { evidenceUnits: i.evidenceUnits, evidenceSentences: i.evidenceSentences } : {}) }))
  const points = new Map(ids.map((id) => [id, []]))
  for (let fold = 0; fold < FOLDS; fold++) {
    const file = trainModel(toTraining(trained.filter((i) => foldOfItem(i) !== fold)), { ids, ...options }, trainedOn)
    const compiled = compileLibrary(library, {}, () => modelOf(file, vocabulary))
    let n = 0
    for (const item of items) {
      if (item.source === 'library' || item.source === 'template' || item.source === 'cut' || foldOfItem(item) !== fold) continue
      const probe = new Map()
      const probeEvidence = new Map()
      const statuses = new Map(detectClauses([item.doc], compiled, probe, probeEvidence).map((s) => [s.id, s.status]))
      // The patterns' answers the model is combined with: those of the build that had not seen the
      // document where there is one (a corpus dev document, reviewed when it was added), else
      // today's. Today's patterns were written while reading the dev documents: calibrated against
      // them, the model would only be asked for the few clauses they still miss there, and kept off
      // for the many they miss on documents they were not written on.
      const answer = answers(item.freshPatterns ?? new Set([...statuses].filter(([, status]) => status === 'present').map(([id]) => id)), probe)
      for (const id of ids) {
        const truth = item.labels.get(id)
        if (truth === undefined) continue
        const { patterns, probability } = answer(id)
        // Whether the sentence the model would give as evidence states the clause (evidence-labelled pairs only).
        const quotes = item.evidence?.get(id)
        const states = quotes && probeEvidence.has(id) ? overlaps(probeEvidence.get(id), quotes) : undefined
        points.get(id).push({ name: item.name, fold, group: item.source, truth, patterns, probability, ...(states === undefined ? {} : { states }) })
      }
      n++
    }
    log(`  fold ${fold + 1}/${FOLDS}: ${n} labelled documents scored`)
  }
  const file = trainModel(toTraining(trained), { ids, ...options }, trainedOn)
  // What the trained model reads in our own text that states no clause (the template articles,
  // and our contracts with the clause's own article cut, reviewed as a review reads them): no
  // threshold may let it report a clause there.
  const ownText = new Map()
  const compiledFull = compileLibrary(library, {}, () => modelOf(file, vocabulary))
  for (const item of items.filter((i) => i.source === 'template' || i.source === 'cut')) {
    const probe = new Map()
    detectClauses([item.doc], compiledFull, probe)
    for (const [id, p] of probe) if (item.labels.get(id) === false && p > (ownText.get(id) ?? 0)) ownText.set(id, p)
  }
  // Nor on the look-alikes we wrote for an id (eval/look-alikes.yaml), each read alone as the
  // canonical-wordings test reads it.
  for (const { id, text } of lookAlikes()) {
    const probe = new Map()
    detectClauses([{ path: 'look-alike.md', format: 'md', blocks: [{ kind: 'paragraph', text, line: 1, column: 1 }] }], compiledFull, probe)
    const p = probe.get(id) ?? 0
    if (p > (ownText.get(id) ?? 0)) ownText.set(id, p)
  }
  const calibrationOf = (id) => (ownText.has(id) ? { ...calibration, ownText: ownText.get(id) } : calibration)
  const calibrations = ids.map((id) => explainCalibration(points.get(id), calibrationOf(id)))
  file.thresholds = calibrations.map((c) => c.threshold)
  report?.({ ids, points, calibrations })
  // An id left to the patterns needs no weights.
  for (const [feature, pairs] of Object.entries(file.weights)) {
    const kept = []
    for (let k = 0; k < pairs.length; k += 2) if (file.thresholds[pairs[k]] <= 1) kept.push(pairs[k], pairs[k + 1])
    if (kept.length > 0) file.weights[feature] = kept
    else delete file.weights[feature]
  }
  // Cross-validated figures of patterns + model: at the chosen thresholds (optimistic: the
  // thresholds were chosen on these points), and with each fold's thresholds calibrated on the
  // other folds' points only (thresholds held out too: the honest estimate).
  const heldOut = ids.map((id) => Array.from({ length: FOLDS }, (_, fold) => explainCalibration(points.get(id).filter((pt) => pt.fold !== fold), calibrationOf(id)).threshold))
  for (const source of ['example', 'corpus', 'cuad']) {
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 }
    const h = { tp: 0, fp: 0, fn: 0, tn: 0 }
    const p = { tp: 0, fp: 0, fn: 0, tn: 0 }
    ids.forEach((id, k) => {
      for (const pt of points.get(id)) {
        if (pt.group !== source) continue
        const found = pt.patterns || pt.probability >= file.thresholds[k]
        const foundHeldOut = pt.patterns || pt.probability >= heldOut[k][pt.fold]
        c[pt.truth ? (found ? 'tp' : 'fn') : found ? 'fp' : 'tn']++
        h[pt.truth ? (foundHeldOut ? 'tp' : 'fn') : foundHeldOut ? 'fp' : 'tn']++
        p[pt.truth ? (pt.patterns ? 'tp' : 'fn') : pt.patterns ? 'fp' : 'tn']++
      }
    })
    const f = (x) => `present precision ${(x.tp / (x.tp + x.fp)).toFixed(3)}, recall ${(x.tp / (x.tp + x.fn)).toFixed(3)}, missing precision ${(x.tn / (x.tn + x.fn)).toFixed(3)}`
    const whose = source === 'corpus' ? `patterns as they were on each document fresh (${items.filter((i) => i.source === 'corpus' && i.freshPatterns).length} of ${items.filter((i) => i.source === 'corpus').length} documents; the others today's)` : 'patterns'
    if (c.tp + c.fn > 0) log(`  cross-validated, ${source}: ${whose} ${f(p)}; with the model ${f(c)}; thresholds held out too ${f(h)}`)
  }
  // The model's cross-validated additions (clauses the patterns left missing, labelled present)
  // on the pairs with evidence labels: does the sentence it gives state the clause?
  const states = { chosen: [0, 0], heldOut: [0, 0], any: [0, 0] }
  ids.forEach((id, k) => {
    for (const pt of points.get(id)) {
      if (pt.states === undefined || pt.patterns || !pt.truth) continue
      const tally = (key, added) => added && (states[key][0]++, pt.states && states[key][1]++)
      tally('chosen', pt.probability >= file.thresholds[k])
      tally('heldOut', pt.probability >= heldOut[k][pt.fold])
      tally('any', pt.probability >= 0.5)
    }
  })
  const share = ([n, ok]) => `${ok}/${n}${n > 0 ? ` (${(ok / n).toFixed(2)})` : ''}`
  log(`  cross-validated model additions on evidence-labelled pairs, evidence states the clause: at the chosen thresholds ${share(states.chosen)}; thresholds held out ${share(states.heldOut)}; any id at probability 0.5 ${share(states.any)}`)
  return file
}

/**
 * One document's answer per id, as a review combines them: whether the patterns found it (`found`:
 * the ids they found) and the model's best probability (`probe`), Art. 28 items only where the
 * patterns found processor terms (some item).
 */
export function answers(found, probe) {
  const processorTerms = [...found].some((id) => id.startsWith('art28-'))
  return (id) => ({ patterns: found.has(id), probability: id.startsWith('art28-') && !processorTerms ? 0 : (probe.get(id) ?? 0) })
}

/** Reads the training documents and their units. */
export async function trainingItems(library, vocabulary) {
  return (await trainingDocuments(library)).map((d) => {
    // The cut contracts only calibrate, reviewed whole: their units would never be read.
    if (!trainsOn(d)) return d
    const units = unitsOf(d.doc, vocabulary)
    return { ...d, units, ...(d.evidence ? evidencePositives(units, d.evidence) : {}) }
  })
}

/**
 * Per id, the indexes of the units with a sentence that overlaps one of its quotes
 * (`evidenceUnits`), and for each of them the features of its heading and of those sentences
 * only (`evidenceSentences`).
 */
export function evidencePositives(units, evidence) {
  const evidenceUnits = new Map()
  const evidenceSentences = new Map()
  for (const [id, quotes] of evidence) {
    const held = []
    const lists = []
    units.forEach((u, k) => {
      const stating = u.sentences.flatMap((s, j) => (overlaps(s.text, quotes) ? [j] : []))
      if (stating.length === 0) return
      held.push(k)
      lists.push([...u.headingFeatures, ...stating.flatMap((j) => u.sentenceFeatures[j])])
    })
    if (held.length > 0) (evidenceUnits.set(id, held), evidenceSentences.set(id, lists))
  }
  return { evidenceUnits, evidenceSentences }
}
