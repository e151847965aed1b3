/**
 * `--help` speaks the CLI's language: English exactly as before translation (the help of the
 * program and of every command, kept in tests/fixtures/cli-help/en.txt, written by commander 14
 * from the English descriptions before they moved to the catalogue), and French throughout: every
 * title and description of every help screen is a French entry of the help catalogue.
 * The catalogue is loaded only when help is shown: the bundle's review path does not import it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/index.js'
import { memoryIo } from '../../src/cli/io.js'
import { HELP, type HelpKey } from '../../src/i18n/help.js'
import { ROOT, tempDir } from '../helpers.js'

type Lang = 'fr' | 'en'

/** The help screens of the English fixture: the command line (after `clausier`) and its output. */
const EN_HELP: ReadonlyArray<readonly [string, string]> = readFileSync(join(ROOT, 'tests/fixtures/cli-help/en.txt'), 'utf8')
  .split(/^=== clausier ?(.*)\n/m)
  .slice(1)
  .reduce<Array<[string, string]>>((pairs, part, i, parts) => (i % 2 === 0 ? [...pairs, [part, parts[i + 1]!]] : pairs), [])

async function help(args: string, lang: Lang): Promise<{ code: number; text: string }> {
  const io = memoryIo(tempDir())
  io.lang = lang
  const code = await run(args === '' ? [] : args.split(' '), io)
  return { code, text: io.out + io.err }
}

/** A catalogue entry as a pattern: its `{name}` placeholders match any text. */
function pattern(text: string): string {
  return text
    .split(/\{\w+\}/)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+')
}

/** Every description a help screen may show in `lang`, with commander's notes (default, choices…) after it. */
function descriptionPattern(lang: Lang): RegExp {
  const entries = (Object.keys(HELP) as HelpKey[]).filter((k) => !k.startsWith('help.title.') && k !== 'help.build.batch')
  const notes = (['help.default', 'help.choices', 'help.preset', 'help.env'] as const).map((k) => pattern(HELP[k][lang])).join('|')
  return new RegExp(`^(?:${entries.map((k) => pattern(HELP[k][lang])).join('|')})(?: \\((?:${notes})(?:, (?:${notes}))*\\))?$`)
}

/**
 * A help screen cut into what a user reads: the usage line's title, the section titles, the
 * command's description and each item's description (wrapped lines joined), and the text after.
 */
function parse(text: string, after: string): { usageTitle: string; titles: string[]; descriptions: string[] } {
  expect(text.endsWith(`${after}\n`), 'the text after the options').toBe(true)
  const lines = text.slice(0, text.length - after.length - 1).split('\n')
  const usage = /^(.*?) clausier(?: |$)/.exec(lines[0]!)
  expect(usage, lines[0]).not.toBeNull()
  const titles: string[] = []
  const descriptions: string[] = []
  let i = 2
  const paragraph: string[] = []
  while (i < lines.length && lines[i] !== '' && !/^\S.*:$/.test(lines[i]!)) paragraph.push(lines[i++]!)
  if (paragraph.length > 0) descriptions.push(paragraph.join(' '))
  for (; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    if (/^\S/.test(line)) titles.push(line)
    else if (/^ {2}\S.*? {2,}\S/.test(line)) descriptions.push(line.replace(/^ {2}\S.*? {2,}/, ''))
    else if (/^ {4,}\S/.test(line)) descriptions[descriptions.length - 1] += ` ${line.trim()}`
    else throw new Error(`an item without a description: ${JSON.stringify(line)}`)
  }
  return { usageTitle: usage![1]!, titles, descriptions }
}

describe('clausier --help', () => {
  // Commander wraps help to the terminal's width; these screens are the 80 columns of a pipe.
  const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY')
  beforeAll(() => Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true }))
  afterAll(() => (tty ? Object.defineProperty(process.stdout, 'isTTY', tty) : delete (process.stdout as { isTTY?: boolean }).isTTY))

  it('covers the program, every command and every subcommand', () => {
    expect(EN_HELP.length).toBe(25)
    expect(EN_HELP.map(([args]) => args)).toEqual(expect.arrayContaining(['--help', '', 'review --help', 'journal add --help', 'audit score --help', 'clauses help show']))
  })

  it('is in English exactly as before the catalogue', async () => {
    for (const [args, expected] of EN_HELP) {
      const { code, text } = await help(args, 'en')
      expect(code, args).toBe(0)
      expect(text, args).toBe(expected)
    }
  })

  for (const lang of ['fr', 'en'] as const) {
    it(`is all in ${lang === 'fr' ? 'French' : 'English'}: every title and description is a ${lang} entry of the help catalogue`, async () => {
      const known = descriptionPattern(lang)
      const titles = new Set((Object.keys(HELP) as HelpKey[]).filter((k) => k.startsWith('help.title.')).map((k) => HELP[k][lang]))
      let described = 0
      for (const [args] of EN_HELP) {
        const { code, text } = await help(args, lang)
        expect(code, args).toBe(0)
        const after = args.startsWith('build') ? HELP['help.build.batch'][lang] : ''
        const screen = parse(text, after)
        expect(screen.usageTitle, args).toBe(HELP['help.title.usage'][lang])
        for (const title of screen.titles) expect(titles.has(title), `${args}: title ${title}`).toBe(true)
        for (const d of screen.descriptions) expect(d, args).toMatch(known)
        described += screen.descriptions.length
      }
      expect(described).toBeGreaterThan(150)
    })
  }

  it('reads as French help should, option values and flags as typed', async () => {
    const review = (await help('review --help', 'fr')).text
    expect(review).toContain('Utilisation : clausier review [options] [files...]\n')
    expect(review).toContain('\nOptions :\n')
    expect(review).toContain('  -h, --help                  affiche l’aide de la commande\n')
    expect(review).toContain('  --fail-on <level>           code de sortie 1 dès qu’un point relevé atteint ou\n                              dépasse ce niveau : error, warning ou never (par\n                              défaut : error)\n')
    expect(review).toContain('  --ocr-max-pages <n>         nombre maximal de pages lues par OCR dans un\n                              document (par défaut : 30)\n')
    const program = (await help('--help', 'fr')).text
    expect(program.startsWith('Utilisation : clausier [options] [commande]\n')).toBe(true)
    expect(program).toContain('  -V, --version                      affiche le numéro de version\n')
    expect(program).toContain('\nCommandes :\n')
    expect(program).toContain('  help [commande]                    affiche l’aide de la commande indiquée\n')
    expect((await help('journal list --help', 'fr')).text).toContain('  --format <format>   table ou json (par défaut : table)\n')
    expect((await help('build --help', 'fr')).text).toContain('\nMode lot (un seul processus, plusieurs deals) :\n')
    // No English left: none of commander's words, none of the English descriptions.
    for (const [args] of EN_HELP) {
      const { text } = await help(args, 'fr')
      expect(text, args).not.toMatch(/Usage:|Options:|Commands:|display help|output the version|\(default: |\[command\]/)
    }
  })

  it('never starts a wrapped French line with a colon or a semicolon', async () => {
    for (const [args] of EN_HELP) expect((await help(args, 'fr')).text, args).not.toMatch(/\n *[:;?!»]/)
  })

  it('follows --lang like the other messages', async () => {
    const io = memoryIo(tempDir())
    expect(await run(['review', '--help', '--lang', 'fr'], io)).toBe(0)
    expect(io.out.startsWith('Utilisation : clausier review')).toBe(true)
  })

  const bin = join(ROOT, 'dist/bundle/index.js')
  it.skipIf(!existsSync(bin))('follows CLAUSIER_LANG, then the locale, in the bundled CLI', () => {
    const first = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, 'audit', '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', CLAUSIER_LANG: '', ...env } }).stdout.split('\n')[0]
    expect(first({ LANG: 'fr_FR.UTF-8' })).toBe('Utilisation : clausier audit [options] [commande]')
    expect(first({ LANG: 'fr_FR.UTF-8', CLAUSIER_LANG: 'en' })).toBe('Usage: clausier audit [options] [command]')
    expect(first({ LANG: 'C.UTF-8', CLAUSIER_LANG: 'fr' })).toBe('Utilisation : clausier audit [options] [commande]')
  })
})

describe('the help catalogue', () => {
  it('has both languages for every entry, with the same placeholders, and French that is not the English', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of Object.entries(HELP)) {
      expect(text.fr, key).not.toBe('')
      expect(text.en, key).not.toBe('')
      expect(text.fr, key).not.toBe(text.en)
      expect(names(text.fr), key).toEqual(names(text.en))
    }
  })

  it('puts a space before French double punctuation and uses the typographic apostrophe', () => {
    for (const [key, { fr }] of Object.entries(HELP)) {
      expect(fr, key).not.toMatch(/\S[:;?!](?:\s|$)/)
      expect(fr, key).not.toMatch(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/)
    }
  })

  const bundle = join(ROOT, 'dist/bundle')
  it.skipIf(!existsSync(join(bundle, 'index.js')))('is not loaded by the bundle on the way to a review', () => {
    const staticImports = (file: string): string[] => [...readFileSync(join(bundle, file), 'utf8').matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)"/gm)].map((m) => m[1]!)
    const closure = (start: string[]): Set<string> => {
      const seen = new Set<string>()
      const todo = [...start]
      while (todo.length > 0) {
        const file = todo.pop()!
        if (seen.has(file)) continue
        seen.add(file)
        todo.push(...staticImports(file))
      }
      return seen
    }
    const entry = readFileSync(join(bundle, 'index.js'), 'utf8')
    const reviewChunk = /import\("\.\/(review-[^"]+\.js)"\)/.exec(entry)?.[1]
    expect(reviewChunk).toBeDefined()
    const loaded = closure(['index.js', reviewChunk!])
    const helpChunks = [...loaded].filter((f) => readFileSync(join(bundle, f), 'utf8').includes(HELP['help.title.usage'].fr))
    expect(loaded.size).toBeGreaterThan(2)
    expect(helpChunks).toEqual([])
    expect(/import\("\.\/(help-[^"]+\.js)"\)/.test(entry)).toBe(true)
  })
})
