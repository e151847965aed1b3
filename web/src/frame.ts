/**
 * The contract preview and the review report are self-contained pages shown in frames that may not
 * run scripts (`sandbox="allow-same-origin"`, and the app's CSP forbids inline scripts anyway).
 * Their links would otherwise navigate the frame to the app's own URL, which refuses framing: a
 * broken page. This module takes the links over from the page: a link inside the document
 * (`#…`) scrolls the frame to its target and moves the focus there; a web link opens in a new tab,
 * without access back to the app (`noopener`); anything else is ignored.
 */

/** Shows a self-contained HTML page in the frame, with its links handled as above. */
export function showInFrame(frame: HTMLIFrameElement, html: string): void {
  frame.srcdoc = html
}

/** Installs the link handling on the frame (once; it applies to every page shown in it). */
export function handleFrameLinks(frame: HTMLIFrameElement): void {
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument
    if (!doc) return
    if (doc.documentElement.lang === '') doc.documentElement.lang = document.documentElement.lang
    doc.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!link) return
      event.preventDefault()
      const href = link.getAttribute('href') ?? ''
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1))
        const target = doc.getElementById(id) ?? doc.getElementsByName(id)[0]
        if (!target) return
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
        target.scrollIntoView({ block: 'start' })
        ;(target as HTMLElement).focus({ preventScroll: true })
        return
      }
      let url: URL
      try {
        url = new URL(href)
      } catch {
        return
      }
      if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:') window.open(url.href, '_blank', 'noopener,noreferrer')
    })
  })
}
