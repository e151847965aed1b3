// Writes dist/library.snapshot.json: the parsed, validated clause library plus the work every run
// would otherwise redo (precompiled Handlebars templates in dist/library.templates.txt: a JSON head line indexing the specs by a hash of their source, then the specs; each
// clause's detection signals and the literal factors of detection patterns in
// dist/library.detection.json, read by reviews only,
// and the detection prefilter's automaton in dist/library.index.bin, the literal gate's in dist/review-gate.bin;
// the plan of the detection signals in dist/library.signals.json, the clause files' stamps in
// dist/library.stamps.json (a run that finds them unchanged does not hash the files), the detection model's binary
// form in dist/detection-model.bin),
// so that a CLI run neither parses YAML nor compiles templates (see src/library/snapshot.ts).
// An invalid library gets no snapshot: the CLI then parses it and reports its problems.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../dist/core/paths.js'
import { writeFileAtomic } from '../dist/core/write-file.js'
import { precompileTemplate, templateUsage } from '../dist/library/template.js'
import { clauseSources, defaultClausesDir } from '../dist/library/files.js'
import { parseLibrary } from '../dist/library/load.js'
import { DETECTION_FILE, INDEX_FILE, libraryDigest, SNAPSHOT_FILE, snapshotText, sourceStamps, STAMPS_FILE, stampsText, TEMPLATES_FILE } from '../dist/library/snapshot.js'
import { compileLibrary } from '../dist/review/detect.js'
import { computedFactors } from '../dist/review/factors.js'
import { GATE_FILE, gateBuffer } from '../dist/review/gate.js'
import { PLAN_FILE, planText, signalPlan } from '../dist/review/signal-plan.js'
import { COMPACT_MODEL_FILE, compactModel, modelStamp } from '../dist/review/model/compact.js'
import { MODEL_FILE } from '../dist/review/model/load.js'
// A review registers the rules' and the facts' expressions with the literal gate, then the library's.
import '../dist/review/reviewer.js'

// The detection model's binary form (see review/model/compact.ts), keyed by the model file's digest
// and by its stamp, taken before the file is read (a file written meanwhile gets a newer stamp).
if (existsSync(MODEL_FILE)) {
  const stamp = modelStamp(MODEL_FILE)
  writeFileAtomic(COMPACT_MODEL_FILE, compactModel(readFileSync(MODEL_FILE), stamp), { force: true, display: COMPACT_MODEL_FILE })
}
else rmSync(COMPACT_MODEL_FILE, { force: true })

const sources = clauseSources(defaultClausesDir())
// The files' stamps, taken before they are read (see stampedDigest in src/library/snapshot.ts).
const stamps = sourceStamps(sources)
const { library, problems } = parseLibrary(sources)
rmSync(STAMPS_FILE, { force: true })
if (problems.length > 0) {
  rmSync(SNAPSHOT_FILE, { force: true })
  rmSync(TEMPLATES_FILE, { force: true })
  rmSync(DETECTION_FILE, { force: true })
  rmSync(INDEX_FILE, { force: true })
  rmSync(GATE_FILE, { force: true })
  rmSync(PLAN_FILE, { force: true })
  console.error(`clausier: the clause library has ${problems.length} problem(s); no snapshot written (run "clausier clauses check")`)
} else {
  const compiled = compileLibrary(library)
  const templateDir = join(projectRoot, 'templates')
  const templateSources = [
    ...library.clauses.flatMap((c) => [c.body.en, c.body.fr]),
    ...readdirSync(templateDir).filter((f) => f.endsWith('.hbs')).sort().map((f) => readFileSync(join(templateDir, f), 'utf8')),
  ]
  const templates = Object.fromEntries(templateSources.map((source) => [source, precompileTemplate(source)]))
  // The variables of each template of templates/: the builder checks a contract template with them.
  const templateVariables = Object.fromEntries(
    readdirSync(templateDir).filter((f) => f.endsWith('.hbs')).sort().map((f) => readFileSync(join(templateDir, f), 'utf8')).map((source) => [source, [...templateUsage(source).variables]]),
  )
  writeFileAtomic(INDEX_FILE, compiled.index.toBuffer(compiled.indexKey), { force: true, display: INDEX_FILE })
  // The literal gate of every expression a review with the default playbook runs (see review/gate.ts).
  writeFileAtomic(GATE_FILE, gateBuffer(), { force: true, display: GATE_FILE })
  const texts = snapshotText(sources, library.clauses, { factors: computedFactors(), templates, templateVariables })
  // The plan of the library's signals (see review/signal-plan.ts), for the snapshot's library.
  writeFileAtomic(PLAN_FILE, planText({ ...signalPlan(library), digest: libraryDigest(sources) }), { force: true, display: PLAN_FILE })
  writeFileAtomic(TEMPLATES_FILE, texts.templates, { force: true, display: TEMPLATES_FILE })
  writeFileAtomic(DETECTION_FILE, texts.detection, { force: true, display: DETECTION_FILE })
  writeFileAtomic(SNAPSHOT_FILE, texts.snapshot, { force: true, display: SNAPSHOT_FILE })
  if (stamps) writeFileAtomic(STAMPS_FILE, stampsText(libraryDigest(sources), stamps), { force: true, display: STAMPS_FILE })
}
