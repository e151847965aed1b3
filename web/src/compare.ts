/**
 * The Review tab's compare mode: our draft (the document we sent) and their version (sent back,
 * possibly with tracked changes) go to the server's worker pool, which answers what they changed,
 * clause by clause — removed, added, modified (word diff), moved — and every weakened term with
 * before → after, most serious first. The two files stay in the page, so the downloads (HTML
 * report, JSON, their DOCX with Word comments) send them again.
 */
import { download, messageOf, postForm } from './api.js'
import { byId, fill, h } from './dom.js'
import { handleFrameLinks, showInFrame } from './frame.js'
import { count, lang, onLangChange, t } from './i18n.js'
import { uploadProblem } from './review.js'
import type { ComparisonView, Limits } from './types.js'

type ChangeView = ComparisonView['changes'][number]

/** Sets up the switch between reviewing documents and comparing their version with our draft. */
export function initCompare(limits: Limits): void {
  const oursInput = byId<HTMLInputElement>('compare-ours')
  const theirsInput = byId<HTMLInputElement>('compare-theirs')
  const status = byId('compare-status')
  const result = byId('compare-result')
  const actions = byId('compare-actions')
  const report = byId<HTMLIFrameElement>('compare-report')
  const langSelect = byId<HTMLSelectElement>('review-lang')
  handleFrameLinks(report)
  let pair: [File, File] | undefined
  let view: ComparisonView | undefined

  const modes = () => {
    const comparing = byId<HTMLInputElement>('mode-compare').checked
    byId('compare-mode').hidden = !comparing
    byId('review-mode').hidden = comparing
  }
  for (const id of ['mode-review', 'mode-compare']) byId(id).addEventListener('change', modes)
  modes()

  const setStatus = (text: string, kind: 'ok' | 'bad' | 'busy') => {
    status.textContent = text
    status.className = `status ${kind}`
  }

  const form = (files: [File, File], format: string) => {
    const body = new FormData()
    for (const f of files) body.append('files', f, f.name)
    body.append('format', format)
    body.append('lang', langSelect.value)
    body.append('ui', lang())
    return body
  }

  async function run(): Promise<void> {
    const ours = oursInput.files?.[0]
    const theirs = theirsInput.files?.[0]
    if (!ours || !theirs) return setStatus(t('compare.needBoth'), 'bad')
    const problem = uploadProblem([ours, theirs], limits)
    if (problem) return setStatus(problem, 'bad')
    setStatus(t('compare.running'), 'busy')
    try {
      view = await postForm<ComparisonView>('/api/review/compare', form([ours, theirs], 'view'))
      pair = [ours, theirs]
      setStatus(t('compare.done', { changes: count('count.change', view.changes.length) }), view.summary.failing ? 'bad' : 'ok')
    } catch (e) {
      view = undefined
      pair = undefined
      setStatus(messageOf(e), 'bad')
    }
    render()
  }

  function render(): void {
    renderActions()
    report.hidden = !view
    byId('compare-report-title').hidden = !view
    if (!view) return fill(result, [])
    showInFrame(report, view.html)
    const s = view.summary
    fill(result, [
      h('h2', { id: 'compare-result-title' }, [`${view.theirs} ← ${view.ours}`]),
      h('p', {}, [t('compare.summary', { matched: s.matched, removed: s.removed, added: s.added, modified: s.modified, moved: s.moved, weakened: s.weakened })]),
      h('p', { class: s.failing ? 'status bad' : 'status ok' }, [t(s.failing ? 'compare.failing' : 'compare.clean')]),
      h('h3', {}, [t('compare.weakened')]),
      view.weakened.length
        ? h('ul', { class: 'finding-list' }, view.weakened.map((w) => h('li', { class: `finding-item ${w.meetsThreshold === false ? 'severity-error' : 'severity-warning'}` }, [
            h('p', { class: 'finding-title' }, [h('strong', {}, [w.label]), h('span', { class: 'muted' }, [` · ${w.clause}`])]),
            h('p', {}, [h('span', { class: 'before' }, [w.before ?? '—']), ' → ', h('strong', { class: 'after' }, [w.after ?? t('compare.gone')])]),
            w.threshold ? h('p', { class: 'muted small' }, [t(w.meetsThreshold === false ? 'compare.outside' : 'compare.within', { threshold: w.threshold })]) : null,
          ])))
        : h('p', {}, [t('compare.noWeakened')]),
      h('h3', {}, [t('compare.changes')]),
      view.changes.length ? h('ul', { class: 'finding-list' }, view.changes.map(changeItem)) : h('p', {}, [t('compare.noChange')]),
      view.findings.length ? h('h3', {}, [t('compare.findings')]) : null,
      view.findings.length ? h('ul', {}, view.findings.map((f) => h('li', {}, [f]))) : null,
    ])
  }

  function changeItem(c: ChangeView): HTMLElement {
    const tags = [c.essential ? t('compare.essential') : '', c.weakened ? t('compare.weakenedTag') : '', c.moved && c.change !== 'moved' ? t('compare.moved') : ''].filter(Boolean)
    return h('li', { class: `finding-item change-${c.change}${c.weakened ? ' severity-error' : ''}` }, [
      h('p', { class: 'finding-title' }, [h('strong', {}, [`${t(`compare.${c.change}`)} : `, c.clause]), tags.length ? h('span', { class: 'muted' }, [` · ${tags.join(' · ')}`]) : null]),
      h('p', {}, [c.message]),
      c.change === 'modified' && c.diff.length
        ? h('details', { class: 'ask' }, [
            h('summary', {}, [t('compare.diff')]),
            h('blockquote', { class: 'diff' }, c.diff.map((p) => h('p', {}, p.ops.map((o) => (o.op === 'equal' ? o.text : h(o.op === 'delete' ? 'del' : 'ins', {}, [o.text])))))),
          ])
        : null,
    ])
  }

  function renderActions(): void {
    const files = pair
    const save = (format: string) => async () => {
      if (!files) return
      setStatus(t('review.preparing'), 'busy')
      try {
        setStatus(t('review.downloaded', { name: await download('/api/review/compare', form(files, format), `comparaison.${format}`) }), 'ok')
      } catch (e) {
        setStatus(messageOf(e), 'bad')
      }
    }
    fill(actions, [
      files && view ? h('div', { class: 'group', role: 'group', 'aria-label': t('compare.downloads') }, [
        h('span', { class: 'muted' }, [t('compare.downloads')]),
        h('button', { type: 'button', class: 'primary', onclick: save('docx') }, [t('compare.docx')]),
        h('button', { type: 'button', onclick: save('html') }, [t('compare.html')]),
        h('button', { type: 'button', onclick: save('json') }, [t('compare.json')]),
      ]) : null,
    ])
  }

  byId('compare-run').addEventListener('click', () => void run())
  onLangChange(render)
}
