/**
 * The compliance journal's and the PDF conversion's errors (src/journal, src/render/pdf.ts), French
 * and English: part of the one catalogue (messages.ts merges it). Option names, file names and
 * values are quoted as typed.
 */
import type { Text } from './lang.js'

const t = (fr: string, en: string): Text => ({ fr, en })

/** `error.journal.*` and `error.pdf.*` entries. */
export const JOURNAL_MESSAGES = {
  'error.journal.evidenceNotFile': t('pièce justificative {path} : ce n’est pas un fichier', 'evidence {path}: not a file'),
  'error.journal.evidenceMissing': t('pièce justificative {path} : fichier introuvable ({code})', 'evidence {path}: no such file ({code})'),
  'error.journal.evidenceUnreadable': t('pièce justificative {path} : impossible de lire le fichier ({code})', 'evidence {path}: cannot read the file ({code})'),
  'error.journal.evidenceChanged': t('pièce justificative {path} : le fichier a changé pendant le calcul de son empreinte', 'evidence {path}: the file changed while it was being hashed'),
  'error.journal.newerSchema': t('{path} : le journal est en version de schéma {current}, plus récente que celle de ce clausier ({supported}) : mettez clausier à jour', '{path}: the journal has schema version {current}, newer than this clausier ({supported}): upgrade clausier'),
  'error.journal.otherDatabase': t('{path} : ce n’est pas un journal clausier (autre base SQLite)', '{path}: not a clausier journal (another SQLite database)'),
  'error.journal.notSqlite': t('{path} : ce n’est pas un journal clausier (ce n’est pas une base SQLite)', '{path}: not a clausier journal (not an SQLite database)'),
  'error.journal.none': t('{path} : aucun journal ici (enregistrez d’abord un contrôle avec « clausier journal add », ou indiquez --db)', '{path}: no journal here (record a check with "clausier journal add" first, or pass --db)'),
  'error.journal.cannotOpen': t('{path} : impossible d’ouvrir le journal (dossier absent ou droits insuffisants)', '{path}: cannot open the journal (missing folder or no permission)'),
  'error.journal.busy': t('{path} : le journal est resté verrouillé par un autre processus pendant {seconds} s', '{path}: the journal stayed locked by another process for {seconds} s'),
  'error.journal.future': t('--date {date} est dans le futur : un contrôle s’enregistre une fois effectué', '--date {date} is in the future: a check is recorded once it is done'),
  'error.journal.correctsMissing': t('--corrects {id} : aucune entrée de ce numéro', '--corrects {id}: no such entry'),
  'error.journal.alreadyCorrected': t('--corrects {id} : entrée déjà corrigée par l’entrée {by} ; corrigez plutôt l’entrée {by}', '--corrects {id}: already corrected by entry {by}; correct entry {by} instead'),
  'error.journal.followsUpMissing': t('--follows-up {id} : aucune entrée de ce numéro', '--follows-up {id}: no such entry'),
  'error.journal.followUpBefore': t('--follows-up {id} : un suivi ne peut pas être daté d’avant l’entrée qu’il suit ({date})', '--follows-up {id}: a follow-up cannot be dated before the entry it follows up ({date})'),
  'error.journal.ownFollowUp': t('--follows-up {id} : une entrée ne peut pas assurer le suivi de son propre suivi', '--follows-up {id}: an entry cannot follow up its own follow-up'),
  'error.journal.isoDate': t('{flag} doit être une date ou une date et heure ISO (2026-03-01 ou 2026-03-01T14:30:00Z) (et non « {value} »)', '{flag} must be an ISO date or date-time (2026-03-01 or 2026-03-01T14:30:00Z), got "{value}"'),

  'error.pdf.sofficeNotExecutable': t('CLAUSIER_SOFFICE={path} n’est pas un fichier exécutable : indiquez le programme soffice de LibreOffice', 'CLAUSIER_SOFFICE={path} is not an executable file: point it to LibreOffice\'s soffice'),
  'error.pdf.noSoffice': t('produire un PDF nécessite LibreOffice, qui n’est pas installé : installez-le (Debian/Ubuntu : apt-get install {package}) ou produisez un .docx', 'writing PDF needs LibreOffice, which is not installed: install it (Debian/Ubuntu: apt-get install {package}) or write .docx'),
  'error.pdf.tmpName': t('impossible de produire le PDF : le nom du dossier temporaire {path} contient un guillemet ou une barre oblique inverse : indiquez un autre dossier dans TMPDIR', 'cannot write PDF: the temporary folder {path} has a quote or backslash in its name: set TMPDIR to another folder'),
  'error.pdf.failed': t('impossible de produire le PDF : {what}', 'cannot write PDF: {what}'),
  'error.pdf.failedDetail': t('impossible de produire le PDF : {what} : {detail}', 'cannot write PDF: {what}: {detail}'),
  'error.pdf.didNotStart': t('LibreOffice n’a pas démarré (code de sortie {code})', 'LibreOffice did not start (exit {code})'),
  'error.pdf.noOutput': t('LibreOffice n’a pas produit le PDF (code de sortie {code})', 'LibreOffice did not write the PDF (exit {code})'),
  'error.pdf.tooSlow': t('interrompu : trop lent', 'killed: too slow'),
} as const satisfies Record<string, Text>
