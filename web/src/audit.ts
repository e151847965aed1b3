/**
 * The Audit tab: the due-diligence questionnaire filled in the browser (answer, evidence, comment
 * per question), scored live by the server (the CLI's own parser and scoring), with the clauses to
 * reinforce; export of the answers YAML and of the HTML report; loading of an answers YAML.
 */
import { download, getJson, messageOf, postJson } from './api.js'
import { byId, debounce, fill, h } from './dom.js'
import { enumLabel, field, lang, onLangChange, t } from './i18n.js'
import { dateForInput, formatNumber, parseDate } from './parse.js'
import { loadStored, store } from './storage.js'
import type { AnswerEntry, AuditQuestionnaire, AuditScore } from './types.js'

/** Sets up the Audit tab. */
export function initAudit(): void {
  const list = byId('audit-questions')
  const panel = byId('audit-score')
  const status = byId('audit-status')
  const langSelect = byId<HTMLSelectElement>('audit-lang')
  const generator = byId<HTMLInputElement>('audit-generator')
  const date = byId<HTMLInputElement>('audit-date')
  const saved = loadStored<{ answers: Record<string, AnswerEntry>; generator: string; date: string; language: string }>('audit')
  let answers: Record<string, AnswerEntry> = saved?.answers ?? {}
  generator.value = saved?.generator ?? ''
  date.value = saved?.date ?? ''
  langSelect.value = saved?.language ?? lang()
  let loaded = false
  let sequence = 0
  const persist = () => store('audit', { answers, generator: generator.value, date: date.value, language: langSelect.value })

  const setStatus = (text: string, kind: 'ok' | 'bad' | 'busy') => {
    status.textContent = text
    status.className = `status ${kind}`
  }
  // The date is typed as in France (15/01/2026) and sent as YYYY-MM-DD; a date not understood is sent as typed, so the server refuses it.
  const isoDate = () => {
    const parsed = parseDate(date.value)
    return date.value.trim() === '' ? '' : parsed.ok ? parsed.value : date.value
  }
  const body = () => ({ language: langSelect.value, generator: generator.value, date: isoDate(), answers })
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
    fill(list, q.themes.map((theme) =>
      h('section', { class: 'theme' }, [
        h('h3', {}, [`${theme.id}. ${theme.title}`]),
        ...theme.questions.map((x) => {
          const e = answers[x.id]
          const radios = q.answers.map((a) =>
            h('label', { class: `choice answer-${a}` }, [
              h('input', { type: 'radio', name: `answer-${x.id}`, value: a, checked: (e?.answer ?? 'unknown') === a, onchange: () => {
                entry(x.id).answer = a
                scheduleScore()
              } }),
              ` ${t(`answer.${a}`)}`,
            ]),
          )
          return h('div', { class: 'question', 'data-question': x.id }, [
            h('p', { class: 'q', id: `q-${x.id}` }, [h('strong', {}, [x.id]), ` ${x.question}`, h('span', { class: 'muted' }, [` (${t('audit.weight', { weight: x.weight })}${x.blocking.length ? ` ; ${t('audit.blockingIf', { answers: x.blocking.map((b) => t(`answer.${b}`)).join(' / ') })}` : ''})`])]),
            h('details', {}, [h('summary', {}, [t('audit.details')]), h('p', {}, [t('audit.goodAnswer', { text: x.goodAnswer })]), h('p', { class: 'muted' }, [t('audit.evidenceAsked', { text: x.evidence })]), h('p', { class: 'muted' }, [t('audit.sources', { text: x.sources.join(' ; ') })])]),
            h('div', { class: 'choices', role: 'radiogroup', 'aria-label': t('audit.answerTo', { id: x.id }) }, radios),
            h('textarea', { rows: 1, placeholder: t('audit.evidencePlaceholder'), 'aria-label': t('audit.evidence', { id: x.id }), oninput: (ev) => {
              entry(x.id).evidence = (ev.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean)
              scheduleScore()
            } }, [(e?.evidence ?? []).join('\n')]),
            h('input', { type: 'text', placeholder: t('audit.commentPlaceholder'), 'aria-label': t('audit.comment', { id: x.id }), value: e?.comment ?? '', oninput: (ev) => {
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
      const { score: s, titles } = await postJson<{ score: AuditScore; titles: Record<string, string> }>('/api/audit/score', body())
      if (mine !== sequence) return
      showScore(s, titles)
      setStatus(t('audit.answered', { answered: s.overall.answered, total: s.overall.total }), 'ok')
    } catch (e) {
      if (mine === sequence) setStatus(messageOf(e), 'bad')
    }
  }
  const scheduleScore = debounce(() => {
    persist()
    void score()
  }, 300)

  /** A suggested change of the deal, in words: « Préavis avant une nouvelle source : au moins 30 jours ». */
  function changeText(c: { path: string; op: string; value: unknown }): string {
    const words = field(c.path)
    const value = typeof c.value === 'number'
      ? `${formatNumber(c.value, lang(), words.unit === '€' ? 'EUR' : undefined)}${words.unit && words.unit !== '€' ? ` ${words.unit}` : ''}`
      : typeof c.value === 'boolean' ? t(c.value ? 'form.yes' : 'form.no') : typeof c.value === 'string' ? enumLabel(c.path, c.value) : Array.isArray(c.value) ? c.value.map((v) => enumLabel(c.path, String(v))).join(', ') : JSON.stringify(c.value)
    return t(`change.${c.op}`, { field: words.label, value })
  }

  function showScore(s: AuditScore, titles: Record<string, string>): void {
    const lang = s.lang
    fill(panel, [
      h('h2', { class: 'sr-only' }, [t('audit.score')]),
      h('div', { class: `overall level-${s.overall.level}` }, [h('span', { class: 'big', id: 'audit-overall' }, [`${s.overall.score}/100`]), h('span', {}, [` ${t(`level.${s.overall.level}`)}${s.overall.capped ? ` ${t('audit.capped')}` : ''}`])]),
      h('table', { class: 'themes' }, [h('tbody', {}, s.themes.map((th) =>
        h('tr', {}, [h('th', { scope: 'row' }, [`${th.id}. ${th.title}`]), h('td', { class: 'bar' }, [h('meter', { min: 0, max: 100, low: 40, high: 70, optimum: 100, value: th.score, 'aria-label': `${th.title} : ${th.score}/100` }, [])]), h('td', {}, [`${th.score}`])]),
      ))]),
      h('h3', {}, [t('audit.blocking', { count: s.blocking.length })]),
      s.blocking.length ? h('ul', {}, s.blocking.map((b) => h('li', {}, [h('strong', {}, [b.id]), ` ${t(`answer.${b.answer}`)} : ${b.question}`]))) : h('p', { class: 'muted' }, [t('audit.none')]),
      h('h3', {}, [t('audit.reinforce', { count: s.reinforce.length })]),
      s.reinforce.length
        ? h('ul', { id: 'audit-reinforce' }, s.reinforce.map((r) =>
            h('li', {}, [
              h('strong', {}, [titles[r.clause] ?? r.clause]),
              h('span', { class: 'muted' }, [` (${r.questions.join(', ')})`]),
              r.changes.length ? h('ul', {}, r.changes.map((c) => h('li', {}, [`${changeText(c)} — ${c.why[lang]}`]))) : null,
            ]),
          ))
        : h('p', { class: 'muted' }, [t('audit.none')]),
    ])
  }

  async function save(format: 'yaml' | 'html'): Promise<void> {
    try {
      setStatus(t('draft.downloaded', { name: await download('/api/audit/export', { ...body(), format }, `reponses.${format}`) }), 'ok')
    } catch (e) {
      setStatus(messageOf(e), 'bad')
    }
  }

  langSelect.addEventListener('change', () => {
    persist()
    void load()
  })
  generator.addEventListener('input', scheduleScore)
  date.addEventListener('input', scheduleScore)
  onLangChange(() => {
    if (loaded) void load()
  })
  byId('audit-load-button').addEventListener('click', () => loader.click())
  byId('audit-yaml').addEventListener('click', () => void save('yaml'))
  byId('audit-html').addEventListener('click', () => void save('html'))
  const loader = byId<HTMLInputElement>('audit-load')
  loader.addEventListener('change', async () => {
    const file = loader.files?.[0]
    loader.value = ''
    if (!file) return
    try {
      const r = await postJson<{ generator?: string; date?: string; language?: string; answers: Record<string, AnswerEntry> }>('/api/audit/load', { name: file.name, text: await file.text() })
      if (Object.keys(answers).length > 0 && !window.confirm(t('audit.confirmReplace'))) return
      answers = r.answers
      generator.value = r.generator ?? ''
      date.value = r.date ? dateForInput(r.date) : ''
      if (r.language) langSelect.value = r.language
      persist()
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
