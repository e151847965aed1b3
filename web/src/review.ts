/**
 * The Review tab: drop or choose quotes, purchase orders and contracts; each is reviewed by the
 * server and listed with its summary; the chosen one is shown as the HTML report (document with the
 * evidence highlighted, findings beside it with their legal source, the text to ask for). The files
 * stay in the page, so the downloads (annotated DOCX, addendum, HTML/JSON report) send them again.
 */
import { download, formatBytes, messageOf, postForm } from './api.js'
import { byId, fill, h } from './dom.js'
import type { Limits, ReviewedFile } from './types.js'

const ACCEPTED = /\.(md|markdown|txt|docx|pdf|html?)$/i

/** The message for files over the bounds (the server says the same and refuses them too), or undefined. */
export function uploadProblem(files: readonly File[], limits: Limits): string | undefined {
  if (files.length === 0) return 'no file chosen'
  if (files.length > limits.files) return `too many files: ${files.length}, at most ${limits.files} at a time`
  const big = files.find((f) => f.size > limits.fileBytes)
  if (big) return `${big.name}: ${formatBytes(big.size)} is over the limit of ${formatBytes(limits.fileBytes)} per file`
  const odd = files.find((f) => !ACCEPTED.test(f.name))
  if (odd) return `${odd.name}: unsupported file type: use .md, .txt, .docx, .pdf or .html`
  return undefined
}

/** Sets up the Review tab. */
export function initReview(limits: Limits): void {
  const zone = byId('dropzone')
  const input = byId<HTMLInputElement>('review-files')
  const list = byId('review-list')
  const status = byId('review-status')
  const report = byId<HTMLIFrameElement>('review-report')
  const actions = byId('review-actions')
  const lang = byId<HTMLSelectElement>('review-lang')
  let files: File[] = []
  let results: ReviewedFile[] = []
  let selected = -1

  const setStatus = (text: string, kind: 'ok' | 'bad' | 'busy') => {
    status.textContent = text
    status.className = `status ${kind}`
  }

  async function review(chosen: File[]): Promise<void> {
    const problem = uploadProblem(chosen, limits)
    if (problem) return setStatus(problem, 'bad')
    setStatus(`Reviewing ${chosen.length} file${chosen.length === 1 ? '' : 's'}…`, 'busy')
    const form = new FormData()
    for (const f of chosen) form.append('files', f, f.name)
    form.append('lang', lang.value)
    try {
      const answer = await postForm<{ files: ReviewedFile[] }>('/api/review', form)
      files = chosen
      results = answer.files
      const readable = results.filter((r) => !r.error).length
      setStatus(`${readable} of ${results.length} file${results.length === 1 ? '' : 's'} reviewed`, readable === results.length ? 'ok' : 'bad')
      select(results.findIndex((r) => !r.error))
    } catch (e) {
      setStatus(messageOf(e), 'bad')
    }
  }

  function select(i: number): void {
    selected = i
    fill(list, results.map((r, j) => {
      const c = r.counts
      const line = r.error ?? (c ? `${r.kind ?? ''} · ${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'} · ${c.present}/${c.total} clauses present${r.ocr ? ` · read by OCR (${r.ocr})` : ''}` : '')
      return h('li', { class: [j === selected ? 'active' : '', r.error ? 'unreadable' : c && c.errors > 0 ? 'has-errors' : 'clean'].join(' ') }, [
        h('button', { type: 'button', disabled: Boolean(r.error), onclick: () => select(j) }, [h('strong', {}, [r.name]), h('span', { class: 'summary' }, [line])]),
      ])
    }))
    const r = results[i]
    report.srcdoc = r?.html ?? ''
    report.hidden = !r?.html
    renderActions(r)
  }

  function renderActions(r: ReviewedFile | undefined): void {
    const file = files[selected]
    const save = (format: string, what: File[]) => async () => {
      const form = new FormData()
      for (const f of what) form.append('files', f, f.name)
      form.append('format', format)
      form.append('lang', lang.value)
      setStatus('Preparing the download…', 'busy')
      try {
        setStatus(`Downloaded ${await download('/api/review/export', form, `review.${format}`)}`, 'ok')
      } catch (e) {
        setStatus(messageOf(e), 'bad')
      }
    }
    const readable = files.filter((_, j) => !results[j]?.error)
    fill(actions, [
      r && file && !r.error ? h('span', { class: 'group' }, [
        h('span', { class: 'muted' }, [`${r.name}: `]),
        h('button', { type: 'button', onclick: save('docx', [file]) }, ['Annotated DOCX']),
        h('button', { type: 'button', onclick: save('addendum', [file]), disabled: !r.missing, title: r.missing ? `Special terms adding the ${r.missing} missing essential clause(s)` : 'Every essential clause is there' }, [`Addendum (${r.missing ?? 0} clauses)`]),
        h('button', { type: 'button', onclick: save('html', [file]) }, ['HTML report']),
        h('button', { type: 'button', onclick: save('json', [file]) }, ['JSON report']),
      ]) : null,
      readable.length > 1 ? h('span', { class: 'group' }, [
        h('span', { class: 'muted' }, [`All ${readable.length} files: `]),
        h('button', { type: 'button', onclick: save('html', readable) }, ['HTML report']),
        h('button', { type: 'button', onclick: save('json', readable) }, ['JSON report']),
      ]) : null,
    ])
  }

  input.addEventListener('change', () => {
    const chosen = [...(input.files ?? [])]
    input.value = ''
    void review(chosen)
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
  byId('review-limits').textContent = `Up to ${limits.files} files of ${formatBytes(limits.fileBytes)} each: .md, .txt, .docx, .pdf (with a text layer), .html. Files stay on this computer.`
}
