/**
 * The learned detector (src/review/model/): bilingual concepts, units that never hold a table of
 * contents, a signature block or a definition, evidence that is a readable sentence, and training
 * that reproduces the committed weights exactly (for a subset of ids here; `npm run train -- --check`
 * checks the whole file, thresholds included).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { normalizeText } from '../../src/library/detect-signals.js'
import { loadLibrary } from '../../src/library/library.js'
import type { ReviewDocument } from '../../src/read/document.js'
import { readBuffer } from '../../src/read/index.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { headingFeatures, MIN_CONCEPTS, PAIR_WINDOW, sentenceFeatures, tokensOf, unitsOf, type Unit } from '../../src/review/model/features.js'
import { defaultModel, defaultVocabulary, MODEL_FILE } from '../../src/review/model/load.js'
import { modelOf, type ModelFile } from '../../src/review/model/model.js'
import { ADDED_PRECISION, calibrate, explainCalibration, MIN_ADDED, PRESENT_PRECISION, trainModel, type TrainingDoc } from '../../src/review/model/train.js'
// @ts-expect-error: a plain JavaScript script, shared with npm run train and npm run eval
import { evidencePositives as readEvidencePositives, trainingDocuments as readTrainingDocuments, trainsOn as readTrainsOn } from '../../scripts/detection-data.mjs'

const trainsOn = readTrainsOn as (item: { source: string }) => boolean
const trainingDocuments = readTrainingDocuments as (library: unknown) => Promise<Array<{ name: string; source: string; doc: ReviewDocument; labels: Map<string, boolean>; evidence?: Map<string, string[]> }>>
const evidencePositives = readEvidencePositives as (units: Unit[], evidence: Map<string, string[]>) => Pick<TrainingDoc, 'evidenceUnits' | 'evidenceSentences'>
import { stem } from '../../src/review/model/tokens.js'
import { parseVocabulary, saveVocabulary } from '../../src/review/model/vocabulary.js'
import { ROOT } from '../helpers.js'

const vocabulary = defaultVocabulary()
const tokens = (text: string) => tokensOf(normalizeText(text), vocabulary)

describe('concepts', () => {
  test('French and English words of one concept become one token, whatever their inflection', () => {
    for (const word of ['résiliation', 'résilier', 'Résilie', 'termination', 'terminate', 'terminated']) expect(tokens(word)).toEqual(['@terminate'])
    for (const word of ['sous-traitant', 'sous-traitants', 'subcontractor', 'sub-processors']) expect(tokens(word)).toEqual(['@processor'])
    expect(tokens('loi applicable')).toEqual(tokens('applicable law').reverse())
  })

  test('function words are dropped, numbers become one token, unknown words keep their stem', () => {
    expect(tokens('the 30 days of the')).toEqual(['#', '@days'])
    expect(tokens('zanzibar')).toEqual([stem('zanzibar')])
    expect(stem('terminations')).toBe(stem('termination'))
  })

  test('a negation is a concept, not a function word: « for any or no reason » reads as « sans motif »', () => {
    expect(tokens('for any or no reason')).toEqual(['@without', '@cause'])
    expect(tokens('sans motif')).toEqual(['@without', '@cause'])
    expect(tokens("ne limite pas la responsabilité")).toContain('@without')
  })

  test('close concepts pair whatever their order (French and English word order differ), in sentences and headings', () => {
    const pairs = (text: string) => sentenceFeatures(normalizeText(text), vocabulary).filter((f) => f.indexOf('@', 1) > 0)
    expect(pairs('Loi applicable')).toEqual(pairs('Applicable law'))
    expect(pairs('Loi applicable').length).toBe(1)
    // Up to PAIR_WINDOW tokens apart: « résilier … avec préavis » pairs terminate and notice.
    expect(pairs('Chaque Partie peut résilier le Contrat avec un préavis')).toContain(pairs('termination notice')[0])
    expect(pairs(`terminate ${'zanzibar '.repeat(PAIR_WINDOW)}notice`)).toEqual([])
    expect(headingFeatures('Applicable law', vocabulary)).toContain(`h${pairs('loi applicable')[0]}`)
  })

  test('a stem listed under two concepts belongs to the first', () => {
    const v = parseVocabulary('a: [notice]\nb: [notices, avis]\n')
    expect(v.concepts.get(stem('notice'))).toBe('a')
    expect(v.concepts.get(stem('avis'))).toBe('b')
  })

  test('a word listed whole ("=word") takes its concept before the stem another concept holds', () => {
    const v = parseVocabulary('term: [term]\ndocuments: [contract, =terms]\n')
    const t = (text: string) => tokensOf(normalizeText(text), v)
    expect(stem('terms')).toBe(stem('term'))
    expect(t('the Term')).toEqual(['@term'])
    expect(t('these Terms')).toEqual(['@documents'])
    // Only that very form: another word of the same stem keeps the stem's concept.
    expect(t('termes')).toEqual(['@term'])
  })

  test('a word of one clause is not read as another clause: the vocabulary keeps common senses apart', () => {
    // Duration and a document's terms; law and rights; processing and processor; control and
    // controller; termination and assignment (« cession »); a privacy policy and insurance.
    expect(tokens('the Term')).toEqual(['@term'])
    expect(tokens('these Terms')).toEqual(['@documents'])
    expect(tokens('droit applicable')).toEqual(tokens('applicable law').reverse())
    expect(tokens('droits des personnes concernées')).toEqual(['@rights', '@personal', '@subject'])
    expect(tokens('rights of data subjects')).toEqual(['@rights', '@data', '@subject'])
    expect(tokens('processor')).toEqual(tokens('sous-traitant'))
    expect(tokens('processor')).not.toEqual(tokens('processing'))
    expect(tokens('controller')).toEqual(['@controller'])
    expect(tokens('cession du contrat')).toEqual(['@assign', '@documents'])
    expect(tokens('cessation')).toEqual(['@terminate'])
    expect(tokens('privacy policy')).not.toContain('@insurance')
    expect(tokens('insurance policy')).toContain('@insurance')
    // The common words of every contract name no clause.
    expect(tokens('this Agreement')).toEqual(['@documents'])
    expect(tokens('conformément aux articles 4 et 5')).not.toContain('@gdpr')
    expect(tokens('industry-standard security')).not.toContain('@transfer_intl')
  })

  test('a restriction to a purpose is a concept: « uniquement », "only", "solely" are no function words', () => {
    expect(tokens('only for the purposes')).toEqual(['@only', '@purpose'])
    expect(tokens('uniquement à des fins')).toEqual(['@only', '@purpose'])
    expect(tokens('exclusivement')).toEqual(['@only'])
    expect(tokens('exclusivité')).toEqual(['@exclusive'])
    expect(tokens('exclusive')).toEqual(['@exclusive'])
  })
})

describe('units', () => {
  test('a table of contents, a definition and a signature block give no sentence to a unit', async () => {
    const md = [
      '# Contrat',
      '',
      'Sommaire',
      '',
      '1. Résiliation',
      '2. Définitions',
      '3. Loi applicable',
      '',
      '## 1. Résiliation',
      '',
      'Chacune des Parties peut résilier le Contrat par lettre recommandée avec un préavis de trois mois.',
      '',
      '## 2. Définitions',
      '',
      '« Lead » désigne une personne ayant consenti à être recontactée.',
      '',
      '## 3. Loi applicable',
      '',
      'Le Contrat est régi par la loi de Singapour.',
      '',
      'Fait à Paris, le 1er mars 2026, en deux exemplaires.',
      '',
    ].join('\n')
    const doc = await readBuffer(Buffer.from(md), 'contrat.md')
    const units = unitsOf(doc, vocabulary)
    const texts = units.flatMap((u) => u.sentences.map((s) => s.text))
    expect(texts).toEqual([
      'Chacune des Parties peut résilier le Contrat par lettre recommandée avec un préavis de trois mois.',
      'Le Contrat est régi par la loi de Singapour.',
    ])
    expect(units[0]!.features).toContain('h@terminate')
    expect(units[0]!.features).toContain('@terminate')
  })

  test('a unit counts the distinct concepts of its sentences, not of its heading nor its bigrams', async () => {
    const md = '# Conditions\n\n## Historique\n\nRéférence 2021-06-01 applicable (142 Ko).\n\n## Résiliation\n\nChaque Partie peut résilier le Contrat par lettre recommandée, avec un préavis de trois mois.\n'
    const units = unitsOf(await readBuffer(Buffer.from(md), 'c.md'), vocabulary)
    expect(units.map((u) => u.concepts)).toEqual([1, new Set(units[1]!.features.filter((f) => /^@[^@]+$/.test(f))).size])
    expect(units[1]!.concepts).toBeGreaterThanOrEqual(MIN_CONCEPTS)
  })
})

/** A one-id model file that finds the clause where a unit says « fin … notification ». */
function toyModel(threshold: number): ModelFile {
  return { version: 1, trainedOn: 'test', ids: ['termination-for-convenience'], bias: [-3], thresholds: [threshold], weights: { '@terminate': [0, 2], '@notice': [0, 2] } }
}

const library = await loadLibrary()

describe('detection with a model', () => {
  const doc = async (text: string): Promise<ReviewDocument> => readBuffer(Buffer.from(text), 'doc.md')
  // Wording the patterns do not know (checked below: without the model the clause is missing).
  const text = "# Conditions\n\n## 4. Divers\n\nLe présent accord est conclu pour un an.\n\nL'accord prend fin sur simple notification écrite de l'une ou l'autre Partie.\n"

  test('a unit past the threshold makes the clause present, with its most telling sentence as evidence', async () => {
    const compiled = compileLibrary(library, {}, () => modelOf(toyModel(0.6), vocabulary))
    const status = detectClauses([await doc(text)], compiled).find((c) => c.id === 'termination-for-convenience')!
    expect(status.status).toBe('present')
    expect(status.evidence).toEqual([{ text: "L'accord prend fin sur simple notification écrite de l'une ou l'autre Partie.", line: 7, column: 1, signal: 'model' }])
  })

  test('below the threshold, or without the model, the clause stays missing', async () => {
    for (const learned of [() => modelOf(toyModel(0.9), vocabulary), () => undefined]) {
      const status = detectClauses([await doc(text)], compileLibrary(library, {}, learned)).find((c) => c.id === 'termination-for-convenience')!
      expect(status.status).toBe('missing')
    }
  })

  test('a unit with fewer than MIN_CONCEPTS concepts states no clause, however high it scores', async () => {
    // '#' (a number) weighs like a concept here: « Fin : 2021. » scores past the threshold with one concept.
    const numbers: ModelFile = { ...toyModel(0.6), weights: { '#': [0, 2], '@notice': [0, 2], '@terminate': [0, 2] } }
    const status = async (body: string, learned: () => ReturnType<typeof modelOf> | undefined) =>
      detectClauses([await doc(`# Conditions\n\n## 4. Divers\n\n${body}\n`)], compileLibrary(library, {}, learned)).find((c) => c.id === 'termination-for-convenience')!.status
    const model = () => modelOf(numbers, vocabulary)
    expect(await status('Fin : 2021.', () => undefined)).toBe('missing')
    expect(await status('Fin : 2021.', model)).toBe('missing')
    expect(await status('Fin sur notification : 2021.', () => undefined)).toBe('missing')
    expect(await status('Fin sur notification : 2021.', model)).toBe('present')
  })

  test('the evidence is the best sentence that says enough, never a bare line of numbers', async () => {
    // The number line weighs most, but holds no concept: the sentence with two is the evidence.
    const numbers: ModelFile = { ...toyModel(0.6), weights: { '#': [0, 3], '@notice': [0, 1], '@terminate': [0, 1] } }
    const body = '# Conditions\n\n## 4. Divers\n\nNuméro 2 du 3 mars 2021.\n\nFin sur notification.\n'
    const status = detectClauses([await doc(body)], compileLibrary(library, {}, () => modelOf(numbers, vocabulary))).find((c) => c.id === 'termination-for-convenience')!
    expect(status.status).toBe('present')
    expect(status.evidence.map((e) => e.text)).toEqual(['Fin sur notification.'])
    expect(detectClauses([await doc(body)], compileLibrary(library, {}, () => undefined)).find((c) => c.id === 'termination-for-convenience')!.status).toBe('missing')
  })

  test('a section titled for another clause does not hold this one for the model', async () => {
    const other = text.replace('## 4. Divers', '## 4. Loi applicable')
    const status = detectClauses([await doc(other)], compileLibrary(library, {}, () => modelOf(toyModel(0.6), vocabulary))).find((c) => c.id === 'termination-for-convenience')!
    expect(status.status).toBe('missing')
  })

  test('the committed model loads, and each id with a threshold has weights', () => {
    const model = defaultModel()!
    expect(model).toBeDefined()
    const weighted = new Set<number>()
    for (const pairs of model.weights.values()) for (let k = 0; k < pairs.length; k += 2) weighted.add(pairs[k]!)
    model.thresholds.forEach((t, i) => {
      if (t <= 1) expect(weighted.has(i), model.ids[i]).toBe(true)
    })
  })
})

describe('calibration', () => {
  const point = (truth: boolean, patterns: boolean, probability: number) => ({ truth, patterns, probability })

  test('picks the threshold that reaches the precision of "missing", with the best F1', () => {
    const points = [point(true, false, 0.8), point(true, false, 0.6), point(true, true, 0), point(false, false, 0.5), point(false, false, 0.1), ...Array.from({ length: 12 }, () => point(false, false, 0))]
    expect(calibrate(points)).toBe(0.6)
  })

  test('never picks a threshold that makes "present" untrustworthy', () => {
    // At 0.4 every clause is found, but 3 of 6 "present" would be wrong; from 0.8 to 0.45 the F1 is
    // the same (2 of 3 found, none wrong): the strictest of them.
    const points = [point(true, false, 0.9), point(true, false, 0.8), point(true, false, 0.4), point(false, false, 0.4), point(false, false, 0.4), point(false, false, 0.4), ...Array.from({ length: 40 }, () => point(false, false, 0))]
    expect(calibrate(points)).toBe(0.8)
  })

  test('never picks a threshold where the model is wrong more often than ADDED_PRECISION of its additions', () => {
    // At 0.5 the model adds 7 right and 4 wrong: the F1 is the best there and "present" stays above
    // PRESENT_PRECISION thanks to the patterns' 20 right answers, but 4 of 11 additions are wrong.
    // From 0.55 to 0.95 it adds 2 right, 0 wrong: the strictest of them.
    const right = (p: number, n: number) => Array.from({ length: n }, () => point(true, false, p))
    const wrong = (p: number, n: number) => Array.from({ length: n }, () => point(false, false, p))
    const points = [...right(0.95, 2), ...right(0.5, 5), ...wrong(0.5, 4), ...Array.from({ length: 20 }, () => point(true, true, 0)), ...wrong(0, 100)]
    const c = explainCalibration(points)
    expect(c.threshold).toBe(0.95)
    const at = (t: number) => c.rows.find((r) => r.t === t)!
    expect(at(0.5).refused).toBe('added-precision')
    expect(at(0.5).pp).toBeGreaterThan(PRESENT_PRECISION)
    expect(at(0.5).f1).toBeGreaterThan(at(0.95).f1)
    expect(ADDED_PRECISION).toBeGreaterThan(0.5)
  })

  test('never picks a threshold with fewer than MIN_ADDED right additions: one document is luck', () => {
    const points = [point(true, false, 0.9), point(true, false, 0.1), point(true, true, 0), point(true, true, 0), ...Array.from({ length: 30 }, () => point(false, false, 0))]
    const c = explainCalibration(points)
    expect(MIN_ADDED).toBe(2)
    expect(c.threshold).toBe(2)
    expect(c.rows.find((r) => r.t === 0.9)!.refused).toBe('too-few-added')
    // A second right addition makes it a candidate.
    expect(calibrate([...points, point(true, false, 0.9)])).toBe(0.9)
  })

  test('says why an id is left to the patterns', () => {
    expect(explainCalibration([point(true, false, 0.9), point(false, false, 0)]).reason).toBe('too-few-positives')
    expect(explainCalibration([point(true, true, 0), point(true, true, 0), point(true, true, 0), point(false, false, 0.2)]).reason).toBe('patterns-suffice')
  })

  test("never picks a threshold at or below the model's probability in our own text that states no clause", () => {
    // The model is right at 0.7 on labelled documents, but reads the clause at 0.73 in our own
    // "General provisions" article: only thresholds above 0.73 are candidates.
    const points = [point(true, false, 0.9), point(true, false, 0.8), point(true, false, 0.7), point(true, false, 0.7), ...Array.from({ length: 30 }, () => point(false, false, 0))]
    expect(calibrate(points)).toBe(0.7)
    const c = explainCalibration(points, { ownText: 0.73 })
    expect(c.threshold).toBe(0.8)
    expect(c.rows.find((r) => r.t === 0.7)!.refused).toBe('own-text')
    expect(c.rows.find((r) => r.t === 0.75)!.refused).toBe('')
  })

  test('leaves the model off when there are too few labelled documents with the clause', () => {
    expect(calibrate([point(true, false, 0.9), point(true, false, 0.9), point(false, false, 0)])).toBe(2)
  })
})

describe('evidence positives', () => {
  const unit = (features: string[]): Unit => ({ heading: -1, sentences: [], sentenceFeatures: [], headingFeatures: [], features, concepts: features.filter((f) => f.startsWith('@')).length })
  // The library's texts state the clause with @a @b; eight labelled documents hold such a unit,
  // and a second unit (@e @f 'quoted') where, by their evidence labels, they state it; twelve do not hold it.
  const docs: TrainingDoc[] = [
    ...Array.from({ length: 5 }, (_, k) => ({ name: `lib${k}`, library: true, units: [unit(['@a', '@b', 'clause'])], labels: new Map([['security', true]]) })),
    ...Array.from({ length: 8 }, (_, k) => ({
      name: `doc${k}`,
      library: false,
      units: [unit(['@a', '@b', 'clause']), unit(['@e', '@f', 'quoted'])],
      labels: new Map([['security', true]]),
      evidenceUnits: new Map([['security', [1]]]),
      evidenceSentences: new Map([['security', [['@e', 'quoted']]]]),
    })),
    ...Array.from({ length: 12 }, (_, k) => ({ name: `neg${k}`, library: false, units: [unit(['@c', '@d', 'other'])], labels: new Map([['security', false]]) })),
  ]
  const ids = ['security']
  const weightsOf = (file: ModelFile) => Object.fromEntries(Object.entries(file.weights).map(([f, pairs]) => [f, pairs[1]!]))

  test("'off': a document's positive is the unit the previous round scores best, never the labelled one", () => {
    expect(weightsOf(trainModel(docs, { ids, evidencePositives: 'off' }, 'test'))['quoted']).toBeUndefined()
  })
  test("'units': the units holding the quotes are the document's positives", () => {
    const w = weightsOf(trainModel(docs, { ids, evidencePositives: 'units' }, 'test'))
    expect(w['quoted']).toBeGreaterThan(0)
    expect(w['@f']).toBeGreaterThan(0)
  })
  test("'sentences' (the default): only the heading and the quoted sentences of those units", () => {
    const w = weightsOf(trainModel(docs, { ids, evidencePositives: 'sentences' }, 'test'))
    expect(w['quoted']).toBeGreaterThan(0)
    expect(w['@f'] ?? 0).toBeLessThanOrEqual(0)
    expect(weightsOf(trainModel(docs, { ids }, 'test'))).toEqual(w)
  })
})

describe('feature selection', () => {
  // A unit of bare features (no sentence): what trainModel reads.
  const unit = (features: string[]): Unit => ({ heading: -1, sentences: [], sentenceFeatures: [], headingFeatures: [], features, concepts: features.filter((f) => f.startsWith('@')).length })
  // Twenty documents: five (a quarter) state the clause (@a, @b, the word 'clause'), the others not
  // (@c); every one holds the word 'common' and the concept @d.
  const docs: TrainingDoc[] = Array.from({ length: 20 }, (_, k) => ({
    name: `d${k}`,
    library: true,
    units: [unit(k < 5 ? ['@a', '@b', '@d', 'clause', 'common'] : ['@c', '@d', 'common'])],
    labels: new Map([['termination-for-convenience', k < 5]]),
  }))
  const ids = ['termination-for-convenience']
  const weightsOf = (file: ModelFile) => Object.fromEntries(Object.entries(file.weights).map(([f, pairs]) => [f, pairs[1]!]))

  test('a word held by more than maxDocShare of the documents gets no weight; a concept always may', () => {
    const selected = weightsOf(trainModel(docs, { ids, maxDocShare: 0.3 }, 'test'))
    expect(selected['common']).toBeUndefined()
    expect(selected['clause']).toBeGreaterThan(0)
    expect(selected['@a']).toBeGreaterThan(0)
    expect(selected['@d']).toBeDefined()
  })

  test('by default every feature held by enough documents is kept', () => {
    expect(weightsOf(trainModel(docs, { ids }, 'test'))['common']).toBeDefined()
  })

  test('a word penalty apart (wordL2) shrinks the words, not the concepts', () => {
    const same = weightsOf(trainModel(docs, { ids }, 'test'))
    const shrunk = weightsOf(trainModel(docs, { ids, wordL2: 1 }, 'test'))
    expect(Math.abs(shrunk['clause'] ?? 0)).toBeLessThan(Math.abs(same['clause']!))
    expect(shrunk['@a']).toBeGreaterThan(0)
  })
})

test('the committed model carries the vocabulary of clauses/vocabulary.yaml, which reviews use', () => {
  const committed = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile
  expect(committed.vocabulary).toEqual(saveVocabulary(vocabulary))
  expect(defaultModel()!.vocabulary.concepts).toEqual(vocabulary.concepts)
})

// Training reproduces the committed weights (a subset of ids: the whole file takes `npm run train -- --check`).
const cuad = join(ROOT, '..', 'shared', 'data', 'cuad-dev', 'presence.csv')
describe.skipIf(!existsSync(cuad))('training', () => {
  test('retraining two ids gives the committed weights exactly, twice', async () => {
    const items = await trainingDocuments(library)
    const committed = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile
    const ids = committed.ids.filter((_, i) => committed.thresholds[i]! <= 1).slice(0, 2)
    expect(ids.length).toBe(2)
    const docs: TrainingDoc[] = items.filter(trainsOn).map((i) => {
      const units = unitsOf(i.doc, vocabulary)
      return { name: i.name, library: i.source === 'library', units, labels: i.labels, ...(i.evidence ? evidencePositives(units, i.evidence) : {}) }
    })
    const weightsOf = (file: ModelFile, id: string) => {
      const k = file.ids.indexOf(id)
      const out: Record<string, number> = {}
      for (const [feature, pairs] of Object.entries(file.weights)) for (let j = 0; j < pairs.length; j += 2) if (pairs[j] === k) out[feature] = pairs[j + 1]!
      return { bias: file.bias[k], weights: out }
    }
    const first = trainModel(docs, { ids }, 'test')
    const second = trainModel(docs, { ids }, 'test')
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
    for (const id of ids) expect(weightsOf(first, id)).toEqual(weightsOf(committed, id))
}, 120_000)
})
