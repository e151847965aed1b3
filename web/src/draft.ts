/**
 * The Draft tab: the deal form in steps, a live check and preview of the contract by the server
 * (same zod schema, same build pipeline as the CLI), downloads (DOCX, Markdown, deal YAML) and the
 * loading of a deal YAML or of an example deal.
 */
import { ApiError, download, getJson, messageOf, postJson } from './api.js'
import { byId, debounce, fill, h } from './dom.js'
import { initialValue, renderField, type FormContext } from './schema-form.js'
import type { Issue, JsonSchema, Step } from './types.js'

interface Preview {
  issues: Issue[]
  html?: string
  warnings?: string[]
}

/** Sets up the Draft tab. */
export async function initDraft(): Promise<void> {
  const { schema, steps } = await getJson<{ schema: JsonSchema; steps: Step[] }>('/api/deal/form')
  const form = byId<HTMLFormElement>('deal-form')
  const nav = byId('steps')
  const status = byId('draft-status')
  const general = byId('draft-general')
  const preview = byId<HTMLIFrameElement>('preview')
  const properties = schema.properties ?? {}
  const required = schema.required ?? []

  let state = initialValue(schema) as Record<string, unknown>
  let current = 0
  let issues: Issue[] = []
  let showAll = false
  const touched = new Set<string>()
  let sequence = 0

  const stepOf = (path: string) => steps.findIndex((s) => s.keys.includes(path.split('.')[0] ?? ''))

  const ctx: FormContext = {
    get state() {
      return state
    },
    changed: () => scheduleCheck(),
    rerender: () => {
      render()
      scheduleCheck()
    },
  }

  function render(): void {
    const panels = steps.map((step, i) =>
      h('div', { class: 'step', 'data-step': step.id, hidden: i !== current }, [
        h('h2', {}, [`${i + 1}. ${step.title}`]),
        ...step.keys.filter((k) => properties[k]).map((k) => renderField(k, properties[k]!, [k], ctx, required.includes(k))),
      ]),
    )
    fill(form, panels)
    renderNav()
    showIssues()
  }

  function renderNav(): void {
    const counts = steps.map((_, i) => issues.filter((x) => stepOf(x.path) === i).length)
    fill(nav, steps.map((step, i) =>
      h('button', { type: 'button', class: i === current ? 'active' : undefined, 'aria-current': i === current ? 'step' : undefined, 'data-step': step.id, onclick: () => go(i) }, [
        `${i + 1}. ${step.title}`,
        counts[i] ? h('span', { class: 'badge', title: `${counts[i]} problem(s) in this step` }, [String(counts[i])]) : null,
      ]),
    ))
    byId<HTMLButtonElement>('step-prev').disabled = current === 0
    byId<HTMLButtonElement>('step-next').disabled = current === steps.length - 1
  }

  function go(i: number): void {
    current = Math.max(0, Math.min(steps.length - 1, i))
    for (const [j, panel] of [...form.querySelectorAll<HTMLElement>('.step')].entries()) panel.hidden = j !== current
    renderNav()
  }

  function visible(issue: Issue): boolean {
    return showAll || [...touched].some((t) => t === issue.path || t.startsWith(`${issue.path}.`) || issue.path.startsWith(`${t}.`))
  }

  function showIssues(): void {
    for (const el of form.querySelectorAll('.msg:not(.local)')) el.textContent = ''
    for (const el of form.querySelectorAll('.invalid')) el.classList.remove('invalid')
    const loose: string[] = []
    for (const issue of issues.filter(visible)) {
      let path = issue.path
      let target: Element | null = null
      while (path !== '' && !(target = form.querySelector(`[data-path="${CSS.escape(path)}"]`))) path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : ''
      const slot = target?.querySelector(':scope > .msg:not(.local)')
      if (!target || !slot) {
        loose.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message)
        continue
      }
      target.classList.add('invalid')
      slot.textContent = slot.textContent ? `${slot.textContent}; ${issue.message}` : issue.message
    }
    fill(general, loose.map((m) => h('div', {}, [m])))
    byId('deal-show-all').hidden = showAll || issues.every(visible)
  }

  function setStatus(text: string, kind: 'ok' | 'bad' | 'busy'): void {
    status.textContent = text
    status.className = `status ${kind}`
  }

  async function check(): Promise<void> {
    const mine = ++sequence
    setStatus('Checking…', 'busy')
    try {
      const result = await postJson<Preview>('/api/deal/preview', { deal: state })
      if (mine !== sequence) return
      issues = result.issues
      renderNav()
      showIssues()
      if (result.html !== undefined) {
        preview.srcdoc = result.html
        setStatus(result.warnings?.length ? `Valid deal · ${result.warnings.join('; ')}` : 'Valid deal · preview up to date', 'ok')
      } else {
        setStatus(`${issues.length} problem${issues.length === 1 ? '' : 's'} to fix before the contract can be built`, 'bad')
        if (!preview.srcdoc) preview.srcdoc = placeholder(issues.length)
      }
    } catch (e) {
      if (mine === sequence) setStatus(messageOf(e), 'bad')
    }
  }
  const scheduleCheck = debounce(() => void check(), 350)

  form.addEventListener('input', (e) => markTouched(e.target))
  form.addEventListener('change', (e) => markTouched(e.target))
  function markTouched(target: EventTarget | null): void {
    const field = (target as HTMLElement | null)?.closest('[data-path]')
    const path = field?.getAttribute('data-path')
    if (path) touched.add(path)
  }

  function load(deal: unknown, all: boolean): void {
    state = (deal ?? {}) as Record<string, unknown>
    showAll = all
    touched.clear()
    preview.srcdoc = ''
    render()
    void check()
  }

  async function save(format: 'docx' | 'md' | 'yaml'): Promise<void> {
    setStatus(`Preparing the ${format === 'yaml' ? 'deal YAML' : format.toUpperCase()}…`, 'busy')
    try {
      const name = await download('/api/deal/export', { deal: state, format }, `contract.${format}`)
      setStatus(`Downloaded ${name}`, 'ok')
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) {
        issues = e.issues
        showAll = true
        renderNav()
        showIssues()
        const first = stepOf(e.issues[0]?.path ?? '')
        if (first >= 0) go(first)
      }
      setStatus(messageOf(e), 'bad')
    }
  }

  byId('step-prev').addEventListener('click', () => go(current - 1))
  byId('step-next').addEventListener('click', () => go(current + 1))
  byId('deal-new').addEventListener('click', () => load(initialValue(schema), false))
  byId('deal-example-fr').addEventListener('click', () => void getJson<{ deal: unknown }>('/api/deal/example?lang=fr').then((r) => load(r.deal, true)))
  byId('deal-example-en').addEventListener('click', () => void getJson<{ deal: unknown }>('/api/deal/example?lang=en').then((r) => load(r.deal, true)))
  byId('deal-docx').addEventListener('click', () => void save('docx'))
  byId('deal-md').addEventListener('click', () => void save('md'))
  byId('deal-yaml').addEventListener('click', () => void save('yaml'))
  byId('deal-show-all').addEventListener('click', () => {
    showAll = true
    showIssues()
  })
  const loader = byId<HTMLInputElement>('deal-load')
  loader.addEventListener('change', async () => {
    const file = loader.files?.[0]
    loader.value = ''
    if (!file) return
    try {
      const result = await postJson<{ deal: unknown; issues: Issue[] }>('/api/deal/load', { name: file.name, text: await file.text() })
      load(result.deal, true)
    } catch (e) {
      setStatus(messageOf(e), 'bad')
    }
  })

  render()
  void check()
}

function placeholder(problems: number): string {
  return `<!doctype html><meta charset="utf-8"><body style="font-family:system-ui,sans-serif;color:#555;padding:2rem">
<p>The contract preview appears here as soon as the deal is complete (${problems} problem${problems === 1 ? '' : 's'} left).</p>
<p>Fill the required fields (marked *) or start from an example deal.</p></body>`
}
