/**
 * The library's vocabulary: languages, channels, roles, phone regimes, deal options. Plain
 * constants (no zod), so that code needing only these does not load the schema library.
 */
export const LANGS = ['en', 'fr'] as const
export type Lang = (typeof LANGS)[number]

export const CHANNELS = ['email', 'sms', 'phone', 'postal'] as const
export type Channel = (typeof CHANNELS)[number]

export const ROLES = ['processor', 'joint', 'independent'] as const
export type Role = (typeof ROLES)[number]

export const PHONE_REGIMES = ['opt-in', 'bloctel'] as const
export type PhoneRegime = (typeof PHONE_REGIMES)[number]

/** Deal options that switch optional clauses on (never assumed by the reviewer). */
export const OPTIONS = ['penalties', 'reporting', 'assignment', 'forceMajeure'] as const
export type OptionName = (typeof OPTIONS)[number]
