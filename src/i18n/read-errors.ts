/**
 * The readers' one-line errors (src/read) in words for a legal assistant, French and English: a
 * pattern on the English message, and the sentence to show instead. A message not listed here is
 * shown as the reader wrote it.
 */
import type { Text, UiLang } from './lang.js'

const t = (fr: string, en: string): Text => ({ fr, en })

/** Known reader errors (after the file name): pattern → words. */
export const READ_ERRORS: ReadonlyArray<readonly [RegExp, Text]> = [
  [/^no text layer/, t('ce PDF n’a pas de couche texte (document scanné ?) : faites-le passer d’abord par une reconnaissance de caractères (OCR)', 'this PDF has no text layer (a scan?): run it through character recognition (OCR) first')],
  [/^the PDF is password-protected/, t('ce PDF est protégé par un mot de passe : retirez-le d’abord', 'this PDF is password-protected: remove the password first')],
  [/^the Word file is password-protected/, t('ce document Word est protégé par un mot de passe : retirez-le d’abord', 'this Word document is password-protected: remove the password first')],
  [/^a legacy Word 97/, t('ancien format Word (.doc) : enregistrez-le d’abord au format .docx', 'an old Word format (.doc): save it as .docx first')],
  [/^unsupported file type/, t('type de fichier non pris en charge : utilisez .md, .txt, .docx, .pdf, .html ou une image .png, .jpg, .tif', 'unsupported file type: use .md, .txt, .docx, .pdf, .html or a .png, .jpg, .tif image')],
  [/^no readable text after OCR/, t('aucun texte lisible après reconnaissance de caractères (OCR) : page blanche, image trop floue, ou ce n’est pas un document ?', 'no readable text after character recognition (OCR): a blank page, a blurred image, or not a document?')],
  [/^(?:a|an|\d+) pages? need OCR, over the limit|^\d+ pages need OCR/, t('trop de pages à lire par reconnaissance de caractères (OCR) pour un seul document', 'too many pages to read by character recognition (OCR) in one document')],
  [/^OCR took longer than the limit/, t('la reconnaissance de caractères (OCR) a dépassé le temps permis pour ce document', 'character recognition (OCR) took longer than allowed for this document')],
  [/^a TIFF with \d+ pages/, t('TIFF de plusieurs pages : seules les images d’une page sont lues ; enregistrez le scan en PDF', 'a multi-page TIFF: only single-page images are read; save the scan as a PDF')],
  [/^the (?:PNG|JPEG|TIFF) image (?:is corrupt|is empty|cannot be decoded)|^not a PNG, JPEG or TIFF image/, t('cette image est endommagée ou illisible', 'this image is damaged or unreadable')],
  [/^not a valid PDF/, t('ce PDF est endommagé ou incomplet', 'this PDF is damaged or incomplete')],
  [/^not a valid Word document|^not a Word document|^a zip archive that is not a Word/, t('ce fichier n’est pas un document Word valable (.docx)', 'this file is not a valid Word document (.docx)')],
  [/^the Word file is too large once decompressed/, t('ce document Word est trop volumineux une fois décompressé', 'this Word document is too large once decompressed')],
  [/^the input is too large/, t('ce fichier est trop volumineux', 'this file is too large')],
  [/^not a PDF file/, t('ce fichier n’est pas un PDF', 'this file is not a PDF')],
  [/^the file is empty/, t('le fichier est vide', 'the file is empty')],
  [/^standard input is empty/, t('l’entrée standard est vide', 'standard input is empty')],
  [/^the file is too large/, t('ce fichier est trop volumineux', 'this file is too large')],
  [/^cannot read the file: no such file/, t('fichier introuvable', 'no such file')],
  [/^cannot read the file: permission denied/, t('lecture du fichier refusée (droits d’accès)', 'permission denied')],
  [/^not (?:a|an) .*\(binary content\)$/, t('ce fichier ne contient pas de texte lisible', 'this file holds no readable text')],
]

/** A reader's error `name: message` in the interface's language (the file name kept). */
export function readErrorText(message: string, lang: UiLang): string {
  const at = message.indexOf(': ')
  const [name, rest] = at < 0 ? ['', message] : [message.slice(0, at), message.slice(at + 2)]
  const known = READ_ERRORS.find(([pattern]) => pattern.test(rest))
  if (!known) return message
  return name === '' ? known[1][lang] : `${name}${lang === 'fr' ? ' : ' : ': '}${known[1][lang]}`
}
