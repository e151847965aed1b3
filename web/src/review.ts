/**
 * The Review tab: drop or choose quotes, purchase orders and contracts, with the terms they refer
 * to (`--with`); each file is reviewed by the server's worker pool, one request per file so that
 * progress shows; the chosen file's findings are listed in the order to act on them (blocking
 * first, then by theme) with what to ask for, above the annotated document (evidence highlighted).
 * The files stay in the page, so the downloads (annotated DOCX, special terms, report) send them again.
 */
import { download, formatBytes, messageOf, postForm } from './api.js'
import { byId, fill, h } from './dom.js'
import { handleFrameLinks, showInFrame } from './frame.js'
import { count, lang, onLangChange, t } from './i18n.js'
import type { FindingView, Limits, ReviewedFile } from './types.js'

const ACCEPTED = /\.(md|markdown|txt|docx|pdf|html?)$/i
const THEMES = ['framework', 'delivery', 'commercial', 'gdpr', 'liability', 'termination', 'general', 'art28']

/** The message for files over the bounds (the server says the same and refuses them too), or undefined. */
export function uploadProblem(files: readonly File[], limits: Limits): string | undefined {
  if (files.length === 0) return t('review.none')
  if (files.length > limits.files) return t('review.tooMany', { count: files.length, max: limits.files })
  const big = files.find((f) => f.size > limits.fileBytes)
  if (big) return t('review.tooBig', { name: big.name, size: formatBytes(big.size), max: formatBytes(limits.fileBytes) })
  const odd = files.find((f) => !ACCEPTED.test(f.name))
  if (odd) return t('review.unsupported', { name: odd.name })
  return undefined
}

/** Sets up the Review tab. */
export function initReview(limits: Limits): void {
  const zone = byId('dropzone')
  const input = byId<HTMLInputElement>('review-files')
  const withInput = byId<HTMLInputElement>('review-with')
  const list = byId('review-list')
  const status = byId('review-status')
  const progress = byId<HTMLProgressElement>('review-progress')
  const findings = byId('review-findings')
  const report = byId<HTMLIFrameElement>('review-report')
  const actions = byId('review-actions')
  const langSelect = byId<HTMLSelectElement>('review-lang')
  handleFrameLinks(report)
  let files: File[] = []
  let terms: File[] = []
  let results: ReviewedFile[] = []
  let selected = -1

  const setStatus = (text: string, kind: 'ok' | 'bad' | 'busy') => {
    status.textContent = text
    status.className = `status ${kind}`
  }

  async function review(chosen: File[]): Promise<void> {
    const problem = uploadProblem(chosen, { ...limits, files: limits.files - terms.length })
    if (problem) return setStatus(problem, 'bad')
    if (results.length > 0 && !window.confirm(t('review.confirmReplace'))) return
    files = chosen
    results = []
    selected = -1
    render()
    progress.max = chosen.length
    progress.value = 0
    // One file: no count to show, the bar says "in progress" (indeterminate).
    if (chosen.length === 1) progress.removeAttribute('value')
    progress.hidden = false
    setStatus(t('review.reviewing', { done: 0, total: chosen.length }), 'busy')
    // One request per file: the pool reviews them side by side, and the page counts them as they come.
    const answers = await Promise.all(chosen.map(async (f, i) => {
      const form = new FormData()
      form.append('files', f, f.name)
      for (const w of terms) form.append('with', w, w.name)
      form.append('lang', langSelect.value)
      form.append('ui', lang())
      let r: ReviewedFile
      try {
        r = (await postForm<{ files: ReviewedFile[] }>('/api/review', form)).files[0] ?? { name: f.name, error: '?' }
      } catch (e) {
        r = { name: f.name, error: messageOf(e) }
      }
      progress.value += 1
      setStatus(t('review.reviewing', { done: progress.value, total: chosen.length }), 'busy')
      if (selected < 0 && !r.error) selected = i
      results[i] = r
      return r
    }))
    results = answers
    progress.hidden = true
    const readable = results.filter((r) => !r.error).length
    setStatus(t('review.done', { ok: count('count.document', readable), total: results.length }), readable === results.length ? 'ok' : 'bad')
    select(results.findIndex((r) => !r.error))
  }

  function summary(r: ReviewedFile): string {
    const c = r.counts
    const ocr = r.ocr ? ` · ${t('review.ocr', { pages: r.ocr })}` : ''
    return r.error ?? (c ? `${t('review.summary', { blocking: count('count.blocking', c.errors), attention: count('count.attention', c.warnings), present: c.present, total: c.total })}${ocr}` : '')
  }

  function render(): void {
    fill(list, results.map((r, j) =>
      h('li', { class: [j === selected ? 'active' : '', r.error ? 'unreadable' : r.counts && r.counts.errors > 0 ? 'has-errors' : 'clean'].join(' ') }, [
        h('button', { type: 'button', 'aria-pressed': String(j === selected), disabled: Boolean(r.error), onclick: () => select(j) }, [h('strong', {}, [r.name]), h('span', { class: 'summary' }, [summary(r)])]),
      ]),
    ))
    const r = results[selected]
    renderFindings(r)
    if (r?.html) showInFrame(report, r.html)
    report.hidden = !r?.html
    byId('review-report-title').hidden = !r?.html
    renderActions(r)
  }

  function select(i: number): void {
    selected = i
    render()
  }

  function renderFindings(r: ReviewedFile | undefined): void {
    if (!r || r.error || !r.findings) return fill(findings, [])
    const groups = (['error', 'warning'] as const).map((severity) => {
      const mine = r.findings!.filter((f) => f.severity === severity)
      if (mine.length === 0) return null
      const themes = THEMES.filter((th) => mine.some((f) => f.theme === th))
      return h('section', { class: `severity severity-${severity}` }, [
        h('h3', {}, [`${t(`severity.${severity}`)} (${mine.length})`]),
        ...themes.map((th) => h('section', { class: 'theme-group' }, [h('h4', {}, [t(`theme.${th}`)]), h('ul', { class: 'finding-list' }, mine.filter((f) => f.theme === th).map(findingItem))])),
      ])
    })
    fill(findings, [
      h('h2', { id: 'review-findings-title' }, [`${t('review.findings')} — ${r.name}`]),
      r.with?.length ? h('p', { class: 'muted' }, [t('review.withChosen', { names: r.with.join(', ') })]) : null,
      ...(r.findings.length ? groups : [h('p', {}, [t('review.noFinding')])]),
    ])
  }

  function findingItem(f: FindingView): HTMLElement {
    return h('li', { class: 'finding-item' }, [
      h('p', { class: 'finding-title' }, [h('strong', {}, [f.title]), f.where ? h('span', { class: 'muted' }, [` · ${f.where}`]) : null]),
      h('p', {}, [f.message]),
      f.sources.length ? h('p', { class: 'muted small' }, [`${t('review.sources')} : ${f.sources.join(' ; ')}`]) : null,
      f.ask ? h('details', { class: 'ask' }, [h('summary', {}, [t('review.askFor')]), h('blockquote', {}, f.ask.split(/\n{2,}/).map((p) => h('p', {}, [p])))]) : null,
    ])
  }

  function renderActions(r: ReviewedFile | undefined): void {
    const file = files[selected]
    const save = (format: string, what: File[]) => async () => {
      const form = new FormData()
      for (const f of what) form.append('files', f, f.name)
      for (const w of terms) form.append('with', w, w.name)
      form.append('format', format)
      form.append('lang', langSelect.value)
      form.append('ui', lang())
      setStatus(t('review.preparing'), 'busy')
      try {
        setStatus(t('review.downloaded', { name: await download('/api/review/export', form, `revue.${format}`) }), 'ok')
      } catch (e) {
        setStatus(messageOf(e), 'bad')
      }
    }
    const readable = files.filter((_, j) => results[j] && !results[j]!.error)
    fill(actions, [
      r && file && !r.error ? h('div', { class: 'group', role: 'group', 'aria-label': t('review.downloadsFor', { name: r.name }) }, [
        h('span', { class: 'muted' }, [t('review.downloadsFor', { name: r.name })]),
        h('button', { type: 'button', onclick: save('addendum', [file]), disabled: !r.missing, class: 'primary' }, [r.missing ? t('review.addendum', { count: r.missing }) : t('review.addendumNone')]),
        h('button', { type: 'button', onclick: save('docx', [file]) }, [t('review.annotated')]),
        h('button', { type: 'button', onclick: save('html', [file]) }, [t('review.html')]),
        h('button', { type: 'button', onclick: save('json', [file]) }, [t('review.json')]),
      ]) : null,
      readable.length > 1 ? h('div', { class: 'group', role: 'group', 'aria-label': t('review.downloadsAll', { count: readable.length }) }, [
        h('span', { class: 'muted' }, [t('review.downloadsAll', { count: readable.length })]),
        h('button', { type: 'button', onclick: save('html', readable) }, [t('review.html')]),
        h('button', { type: 'button', onclick: save('json', readable) }, [t('review.json')]),
      ]) : null,
    ])
  }

  input.addEventListener('change', () => {
    const chosen = [...(input.files ?? [])]
    input.value = ''
    void review(chosen)
  })
  byId('review-with-button').addEventListener('click', () => withInput.click())
  withInput.addEventListener('change', () => {
    terms = [...(withInput.files ?? [])]
    byId('review-with-names').textContent = terms.length ? t('review.withChosen', { names: terms.map((f) => f.name).join(', ') }) : ''
  })
  zone.addEventListener('dragover', (e) => {
    e.preventDefault()
    zone.classList.add('over')
  })
  zone.addEventListener('dragleave', () => zone.classList.remove('over'))
  zone.addEventListener('drop', (e) => {
    e.preventDefault()
    zone.classList.remove('over')
    void review([...(e.dataTransfer?.files ?? [])])
  })
  const limitsText = () => (byId('review-limits').textContent = t('review.limits', { files: limits.files, size: formatBytes(limits.fileBytes) }))
  limitsText()
  onLangChange(() => {
    limitsText()
    render()
  })
}
