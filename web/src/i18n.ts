/**
 * The interface's language in the page: French or English, from the browser's language the first
 * time, then as chosen (remembered in this browser). The words come from the server's one
 * catalogue (src/i18n, `GET /api/i18n`); static elements of index.html carry `data-i18n` keys.
 */
import type { JsonSchema } from './types.js'

/** An interface language. */
export type Lang = 'fr' | 'en'
type Text = Record<Lang, string>
interface FieldText {
  label: Text
  help?: Text
  unit?: Text
}
interface Catalogue {
  messages: Record<string, Text>
  fields: Record<string, FieldText>
  enums: Record<string, Record<string, Text>>
}

const KEY = 'clausier.lang'
let catalogue: Catalogue = { messages: {}, fields: {}, enums: {} }
let current: Lang = 'fr'
const listeners: Array<() => void> = []

/** Loads the catalogue and settles the language (stored choice, else the browser's). */
export async function initI18n(): Promise<void> {
  const response = await fetch('/api/i18n', { credentials: 'same-origin' })
  catalogue = (await response.json()) as Catalogue
  const stored = localStorage.getItem(KEY)
  current = stored === 'fr' || stored === 'en' ? stored : (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('fr')) ? 'fr' : navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr'
  applyStatic()
}

/** The interface's language. */
export function lang(): Lang {
  return current
}

/** Switches the language, remembers it, and redraws what depends on it. */
export function setLang(next: Lang): void {
  if (next === current) return
  current = next
  localStorage.setItem(KEY, next)
  applyStatic()
  for (const f of listeners) f()
}

/** Calls `f` after every change of language. */
export function onLangChange(f: () => void): void {
  listeners.push(f)
}

/** A message of the catalogue, `{name}` placeholders filled; an unknown key shows as itself. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const text = catalogue.messages[key]?.[current] ?? key
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

function fieldKeys(path: string): string[] {
  const generic = path.split('.').map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.')
  return [generic, generic.replace(/^(buyer|generator)(?=\.)/, 'party')]
}

/** A count with its noun in the right number: « 1 point bloquant », « 0 point bloquant » (French singular for 0 and 1), "0 blocking issues". */
export function count(key: string, n: number): string {
  const one = current === 'fr' ? n <= 1 : n === 1
  return t(`${key}.${one ? 'one' : 'many'}`, { n: n.toLocaleString(current === 'fr' ? 'fr-FR' : 'en-GB') })
}

/** The label, help and unit of a deal field in the interface's language (help falls back on the schema's description). */
export function field(path: string, schema?: JsonSchema): { label: string; help?: string; unit?: string } {
  const words = fieldKeys(path).map((k) => catalogue.fields[k]).find(Boolean)
  const last = path.split('.').pop() ?? path
  const help = words?.help?.[current] ?? (current === 'en' ? schema?.description : undefined)
  return { label: words?.label[current] ?? last, ...(help ? { help } : {}), ...(words?.unit ? { unit: words.unit[current] } : {}) }
}

/** The label of a value of a list field. */
export function enumLabel(path: string, value: string | number): string {
  for (const k of fieldKeys(path)) {
    const text = catalogue.enums[k]?.[String(value)]
    if (text) return text[current]
  }
  return String(value)
}

/** Translates the page's static elements: text (`data-i18n`), `aria-label` (`data-i18n-label`), `title`, `placeholder`; sets `lang`. */
export function applyStatic(): void {
  document.documentElement.lang = current
  document.title = t('app.title')
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!)
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel!))
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.setAttribute('title', t(el.dataset.i18nTitle!))
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder!))
}
