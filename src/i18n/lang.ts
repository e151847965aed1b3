/** The interface languages and a text in both of them. */

/** The interface languages, French first (the users are French legal teams). */
export const UI_LANGS = ['fr', 'en'] as const
/** One of UI_LANGS. */
export type UiLang = (typeof UI_LANGS)[number]

/** A text in both interface languages. */
export type Text = Readonly<Record<UiLang, string>>

/** Fills `{name}` placeholders; a missing parameter stays visible as `{name}` (never silently empty). */
export function format(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
