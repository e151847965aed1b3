/**
 * The web app's server messages (the JSON `error` of a refused or failed request), French and
 * English: part of the one catalogue (messages.ts merges it). The server says them in the page's
 * language, which the page sends with every request (`Accept-Language`); without it, in English.
 */
import type { Text } from './lang.js'

const t = (fr: string, en: string): Text => ({ fr, en })

/** `api.*` entries. */
export const API_MESSAGES = {
  'api.notFound': t('introuvable : {path}', 'not found: {path}'),
  'api.methodNotAllowed': t('méthode {method} non autorisée', 'method {method} not allowed'),
  'api.uploadTooLarge': t('envoi trop volumineux : au plus {files} fichiers de {size} chacun', 'upload too large: at most {files} files of {size} each'),
  'api.expectJson': t('corps de requête JSON attendu (type de contenu application/json)', 'expected a JSON body (Content-Type: application/json)'),
  'api.requestTooLarge': t('requête trop volumineuse : au plus {size}', 'request too large: at most {size}'),
  'api.notJson': t('le corps de la requête n’est pas du JSON valable', 'the request body is not valid JSON'),
  'api.expectObject': t('objet JSON attendu', 'expected a JSON object'),
  'api.oneOf': t('{key} doit être l’une des valeurs suivantes : {allowed} (et non {value})', '{key} must be one of {allowed}, got {value}'),
  'api.langOneOf': t('lang doit être fr, en ou auto (et non « {value} »)', 'lang must be fr, en or auto, got "{value}"'),
  'api.formatOneOf': t('format doit être l’une des valeurs suivantes : {allowed} (et non « {value} »)', 'format must be one of {allowed}, got "{value}"'),
  'api.compareTwo': t('la comparaison demande deux documents, notre projet puis leur version ; reçu : {count}', 'the comparison needs two files, our draft then their version; got {count}'),
  'api.expectMultipart': t('fichiers attendus au format multipart/form-data', 'expected files sent as multipart/form-data'),
  'api.malformedMultipart': t('impossible de lire les fichiers envoyés (corps multipart mal formé)', 'could not read the uploaded files (malformed multipart body)'),
  'api.noFile': t('aucun fichier reçu : choisissez ou déposez au moins un fichier', 'no file received: choose or drop at least one file'),
  'api.tooManyFiles': t('trop de fichiers : {count}, au plus {max} à la fois', 'too many files: {count}, at most {max} at a time'),
  'api.size.mb': t('{n} Mo', '{n} MB'),
  'api.size.kb': t('{n} Ko', '{n} KB'),
  'api.size.bytes': t('{n} octets', '{n} bytes'),
  'api.busy': t('le serveur est occupé par d’autres analyses : réessayez dans un instant', 'the server is busy with other reviews: try again in a moment'),
  'api.stopping': t('le serveur s’arrête', 'the server is stopping'),
  'api.outOfMemory': t('l’analyse a demandé plus de mémoire que permis : le fichier est trop volumineux ou trop complexe', 'the review needed more memory than allowed: the file is too large or too complex'),
  'api.reviewStopped': t('l’analyse s’est arrêtée : {message}', 'the review stopped: {message}'),
  'api.reviewStoppedUnexpectedly': t('l’analyse s’est arrêtée de façon inattendue', 'the review stopped unexpectedly'),
  'api.expectAnswersText': t('texte d’un fichier de réponses YAML attendu', 'expected the text of an answers YAML file'),
  'api.expectDealText': t('texte d’un fichier de deal YAML attendu', 'expected the text of a deal YAML file'),
  'api.expectDealMapping': t('{name} : champs d’un deal attendus (un fichier de deal YAML)', '{name}: expected a mapping of deal fields (a deal YAML file)'),
  'api.oneFileAnnotated': t('la copie annotée se prépare pour un seul document à la fois', 'the annotated copy is made for one file at a time'),
  'api.oneFileAddendum': t('les conditions particulières se préparent pour un seul document à la fois', 'the addendum is made for one file at a time'),
  'api.refusedHost': t('refusé : l’application ne répond que sur http://127.0.0.1:{port}/ (Host « {host} »)', 'refused: the app answers only on http://127.0.0.1:{port}/ (Host "{host}")'),
  'api.refusedOrigin': t('refusé : requête venant d’une autre origine ({origin})', 'refused: request from another origin ({origin})'),
  'api.refusedSite': t('refusé : requête venant d’un autre site ({site})', 'refused: request from another site ({site})'),
  'api.problems.one': t('{n} point à corriger : {first}', '{n} problem to fix: {first}'),
  'api.problems.many': t('{n} points à corriger : {first}', '{n} problems to fix: {first}'),
  'api.internalError': t('erreur interne : {message}', 'internal error: {message}'),
} as const satisfies Record<string, Text>
