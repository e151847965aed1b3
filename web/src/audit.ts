/**
 * The Audit tab: the due-diligence questionnaire filled in the browser (answer, evidence, comment
 * per question), scored live by the server (the CLI's own parser and scoring), with the clauses to
 * reinforce; export of the answers YAML and of the HTML report; loading of an answers YAML.
 */
import { download, getJson, messageOf, postJson } from './api.js'
import { byId, debounce, fill, h } from './dom.js'
import type { AnswerEntry, AuditQuestionnaire, AuditScore } from './types.js'

/** Sets up the Audit tab. */
export function initAudit(): void {
  const list = byId('audit-questions')
  const panel = byId('audit-score')
  const status = byId('audit-status')
  const langSelect = byId<HTMLSelectElement>('audit-lang')
  const generator = byId<HTMLInputElement>('audit-generator')
  const date = byId<HTMLInputElement>('audit-date')
  let answers: Record<string, AnswerEntry> = {}
  let loaded = false
  let sequence = 0

  const setStatus = (text: string, kind: 'ok' | 'bad' | 'busy') => {
    status.textContent = text
    status.className = `status ${kind}`
  }
  const body = () => ({ language: langSelect.value, generator: generator.value, date: date.value, answers })
  const entry = (id: string): AnswerEntry => (answers[id] ??= { answer: 'unknown', evidence: [] })

  async function load(): Promise<void> {
    try {
      const q = await getJson<AuditQuestionnaire>(`/api/audit/questionnaire?lang=${encodeURIComponent(langSelect.value)}`)
      render(q)
      loaded = true
      void score()
    } catch (e) {
      setStatus(messageOf(e), 'bad')
    }
  }

  function render(q: AuditQuestionnaire): void {
    fill(list, q.themes.map((t) =>
      h('section', { class: 'theme' }, [
        h('h3', {}, [`${t.id}. ${t.title}`]),
        ...t.questions.map((x) => {
          const e = answers[x.id]
          const radios = q.answers.map((a) =>
            h('label', { class: `choice answer-${a}` }, [
              h('input', { type: 'radio', name: `answer-${x.id}`, value: a, checked: (e?.answer ?? 'unknown') === a, onchange: () => {
                entry(x.id).answer = a
                scheduleScore()
              } }),
              ` ${a}`,
            ]),
          )
          return h('div', { class: 'question', 'data-question': x.id }, [
            h('p', { class: 'q' }, [h('strong', {}, [x.id]), ` ${x.question}`, h('span', { class: 'muted' }, [` (weight ${x.weight}${x.blocking.length ? `; blocking if ${x.blocking.join(' or ')}` : ''})`])]),
            h('details', {}, [h('summary', {}, ['Good answer, evidence, sources']), h('p', {}, [x.goodAnswer]), h('p', { class: 'muted' }, [`Evidence: ${x.evidence}`]), h('p', { class: 'muted' }, [`Sources: ${x.sources.join('; ')}`])]),
            h('div', { class: 'choices', role: 'radiogroup', 'aria-label': `Answer to ${x.id}` }, radios),
            h('textarea', { rows: 1, placeholder: 'Evidence: one item per line (file names, URLs)', 'aria-label': `Evidence for ${x.id}`, oninput: (ev) => {
              entry(x.id).evidence = (ev.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean)
              scheduleScore()
            } }, [(e?.evidence ?? []).join('\n')]),
            h('input', { type: 'text', placeholder: 'Comment', 'aria-label': `Comment on ${x.id}`, value: e?.comment ?? '', oninput: (ev) => {
              const v = (ev.target as HTMLInputElement).value
              if (v.trim() === '') delete entry(x.id).comment
              else entry(x.id).comment = v
              scheduleScore()
            } }),
          ])
        }),
      ]),
    ))
  }

  async function score(): Promise<void> {
    const mine = ++sequence
    try {
      const { score: s } = await postJson<{ score: AuditScore }>('/api/audit/score', body())
      if (mine !== sequence) return
      showScore(s)
      setStatus(`${s.overall.answered} of ${s.overall.total} questions answered`, 'ok')
    } catch (e) {
      if (mine === sequence) setStatus(messageOf(e), 'bad')
    }
  }
  const scheduleScore = debounce(() => void score(), 300)

  function showScore(s: AuditScore): void {
    const lang = s.lang
    fill(panel, [
      h('div', { class: `overall level-${s.overall.level}` }, [h('span', { class: 'big', id: 'audit-overall' }, [`${s.overall.score}/100`]), h('span', {}, [` ${s.overall.level}${s.overall.capped ? ' (capped: blocking answers)' : ''}`])]),
      h('table', { class: 'themes' }, s.themes.map((t) =>
        h('tr', {}, [h('td', {}, [`${t.id}. ${t.title}`]), h('td', { class: 'bar' }, [h('meter', { min: 0, max: 100, low: 40, high: 70, optimum: 100, value: t.score }, [])]), h('td', {}, [`${t.score}`])]),
      )),
      h('h3', {}, [`Blocking answers (${s.blocking.length})`]),
      s.blocking.length ? h('ul', {}, s.blocking.map((b) => h('li', {}, [h('strong', {}, [b.id]), ` ${b.answer}: ${b.question}`]))) : h('p', { class: 'muted' }, ['None.']),
      h('h3', {}, [`Clauses to reinforce (${s.reinforce.length})`]),
      s.reinforce.length
        ? h('ul', { id: 'audit-reinforce' }, s.reinforce.map((r) =>
            h('li', {}, [
              h('code', {}, [r.clause]),
              h('span', { class: 'muted' }, [` (${r.questions.join(', ')})`]),
              r.changes.length ? h('ul', {}, r.changes.map((c) => h('li', {}, [`${c.path} ${c.op} ${JSON.stringify(c.value)}: ${c.why[lang]}`]))) : null,
            ]),
          ))
        : h('p', { class: 'muted' }, ['None.']),
    ])
  }

  async function save(format: 'yaml' | 'html'): Promise<void> {
    try {
      setStatus(`Downloaded ${await download('/api/audit/export', { ...body(), format }, `answers.${format}`)}`, 'ok')
    } catch (e) {
      setStatus(messageOf(e), 'bad')
    }
  }

  langSelect.addEventListener('change', () => void load())
  generator.addEventListener('input', scheduleScore)
  date.addEventListener('input', scheduleScore)
  byId('audit-yaml').addEventListener('click', () => void save('yaml'))
  byId('audit-html').addEventListener('click', () => void save('html'))
  const loader = byId<HTMLInputElement>('audit-load')
  loader.addEventListener('change', async () => {
    const file = loader.files?.[0]
    loader.value = ''
    if (!file) return
    try {
      const r = await postJson<{ generator?: string; date?: string; language?: string; answers: Record<string, AnswerEntry> }>('/api/audit/load', { name: file.name, text: await file.text() })
      answers = r.answers
      generator.value = r.generator ?? ''
      date.value = r.date ?? ''
      if (r.language) langSelect.value = r.language
      await load()
    } catch (e) {
      setStatus(messageOf(e), 'bad')
    }
  })
  // The questionnaire is loaded the first time the tab is opened.
  document.addEventListener('clausier:tab', (e) => {
    if ((e as CustomEvent<string>).detail === 'audit' && !loaded) void load()
  })
}
