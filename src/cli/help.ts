/**
 * The words of `--help` in the run's language, from the help catalogue (src/i18n/help.ts), which is
 * loaded only when help is shown: a run first builds the command tree without descriptions
 * (HELP_PENDING); when commander then formats help, HelpWanted is thrown and `run` loads the
 * catalogue, builds the tree again with its words and parses again. Commander shows help before it
 * calls any action, so nothing has run twice. `clausier review file.md` never loads the catalogue.
 */
import { Help, type Argument, type Option } from 'commander'
import type { HelpKey } from '../i18n/help.js'
import type { UiLang } from '../i18n/lang.js'

/** A help description in the run's language, placeholders filled. */
export type Describe = (key: HelpKey, params?: Readonly<Record<string, string | number>>) => string

/** The descriptions of the command tree and commander's help settings (inherited by subcommands). */
export interface HelpWords {
  readonly describe: Describe
  readonly configure: Partial<Help>
}

/** Thrown when help is to be shown but the tree was built without its words. */
export class HelpWanted extends Error {
  constructor() {
    super('help wanted')
    this.name = 'HelpWanted'
  }
}

/** No descriptions yet: formatting help asks for them. */
export const HELP_PENDING: HelpWords = {
  describe: () => '',
  configure: {
    formatHelp: () => {
      throw new HelpWanted()
    },
  },
}

/** Commander's section titles, as it passes them to `styleTitle`, and their catalogue entries. */
const TITLES: Readonly<Record<string, HelpKey>> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.globalOptions',
  'Commands:': 'help.title.commands',
}

/**
 * A space that French typography keeps with its neighbour (before « : ; ? ! » and inside « »),
 * held by a placeholder that is not white space while commander wraps the text, so that a line
 * never starts with « : ».
 */
const KEEP = '\uE000'
const FRENCH_SPACE = / (?=[:;?!»])|(?<=«) /g

/** The help words of a language: loads the catalogue. */
export async function loadHelpWords(lang: UiLang): Promise<HelpWords> {
  const [{ HELP }, { format }] = await Promise.all([import('../i18n/help.js'), import('../i18n/lang.js')])
  const describe: Describe = (key, params = {}) => format(HELP[key][lang], params)
  // A value as the user types it (French), or as commander shows it (English: JSON, `"error"`).
  const value = (v: unknown): string => {
    if (lang === 'en') return JSON.stringify(v)
    if (Array.isArray(v)) return v.length === 0 ? describe('help.none') : v.map(String).join(', ')
    return String(v)
  }
  /** Commander's notes after a description (choices, default, preset, environment variable), in the run's language. */
  const withNotes = (description: string, notes: string[]): string => {
    if (notes.length === 0) return description
    const said = `(${notes.join(', ')})`
    return description ? `${description} ${said}` : said
  }
  const choices = (c: readonly string[] | undefined): string[] => (c ? [describe('help.choices', { values: c.map(value).join(', ') })] : [])
  const configure: Partial<Help> = {
    styleTitle: (title: string) => {
      const key = TITLES[title]
      return key === undefined ? title : describe(key)
    },
    // Commander's `[command]` placeholder in a usage line, in the run's language.
    styleUsage(this: Help, usage: string): string {
      const command = describe('help.commandArgument')
      return Help.prototype.styleUsage.call(this, usage.split(' ').map((word) => (word === '[command]' ? command : word)).join(' '))
    },
    // The same notes as commander's Help.optionDescription, in the run's language.
    optionDescription: (option: Option) => {
      const notes = choices(option.argChoices)
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')
      if (option.defaultValue !== undefined && showDefault) notes.push(describe('help.default', { value: option.defaultValueDescription || value(option.defaultValue) }))
      if (option.presetArg !== undefined && option.optional) notes.push(describe('help.preset', { value: value(option.presetArg) }))
      if (option.envVar !== undefined) notes.push(describe('help.env', { name: option.envVar }))
      return withNotes(option.description, notes)
    },
    argumentDescription: (argument: Argument) => {
      const notes = choices(argument.argChoices)
      if (argument.defaultValue !== undefined) notes.push(describe('help.default', { value: argument.defaultValueDescription || value(argument.defaultValue) }))
      return withNotes(argument.description, notes)
    },
    ...(lang === 'fr'
      ? {
          boxWrap(this: Help, text: string, width: number): string {
            return Help.prototype.boxWrap.call(this, text.replace(FRENCH_SPACE, KEEP), width).replaceAll(KEEP, ' ')
          },
        }
      : {}),
  }
  return { describe, configure }
}
