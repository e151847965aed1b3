/**
 * The Draft tab: the deal form in steps, a live check and preview of the contract by the server
 * (same zod schema, same build pipeline as the CLI), downloads (DOCX, Markdown, deal YAML) and the
 * opening of a deal YAML or of an example deal. The deal being drafted is kept in this browser;
 * nothing replaces a filled form without the user's confirmation.
 */
import { ApiError, download, getJson, messageOf, postJson } from './api.js'
import { byId, debounce, fill, h } from './dom.js'
import { handleFrameLinks, showInFrame } from './frame.js'
import { field, lang, onLangChange, t } from './i18n.js'
import { fieldId, initialValue, renderField, type FormContext } from './schema-form.js'
import { loadStored, store } from './storage.js'
import type { Issue, JsonSchema, Step } from './types.js'

interface Preview {
  issues: Issue[]
  html?: string
  warnings?: string[]
}

const STORE_KEY = 'draft'

/** True when the deal differs from a fresh form (something was typed or loaded). */
function isFilled(deal: unknown, fresh: unknown): boolean {
  return JSON.stringify(deal) !== JSON.stringify(fresh)
}

/** Sets up the Draft tab. */
export async function initDraft(): Promise<void> {
  const { schema, steps } = await getJson<{ schema: JsonSchema; steps: Step[] }>('/api/deal/form')
  const form = byId<HTMLFormElement>('deal-form')
  const nav = byId('steps')
  const status = byId('draft-status')
  const general = byId('draft-general')
  const preview = byId<HTMLIFrameElement>('preview')
  // Bilingual: French and English side by side, the deal's controllingLanguage prevailing.
  const bilingual = byId<HTMLInputElement>('deal-bilingual')
  handleFrameLinks(preview)
  const properties = schema.properties ?? {}
  const required = schema.required ?? []
  const fresh = () => initialValue(schema) as Record<string, unknown>

  const saved = loadStored<{ deal: Record<string, unknown>; step: number }>(STORE_KEY)
  let state = saved?.deal ?? fresh()
  let current = Math.min(saved?.step ?? 0, steps.length - 1)
  let issues: Issue[] = []
  let showAll = false
  const touched = new Set<string>()
  let sequence = 0
  let previewShown = false

  const stepOf = (path: string) => steps.findIndex((s) => s.keys.includes(path.split('.')[0] ?? ''))
  const stepTitle = (step: Step) => t(`step.${step.id}`) === `step.${step.id}` ? step.title : t(`step.${step.id}`)
  const persist = () => store(STORE_KEY, { deal: state, step: current })

  const ctx: FormContext = {
    get state() {
      return state
    },
    changed: () => {
      persist()
      scheduleCheck()
    },
    rerender: () => {
      render()
      persist()
      scheduleCheck()
    },
  }

  function render(): void {
    const panels = steps.map((step, i) =>
      h('section', { class: 'step', 'data-step': step.id, hidden: i !== current, 'aria-labelledby': `step-title-${step.id}` }, [
        h('h2', { id: `step-title-${step.id}` }, [`${i + 1}. ${stepTitle(step)}`]),
        ...step.keys.filter((k) => properties[k]).map((k) => renderField(properties[k]!, [k], ctx, required.includes(k))),
      ]),
    )
    fill(form, panels)
    renderNav()
    showIssues()
  }

  function renderNav(): void {
    const counts = steps.map((_, i) => issues.filter(visible).filter((x) => stepOf(x.path) === i).length)
    fill(nav, [h('ol', {}, steps.map((step, i) =>
      h('li', {}, [h('button', { type: 'button', class: i === current ? 'active' : undefined, 'aria-current': i === current ? 'step' : undefined, 'data-step': step.id, onclick: () => go(i) }, [
        `${i + 1}. ${stepTitle(step)}`,
        counts[i] ? h('span', { class: 'badge' }, [h('span', { 'aria-hidden': 'true' }, [String(counts[i])]), h('span', { class: 'sr-only' }, [` — ${t('draft.stepProblems', { points: counts[i] === 1 ? t('draft.problem.one') : t('draft.problem.many', { count: counts[i]! }) })}`])]) : null,
      ])]),
    ))])
    byId<HTMLButtonElement>('step-prev').disabled = current === 0
    byId<HTMLButtonElement>('step-next').disabled = current === steps.length - 1
  }

  function go(i: number): void {
    current = Math.max(0, Math.min(steps.length - 1, i))
    for (const [j, panel] of [...form.querySelectorAll<HTMLElement>('.step')].entries()) panel.hidden = j !== current
    renderNav()
    persist()
    form.querySelector<HTMLElement>(`.step[data-step="${steps[current]!.id}"] h2`)?.setAttribute('tabindex', '-1')
  }

  function visible(issue: Issue): boolean {
    return showAll || [...touched].some((p) => p === issue.path || p.startsWith(`${issue.path}.`) || issue.path.startsWith(`${p}.`))
  }

  function showIssues(): void {
    for (const el of form.querySelectorAll('.msg')) el.textContent = ''
    for (const el of form.querySelectorAll('.invalid')) el.classList.remove('invalid')
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid')
    const loose: string[] = []
    for (const issue of issues.filter(visible)) {
      let path = issue.path
      let target: Element | null = null
      while (path !== '' && !(target = form.querySelector(`[data-path="${CSS.escape(path)}"]`))) path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : ''
      const slot = target?.querySelector(':scope > .msg')
      if (!target || !slot) {
        loose.push(issue.path ? `${field(issue.path).label} : ${issue.message}` : issue.message)
        continue
      }
      target.classList.add('invalid')
      document.getElementById(fieldId(path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))))?.setAttribute('aria-invalid', 'true')
      slot.textContent = slot.textContent ? `${slot.textContent} ; ${issue.message}` : issue.message
    }
    fill(general, loose.map((m) => h('p', {}, [m])))
    byId('deal-show-all').hidden = showAll || issues.every(visible)
  }

  function setStatus(text: string, kind: 'ok' | 'bad' | 'busy'): void {
    status.textContent = text
    status.className = `status ${kind}`
  }

  function problemsText(count: number): string {
    return t('draft.problems', { points: count === 1 ? t('draft.problem.one') : t('draft.problem.many', { count }) })
  }

  async function check(): Promise<void> {
    const mine = ++sequence
    setStatus(t('draft.checking'), 'busy')
    try {
      const result = await postJson<Preview>('/api/deal/preview', { deal: state, ui: lang(), bilingual: bilingual.checked })
      if (mine !== sequence) return
      issues = result.issues
      renderNav()
      showIssues()
      if (result.html !== undefined) {
        showInFrame(preview, result.html)
        previewShown = true
        setStatus(result.warnings?.length ? t('draft.validWarnings', { warnings: result.warnings.join(' ; ') }) : t('draft.valid'), 'ok')
      } else {
        // A form just opened is not a list of errors: it says what is left to fill in, calmly.
        const shown = issues.filter(visible).length
        setStatus(problemsText(issues.length), shown > 0 ? 'bad' : 'busy')
        if (!previewShown) showInFrame(preview, placeholder())
      }
    } catch (e) {
      if (mine === sequence) setStatus(messageOf(e), 'bad')
    }
  }
  const scheduleCheck = debounce(() => void check(), 350)

  form.addEventListener('input', (e) => markTouched(e.target))
  form.addEventListener('change', (e) => markTouched(e.target))
  function markTouched(target: EventTarget | null): void {
    const path = (target as HTMLElement | null)?.closest('[data-path]')?.getAttribute('data-path')
    if (path) touched.add(path)
  }

  /** Replaces the form's deal, after the user's confirmation when the form holds work. */
  function replace(deal: unknown, all: boolean): boolean {
    if (isFilled(state, fresh()) && !window.confirm(t('draft.confirmReplace'))) return false
    state = (deal ?? {}) as Record<string, unknown>
    showAll = all
    touched.clear()
    previewShown = false
    current = 0
    render()
    persist()
    void check()
    return true
  }

  async function save(format: 'docx' | 'md' | 'yaml'): Promise<void> {
    setStatus(t('draft.preparing'), 'busy')
    try {
      const name = await download('/api/deal/export', { deal: state, format, ui: lang(), ...(format === 'yaml' ? {} : { bilingual: bilingual.checked }) }, `contrat.${format}`)
      setStatus(t('draft.downloaded', { name }), 'ok')
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) {
        issues = e.issues
        showAll = true
        renderNav()
        showIssues()
        const first = stepOf(e.issues[0]?.path ?? '')
        if (first >= 0) go(first)
        setStatus(problemsText(e.issues.length), 'bad')
      } else setStatus(messageOf(e), 'bad')
    }
  }

  const example = async (which: 'fr' | 'en') => replace((await getJson<{ deal: unknown }>(`/api/deal/example?lang=${which}`)).deal, true)
  byId('step-prev').addEventListener('click', () => go(current - 1))
  byId('step-next').addEventListener('click', () => go(current + 1))
  byId('deal-new').addEventListener('click', () => replace(fresh(), false))
  byId('deal-example-fr').addEventListener('click', () => void example('fr'))
  byId('deal-example-en').addEventListener('click', () => void example('en'))
  bilingual.addEventListener('change', () => void check())
  byId('deal-docx').addEventListener('click', () => void save('docx'))
  byId('deal-md').addEventListener('click', () => void save('md'))
  byId('deal-yaml').addEventListener('click', () => void save('yaml'))
  byId('deal-show-all').addEventListener('click', () => {
    showAll = true
    renderNav()
    showIssues()
  })
  const loader = byId<HTMLInputElement>('deal-load')
  byId('deal-load-button').addEventListener('click', () => loader.click())
  loader.addEventListener('change', async () => {
    const file = loader.files?.[0]
    loader.value = ''
    if (!file) return
    try {
      const result = await postJson<{ deal: unknown; issues: Issue[] }>('/api/deal/load', { name: file.name, text: await file.text(), ui: lang() })
      if (replace(result.deal, true)) setStatus(t('draft.loaded', { name: file.name }), 'ok')
    } catch (e) {
      setStatus(messageOf(e), 'bad')
    }
  })
  onLangChange(() => {
    render()
    void check()
  })

  render()
  void check()
}

function placeholder(): string {
  const l = lang()
  return `<!doctype html><html lang="${l}"><meta charset="utf-8"><title>${t('draft.preview')}</title><body style="font-family:system-ui,sans-serif;color:#444;padding:2rem"><p>${t('draft.placeholder').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p></body></html>`
}
