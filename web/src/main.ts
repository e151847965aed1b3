/** The page: three tabs (Draft, Review, Audit) over one local server. */
import { getJson, messageOf } from './api.js'
import { initAudit } from './audit.js'
import { byId } from './dom.js'
import { initDraft } from './draft.js'
import { initReview } from './review.js'
import type { Config } from './types.js'

const TABS = ['draft', 'review', 'audit'] as const

function show(tab: string): void {
  const id = (TABS as readonly string[]).includes(tab) ? tab : 'draft'
  for (const t of TABS) {
    byId(t).hidden = t !== id
    byId(`tab-${t}`).setAttribute('aria-selected', String(t === id))
  }
  document.dispatchEvent(new CustomEvent('clausier:tab', { detail: id }))
}

async function main(): Promise<void> {
  for (const t of TABS) byId(`tab-${t}`).addEventListener('click', () => {
    history.replaceState(null, '', `#${t}`)
    show(t)
  })
  try {
    const config = await getJson<Config>('/api/config')
    initReview(config.limits)
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
