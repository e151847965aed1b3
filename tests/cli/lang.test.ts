/**
 * The CLI's own messages speak French or English: `--lang`, else CLAUSIER_LANG, else the locale
 * (LC_ALL, LC_MESSAGES, LANG). The same bad input gives the same one-line error, exit 2, in either.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/index.js'
import { memoryIo } from '../../src/cli/io.js'
import { langOfArgv, langOfEnv } from '../../src/cli/lang.js'
import { expectOneLineError, runReal } from '../hardening/helpers.js'
import { FR_DEAL, ROOT, tempDir } from '../helpers.js'

/** Runs the CLI in-process with its messages in `lang`. */
async function runIn(args: string[], lang: 'fr' | 'en', cwd = tempDir()) {
  const io = memoryIo(cwd)
  io.lang = lang
  const code = await run(args, io)
  return { code, out: io.out, err: io.err }
}

/** A French locale with no pin: what a French user's terminal gives. */
const FRENCH = { CLAUSIER_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8' }

describe('the language of the CLI', () => {
  it('follows CLAUSIER_LANG, then LC_ALL, LC_MESSAGES and LANG, the first one set', () => {
    expect(langOfEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr')
    expect(langOfEnv({ LANG: 'fr' })).toBe('fr')
    expect(langOfEnv({ LANG: 'fr_CA.UTF-8', LC_MESSAGES: 'C' })).toBe('en')
    expect(langOfEnv({ LANG: 'en_GB.UTF-8', LC_ALL: 'fr_BE.UTF-8' })).toBe('fr')
    expect(langOfEnv({ LANG: 'fr_FR.UTF-8', LC_ALL: '' })).toBe('fr')
    expect(langOfEnv({ LANG: 'fr_FR.UTF-8', CLAUSIER_LANG: 'en' })).toBe('en')
    expect(langOfEnv({ LANG: 'C.UTF-8', CLAUSIER_LANG: 'fr' })).toBe('fr')
    expect(langOfEnv({ LANG: 'fy_NL.UTF-8' })).toBe('en')
    expect(langOfEnv({})).toBe('en')
  })

  it('takes --lang first, the first language of a pair', () => {
    expect(langOfArgv(['review', 'x.md', '--lang', 'fr'])).toBe('fr')
    expect(langOfArgv(['build', 'd.yaml', '--lang=en'])).toBe('en')
    expect(langOfArgv(['build', 'd.yaml', '--lang', 'fr,en'])).toBe('fr')
    expect(langOfArgv(['build', 'd.yaml', '--lang', 'de'])).toBeUndefined()
    expect(langOfArgv(['review', '--', '--lang', 'fr'])).toBeUndefined()
  })
})

describe('the same bad input, in French and in English', () => {
  const cases: Array<{ name: string; args: (dir: string) => string[]; fr: string; en: string }> = [
    {
      name: 'a bad --date',
      args: (dir) => {
        writeFileSync(join(dir, 'x.md'), 'Devis n° 12\n')
        return ['review', '--date', '2026-13-45', 'x.md']
      },
      fr: '--date doit être une date AAAA-MM-JJ (et non « 2026-13-45 »)', en: '--date must be a date YYYY-MM-DD, got "2026-13-45"' },
    { name: 'an unknown option', args: () => ['review', '--bogus', 'x.md'], fr: 'option inconnue : « --bogus »', en: "unknown option '--bogus'" },
    { name: 'an unknown command, with a suggestion', args: () => ['reviw'], fr: 'commande inconnue : « reviw » (vouliez-vous dire review ?)', en: "unknown command 'reviw' (Did you mean review?)" },
    { name: 'a missing argument', args: () => ['compare', 'a.md'], fr: 'argument obligatoire manquant : « theirs »', en: "missing required argument 'theirs'" },
    { name: 'a missing deal file', args: () => ['build', 'absent.yaml'], fr: 'absent.yaml : impossible de lire le fichier du deal (ENOENT)', en: 'absent.yaml: cannot read the deal file (ENOENT)' },
    { name: 'a missing journal', args: () => ['journal', 'list', '--db', 'absent.db'], fr: 'absent.db : aucun journal ici (enregistrez d’abord un contrôle avec « clausier journal add », ou indiquez --db)', en: 'absent.db: no journal here (record a check with "clausier journal add" first, or pass --db)' },
    {
      name: 'a file that is not a journal',
      args: (dir) => {
        writeFileSync(join(dir, 'notes.db'), 'not a database')
        return ['journal', 'list', '--db', 'notes.db']
      },
      fr: 'notes.db : ce n’est pas un journal clausier (ce n’est pas une base SQLite)',
      en: 'notes.db: not a clausier journal (not an SQLite database)',
    },
    {
      name: 'a playbook naming an unknown clause',
      args: (dir) => {
        writeFileSync(join(dir, 'pb.yaml'), 'required:\n  - clause-inexistante\n')
        writeFileSync(join(dir, 'x.md'), 'Devis n° 12\n')
        return ['review', 'x.md', '--playbook', 'pb.yaml']
      },
      fr: 'pb.yaml:2:5  required.0  Clause inconnue : « clause-inexistante »',
      en: 'pb.yaml:2:5  required.0  expected a clause id, got "clause-inexistante"',
    },
    { name: 'a missing document', args: () => ['review', 'absent.md'], fr: 'absent.md : fichier ou dossier introuvable', en: 'absent.md: no such file or folder' },
    { name: 'an unknown output format', args: () => ['build', FR_DEAL, '-o', 'contrat.odt'], fr: 'impossible de déduire le format de sortie de « contrat.odt » : indiquez un nom de fichier en .docx, .pdf, .md ou .html', en: 'cannot tell the output format of "contrat.odt": use a .docx, .pdf, .md or .html file name' },
    {
      name: 'a damaged PDF (a reader error)',
      args: (dir) => {
        writeFileSync(join(dir, 'devis.pdf'), 'not a pdf at all')
        return ['review', 'devis.pdf']
      },
      fr: 'devis.pdf : ce fichier n’est pas un PDF',
      en: 'devis.pdf: not a PDF file (.pdf)',
    },
    {
      name: 'an output that exists',
      args: (dir) => {
        writeFileSync(join(dir, 'contrat.md'), 'edited by a lawyer')
        return ['build', FR_DEAL, '-o', 'contrat.md']
      },
      fr: 'contrat.md existe déjà : ajoutez --force pour le remplacer',
      en: 'contrat.md already exists: pass --force to overwrite it',
    },
  ]

  for (const c of cases) {
    it(c.name, async () => {
      const dir = tempDir()
      const fr = await runIn(c.args(dir), 'fr', dir)
      const en = await runIn(c.args(dir), 'en', dir)
      expectOneLineError(fr, new RegExp(`^${escape(c.fr)}$`))
      expect(en.code).toBe(2)
      expect(en.err.startsWith(`clausier: ${c.en}`), en.err).toBe(true)
    })
  }

  it('speaks French in a process started under a French locale, English when --lang en is given', () => {
    const dir = tempDir()
    const fr = runReal(['build', 'absent.yaml'], { cwd: dir, env: FRENCH })
    expectOneLineError(fr, /^absent\.yaml : impossible de lire le fichier du deal \(ENOENT\)$/)
    const en = runReal(['build', 'absent.yaml', '--lang', 'en'], { cwd: dir, env: FRENCH })
    expectOneLineError(en, /^absent\.yaml: cannot read the deal file \(ENOENT\)$/)
    const c = runReal(['build', 'absent.yaml'], { cwd: dir, env: { ...FRENCH, LC_ALL: 'C' } })
    expectOneLineError(c, /^absent\.yaml: cannot read the deal file \(ENOENT\)$/)
  })

  it('sums up a review in French, the findings keeping the document\'s language', async () => {
    const quote = join(ROOT, 'examples/quotes/bon-de-commande-azur-leads-piscines.md')
    const fr = await runIn(['review', quote, '--date', '2026-11-29', '--fail-on', 'never'], 'fr')
    const en = await runIn(['review', quote, '--date', '2026-11-29', '--fail-on', 'never'], 'en')
    expect(fr.code).toBe(0)
    const last = (s: string) => s.trim().split('\n').at(-1)
    expect(last(fr.out)).toMatch(/^\d+ problèmes \(\d+ erreurs?, \d+ avertissements?\) dans 1 fichier$/)
    expect(last(en.out)).toMatch(/^\d+ problems \(\d+ errors?, \d+ warnings?\) in 1 file$/)
    expect(fr.out).toMatch(/\d+\/\d+ clauses présentes/)
    expect(fr.out).toMatch(/^ {2}\S+ +erreur +\S/m)
    // The findings are the same, in the document's language, whatever the summary's.
    const findings = (s: string) => s.split('\n').flatMap((l) => /^ {2}(\S+) +(?:erreur|avertissement|error|warning) +(.*)$/.exec(l)?.slice(1) ?? [])
    expect(findings(fr.out).length).toBeGreaterThan(10)
    expect(findings(fr.out)).toEqual(findings(en.out))
  })

  it('locates the problems of a deal that does not validate, in the web form\'s French words', () => {
    const dir = tempDir()
    const deal = readFileSync(FR_DEAL, 'utf8').replace(/^role: independent$/m, 'role: boss')
    expect(deal).toContain('role: boss')
    writeFileSync(join(dir, 'deal.yaml'), deal)
    const fr = runReal(['build', 'deal.yaml'], { cwd: dir, env: FRENCH })
    expectOneLineError(fr, /^deal\.yaml:22:7  role  Valeur attendue parmi : « processor », « joint », « independent » \(et non « boss »\)$/)
    const en = runReal(['build', 'deal.yaml'], { cwd: dir })
    expectOneLineError(en, /^deal\.yaml:22:7  role  expected one of "processor", "joint", "independent", got "boss"$/)
    writeFileSync(join(dir, 'deal.yaml'), `${readFileSync(FR_DEAL, 'utf8')}\nexclude:\n  - clause-inexistante\n`)
    const clause = runReal(['build', 'deal.yaml'], { cwd: dir, env: FRENCH })
    expectOneLineError(clause, /^deal\.yaml:\d+:5  exclude\.0  Clause inconnue : « clause-inexistante »$/)
  })

  it('prints the deal\'s legal warnings and announced defaults in French, each with its source', () => {
    const dir = tempDir()
    const deal = readFileSync(FR_DEAL, 'utf8')
      .replace('  legalForm: société par actions simplifiée', '  legalForm: association')
      .replace('  capital: 50 000 euros\n', '')
      .replace('role: independent', 'role: processor\nliveTransfer: true')
      .replace('sectors: [assurance habitation]', 'sectors: [assurance habitation, santé]')
      .replace('type: own-site }', 'type: own-site }\n  - { name: Compare.example, type: comparison-site }\n  - { name: Appels.example, type: call-centre }')
    writeFileSync(join(dir, 'deal.yaml'), deal)
    const fr = runReal(['build', 'deal.yaml', '-o', 'contrat.md'], { cwd: dir, env: FRENCH })
    const en = runReal(['build', 'deal.yaml', '-o', 'contrat-en.md'], { cwd: dir })
    expect(fr.code, fr.err).toBe(0)
    expect(en.code, en.err).toBe(0)
    const said = (err: string, prefix: RegExp) => err.split('\n').filter((l) => prefix.test(l))
    const frLines = said(fr.err, /^clausier: (?:avertissement|valeur par défaut) : /)
    const enLines = said(en.err, /^clausier: (?:warning|default): /)
    expect(enLines).toHaveLength(8)
    expect(frLines).toHaveLength(enLines.length)
    expect(fr.err).toContain('clausier: avertissement : generator.legalForm : rien n’indique que Prospectis Média (association) contracte en qualité de commerçant : la clause attribuant compétence aux juridictions de Lyon ne lui serait pas opposable (indiquez generator.merchant: true si c’est le cas) (CPC, art. 48)\n')
    expect(fr.err).toContain('clausier: avertissement : sectors : des leads liés à la santé peuvent révéler des données de santé, que la définition du lead exclut : faites revoir les champs collectés et les formulaires (RGPD, art. 9)\n')
    expect(fr.err).toContain('clausier: valeur par défaut : generator.capital : non renseigné ; le capital social reste à compléter [●] (mention requise sur les documents de la société)\n')
    // Every warning is French (no English sentence left) and keeps a source in brackets.
    for (const line of frLines) expect(line, line).not.toMatch(/ is | the | not set/)
    for (const line of frLines.filter((l) => l.includes('avertissement'))) expect(line, line).toMatch(/\((?:CPC|RGPD|C\. \w+\.)[^()]*\)$/)
  })

  it('refuses a deal the law forbids in French, the source and its unchecked part kept', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(FR_DEAL, 'utf8').replace('sectors: [assurance habitation]', 'sectors: [rénovation énergétique]'))
    const fr = runReal(['build', 'deal.yaml'], { cwd: dir, env: FRENCH })
    expectOneLineError(fr, /^deal\.yaml  sectors  refusé : la prospection pour des travaux de rénovation énergétique ou des équipements de production d’énergie renouvelable est interdite par tout canal \(courriel, SMS\) hors de l’exécution d’un contrat en cours, quel que soit le consentement ; aucun contrat ne peut la rendre licite \(C\. consom\., art\. L\. 223-1 ; loi n° 2025-594, art\. 13 \(tous canaux ; texte consolidé non vérifié\)\)$/)
    const en = runReal(['build', 'deal.yaml'], { cwd: dir })
    expectOneLineError(en, /^deal\.yaml  sectors  refused: canvassing for energy renovation or renewable-energy equipment is banned on every channel \(email, sms\) .* \(all channels; consolidated text not checked\)\)$/)
  })

  it('says in French that the PDF converter is not where CLAUSIER_SOFFICE points', () => {
    const dir = tempDir()
    const fr = runReal(['build', FR_DEAL, '-o', 'contrat.pdf'], { cwd: dir, env: { ...FRENCH, CLAUSIER_SOFFICE: join(dir, 'absent-soffice') } })
    expectOneLineError(fr, /^CLAUSIER_SOFFICE=\S+absent-soffice n’est pas un fichier exécutable : indiquez le programme soffice de LibreOffice$/)
    const en = runReal(['build', FR_DEAL, '-o', 'contrat.pdf'], { cwd: dir, env: { CLAUSIER_SOFFICE: join(dir, 'absent-soffice') } })
    expectOneLineError(en, /^CLAUSIER_SOFFICE=\S+absent-soffice is not an executable file: point it to LibreOffice's soffice$/)
  })

  it('says where it wrote, in French', () => {
    const dir = tempDir()
    const r = runReal(['build', FR_DEAL, '-o', 'contrat.md'], { cwd: dir, env: FRENCH })
    expect(r.code, r.err).toBe(0)
    expect(r.err).toMatch(/^fichier écrit : contrat\.md \(fr, \d+ articles, \d+ clauses de la bibliothèque\)$/m)
  })
})

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
