/**
 * The command line's own messages (usage errors, input errors of the core, progress, summaries),
 * French and English: part of the one catalogue (messages.ts merges it). The CLI says them in the
 * language chosen by `--lang`, else `CLAUSIER_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`,
 * `LANG`: French when it starts with `fr`), else English. Option names, file names and values are
 * quoted as typed.
 */
import type { Text } from './lang.js'

const t = (fr: string, en: string): Text => ({ fr, en })

/** `cli.*` (the commands) and `error.*` (errors of the core and readers, shared with the web app) entries. */
export const CLI_MESSAGES = {
  // Errors of the command line itself (commander's, translated by their code).
  'cli.unknownOption': t('option inconnue : {option}', 'unknown option {option}'),
  'cli.unknownCommand': t('commande inconnue : {command}', 'unknown command {command}'),
  'cli.didYouMean': t('{message} (vouliez-vous dire {suggestion} ?)', '{message} (Did you mean {suggestion}?)'),
  'cli.missingArgument': t('argument obligatoire manquant : {argument}', 'missing required argument {argument}'),
  'cli.optionMissingArgument': t('l’option {option} attend une valeur', 'option {option} argument missing'),
  'cli.excessArguments': t('trop d’arguments pour {command} : {expected} attendu(s), {got} reçu(s)', 'too many arguments for {command}. Expected {expected} but got {got}.'),
  'cli.missingMandatoryOption': t('option obligatoire non indiquée : {option}', 'required option {option} not specified'),
  'cli.internalError': t('erreur interne : {message} (relancez avec CLAUSIER_DEBUG=1 pour le détail)', 'internal error: {message} (set CLAUSIER_DEBUG=1 for details)'),
  'cli.libraryInvalid': t('la bibliothèque de clauses n’est pas valable (lancez « clausier clauses check ») :', 'the clause library is invalid (run "clausier clauses check"):'),

  // Usage errors.
  'cli.langOneOf': t('--lang doit être l’une des valeurs suivantes : {allowed} (et non « {value} »)', '--lang must be one of {allowed}, got "{value}"'),
  'cli.dateFormat': t('--date doit être une date AAAA-MM-JJ (et non « {value} »)', '--date must be a date YYYY-MM-DD, got "{value}"'),
  'cli.needsFileName': t('-o attend un nom de fichier', '-o needs a file name'),
  'cli.formatOneOf': t('--format doit être l’une des valeurs suivantes : {allowed} (et non « {value} »)', '--format must be one of {allowed}, got "{value}"'),
  'cli.failOnOneOf': t('--fail-on doit être l’une des valeurs suivantes : {allowed} (et non « {value} »)', '--fail-on must be one of {allowed}, got "{value}"'),
  'cli.wholeNumber': t('{flag} doit être un nombre entier de {min} à {max} (et non « {value} »)', '{flag} must be a whole number from {min} to {max}, got "{value}"'),
  'cli.portRange': t('--port doit être un nombre de 0 à 65535 (et non « {value} »)', '--port must be a number from 0 to 65535, got "{value}"'),
  'cli.docxNeedsOutput': t('--format docx produit un fichier Word : donnez-lui un nom avec -o {example}', '--format docx writes a Word file: give it a name with -o {example}'),
  'cli.reviewNeedsFile': t('review attend au moins un fichier, un dossier ou un motif (ou « - » pour l’entrée standard)', 'review needs at least one file, folder or glob (or "-" for standard input)'),
  'cli.oneStdin': t('un seul des deux documents peut être lu sur l’entrée standard', 'only one of the two documents can be standard input'),
  'cli.unknownClause': t('identifiant de clause inconnu « {id} » (voir « clausier clauses list »)', 'unknown clause id "{id}" (see "clausier clauses list")'),
  'cli.unknownSchema': t('schéma inconnu « {name} » (disponible : deal)', 'unknown schema "{name}" (available: deal)'),
  'error.nothingToAdd': t('{quote} : toutes les clauses essentielles y figurent déjà ; aucune condition particulière à ajouter', '{quote}: every essential clause is already there: no special terms to add'),
  'cli.dbNeedsName': t('--db attend un nom de fichier', '--db needs a file name'),
  'cli.fromAfterTo': t('--from {from} est postérieur à --to {to}', '--from {from} is after --to {to}'),
  'cli.bilingualOneDeal': t('--lang avec deux langues produit un seul contrat à la fois : donnez un seul deal et -o', '--lang with two languages builds one deal at a time: give one deal and -o'),
  'cli.bilingualNoAudit': t('--audit s’applique à un contrat dans une seule langue : produisez le contrat bilingue à partir du deal renforcé', '--audit applies to a one-language build: build the bilingual contract from the tightened deal'),
  'cli.severalDeals': t('{count} deals donnés : pour en produire plusieurs, indiquez --out-dir <dossier> (un contrat par deal)', '{count} deals given: building several deals needs --out-dir <dir> (one contract per deal)'),
  'cli.formatWithOutDir': t('--format s’emploie avec --out-dir ; avec -o, le format vient du nom du fichier', '--format applies to --out-dir; with -o the format comes from the file name'),
  'cli.outputOrOutDir': t('indiquez soit -o <fichier> (un deal), soit --out-dir <dossier> (un fichier par deal), pas les deux', 'use either -o <file> (one deal) or --out-dir <dir> (one file per deal), not both'),
  'cli.auditOneDeal': t('--audit s’applique à un seul deal : produisez sans lui les deals des autres fournisseurs', '--audit applies to one deal: build the deals of other generators without it'),
  'cli.outDirNeedsName': t('--out-dir attend un nom de dossier', '--out-dir needs a folder name'),
  'cli.stdinInBatch': t('l’entrée standard (« - ») ne peut pas faire partie d’un lot : donnez des fichiers de deal', 'standard input ("-") cannot be part of a batch: give deal files'),
  'cli.outDirNotFolder': t('--out-dir {dir} : existe et n’est pas un dossier', '--out-dir {dir}: exists and is not a folder'),
  'cli.outDirCannotCreate': t('--out-dir {dir} : impossible de créer le dossier ({code})', '--out-dir {dir}: cannot create the folder ({code})'),
  'cli.sameOutput': t('{first} et {second} produiraient tous deux {file} : renommez l’un d’eux', '{first} and {second} would both write {file}: rename one of them'),
  'cli.outputsExist': t('{file} et {others} autre(s) fichier(s) de sortie existent déjà : ajoutez --force pour les remplacer', '{file} and {others} other output file(s) already exist: pass --force to overwrite them'),

  // Input errors of the command line.
  'cli.noDocumentInFolder': t('{path} : aucun document à analyser dans ce dossier ({extensions})', '{path}: no document to review in this folder ({extensions})'),
  'cli.noMatch': t('{path} : aucun fichier ne correspond', '{path}: no file matches'),
  'cli.noSuchPath': t('{path} : fichier ou dossier introuvable', '{path}: no such file or folder'),

  // Progress and summaries on standard error.
  'cli.wrote': t('fichier écrit : {file}', 'wrote {file}'),
  'cli.wroteDetail': t('fichier écrit : {file} ({detail})', 'wrote {file} ({detail})'),
  'cli.buildDetail': t('{lang}, {articles} articles, {clauses} clauses de la bibliothèque', '{lang}, {articles} articles, {clauses} library clauses'),
  'cli.bilingualDetail': t('{pair}, {articles} articles en regard, la version {controlling} prévaut', '{pair}, {articles} articles side by side, the {controlling} version prevails'),
  'cli.addendumDetail': t('{lang}, {count} clause(s) ajoutée(s) à {quote}', '{lang}, {count} clauses added to {quote}'),
  'cli.journalDetail': t('{checks} contrôle(s), {open} non-conformité(s) ouverte(s)', '{checks} checks, {open} open non-conformities'),
  'cli.clauseFiles': t('{count} fichiers de clauses', '{count} clause files'),
  'cli.clauseFilesOk': t('{count} fichiers de clauses : aucun problème', '{count} clause files OK'),
  'cli.clauseProblems': t('{problems} problème(s) dans {count} fichiers de clauses', '{problems} problem(s) in {count} clause files'),
  'cli.auditApplied': t('audit {file} : {score}/100 ({level}), {count} modification(s) du projet', 'audit {file}: {score}/100 ({level}), {count} change(s) to the draft'),
  'cli.progressFiles': t('{done}/{total} fichiers', '{done}/{total} files'),
  'cli.ocrProgress': t('{file} : OCR page {done}/{total}', '{file}: OCR page {done}/{total}'),
  'cli.warning': t('avertissement : {message}', 'warning: {message}'),
  'cli.default': t('valeur par défaut : {message}', 'default: {message}'),
  'cli.batchWrote.one': t('{n} contrat écrit ({format}) dans {dir}', 'wrote {n} contract ({format}) to {dir}'),
  'cli.batchWrote.many': t('{n} contrats écrits ({format}) dans {dir}', 'wrote {n} contracts ({format}) to {dir}'),
  'cli.batchFailed': t('{summary} ; {failed} deal(s) sur {total} en échec (voir ci-dessus)', '{summary}; {failed} of {total} deals failed (listed above)'),
  'cli.noOpenEntry': t('aucune non-conformité ouverte', 'no open non-conformity'),
  'cli.noEntry': t('aucune entrée', 'no entry'),
  'cli.serving': t('l’application web est disponible sur {url} (Ctrl+C pour l’arrêter)', 'the web app is on {url} (press Ctrl+C to stop)'),
  'cli.noBrowser': t('impossible d’ouvrir un navigateur : ouvrez vous-même {url}', 'could not open a browser: open {url} yourself'),

  // Errors of the core (files read and written), also shown by the web app.
  'error.overwrite': t('{path} existe déjà : ajoutez --force pour le remplacer', '{path} already exists: pass --force to overwrite it'),
  'error.noFolder': t('{path} : le dossier {folder} n’existe pas', '{path}: the folder {folder} does not exist'),
  'error.cannotWrite': t('{path} : impossible d’écrire le fichier ({code})', '{path}: cannot write the file ({code})'),
  'error.notAFile': t('{path} : ce n’est pas un fichier', '{path}: not a file'),
  'error.fileTooLarge': t('{path} : {what} dépasse {size} Mo', '{path}: {what} is larger than {size} MB'),
  'error.cannotRead': t('{path} : impossible de lire {what} ({code})', '{path}: cannot read {what} ({code})'),
  'error.what.deal': t('le fichier du deal', 'the deal file'),
  'error.what.playbook': t('le playbook', 'the playbook'),
  'error.what.answers': t('le fichier de réponses', 'the answers file'),
  'error.notUtf8': t('{path} : ce n’est pas un fichier texte UTF-8', '{path}: not a UTF-8 text file'),
  'error.invalidYaml': t('{where}  YAML non valable : {message}', '{where}  invalid YAML: {message}'),
  'error.unknownFormat': t('impossible de déduire le format {what} de « {path} » : {hint}', 'cannot tell the {what} format of "{path}": {hint}'),
  'error.format.output': t('de sortie', 'output'),
  'error.format.report': t('du rapport', 'report'),
  'error.format.questionnaire': t('du questionnaire', 'questionnaire'),
  'error.useFormatOption': t('indiquez --format, ou un nom en {accepted}', 'use --format, or a {accepted} name'),
  'error.alternatives': t('{list} ou {last}', '{list} or {last}'),
  'error.useFileName': t('indiquez un nom de fichier en {accepted}', 'use a {accepted} file name'),
} as const satisfies Record<string, Text>
