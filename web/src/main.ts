/** The page: three tools in tabs (Draft, Review, Audit) over one local server, in French or English. */
import { getJson, messageOf } from './api.js'
import { initAudit } from './audit.js'
import { byId } from './dom.js'
import { initDraft } from './draft.js'
import { initI18n, lang, setLang, type Lang } from './i18n.js'
import { initCompare } from './compare.js'
import { initReview } from './review.js'
import type { Config } from './types.js'

const TABS = ['draft', 'review', 'audit'] as const

function show(tab: string, focus = false): void {
  const id = (TABS as readonly string[]).includes(tab) ? tab : 'draft'
  for (const t of TABS) {
    byId(t).hidden = t !== id
    const button = byId(`tab-${t}`)
    button.setAttribute('aria-selected', String(t === id))
    button.tabIndex = t === id ? 0 : -1
  }
  if (focus) byId(`tab-${id}`).focus()
  document.dispatchEvent(new CustomEvent('clausier:tab', { detail: id }))
}

function initTabs(): void {
  for (const [i, t] of TABS.entries()) {
    const button = byId(`tab-${t}`)
    button.addEventListener('click', () => {
      history.replaceState(null, '', `#${t}`)
      show(t)
    })
    // Arrow keys move between tabs (WAI-ARIA tabs pattern); Home and End go to the first and last.
    button.addEventListener('keydown', (e) => {
      const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : undefined
      if (next === undefined) return
      e.preventDefault()
      const target = TABS[(next + TABS.length) % TABS.length]!
      history.replaceState(null, '', `#${target}`)
      show(target, true)
    })
  }
}

function initLanguageSwitch(): void {
  const select = byId<HTMLSelectElement>('ui-lang')
  select.value = lang()
  select.addEventListener('change', () => setLang(select.value as Lang))
}

async function main(): Promise<void> {
  try {
    await initI18n()
    initTabs()
    initLanguageSwitch()
    const config = await getJson<Config>('/api/config')
    initReview(config.limits)
    initCompare(config.limits)
    initAudit()
    await initDraft()
  } catch (e) {
    const banner = byId('fatal')
    banner.textContent = messageOf(e)
    banner.hidden = false
  }
  show(location.hash.slice(1))
  document.body.dataset.ready = 'true'
}

void main()
