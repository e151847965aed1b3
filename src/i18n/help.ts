/**
 * The words of `clausier --help`, French and English: the description of the program, of every
 * command and option, and commander's own words (section titles, the help and version options,
 * default-value notes). Kept apart from the messages' catalogue (messages.ts) because the CLI loads
 * it only when help is shown, and the web app never needs it. Option names, values and file
 * extensions stay as typed (`--fail-on`, `error`, `.docx`). The English entries are commander's
 * and the CLI's words as they were before translation, so English help is unchanged.
 */
import type { Text } from './lang.js'

const t = (fr: string, en: string): Text => ({ fr, en })

/** The help catalogue: `help.*` entries, `{name}` placeholders filled by `format` (lang.ts). */
export const HELP = {
  // Commander's own words.
  'help.title.usage': t('Utilisation :', 'Usage:'),
  'help.title.arguments': t('Arguments :', 'Arguments:'),
  'help.title.options': t('Options :', 'Options:'),
  'help.title.globalOptions': t('Options globales :', 'Global Options:'),
  'help.title.commands': t('Commandes :', 'Commands:'),
  'help.commandArgument': t('[commande]', '[command]'),
  'help.helpOption': t('affiche l’aide de la commande', 'display help for command'),
  'help.helpCommand': t('affiche l’aide de la commande indiquée', 'display help for command'),
  'help.version': t('affiche le numéro de version', 'output the version number'),
  'help.default': t('par défaut : {value}', 'default: {value}'),
  'help.choices': t('valeurs possibles : {values}', 'choices: {values}'),
  'help.preset': t('valeur sans argument : {value}', 'preset: {value}'),
  'help.env': t('variable d’environnement : {name}', 'env: {name}'),
  // An empty list as a default value, in French (English help keeps commander's `[]`).
  'help.none': t('aucune', 'none'),

  // The program.
  'help.program': t(
    'Rédige et analyse les contrats de génération de leads (RGPD, CNIL, droit français), en français et en anglais.',
    'Build and review lead-generation contracts (GDPR, CNIL, French law), in French and English.',
  ),

  // Options shared by several commands.
  'help.opt.force': t('remplace un fichier de sortie existant', 'overwrite an existing output file'),
  'help.opt.reportOutput': t('écrit le rapport dans un fichier', 'write the report to a file'),
  'help.opt.output.docxMdHtml': t(
    'écrit dans un fichier .docx, .md ou .html (par défaut : Markdown sur la sortie standard)',
    'write to a .docx, .md or .html file (default: Markdown on standard output)',
  ),
  'help.opt.playbook': t(
    'fichier de playbook (par défaut : clausier.config.yaml, cherché depuis le dossier de travail en remontant)',
    'playbook file (default: clausier.config.yaml from the working folder upward)',
  ),
  'help.opt.reviewDate': t('date de l’analyse, AAAA-MM-JJ (par défaut : aujourd’hui)', 'review date YYYY-MM-DD (default: today)'),
  'help.opt.lang.frEn': t('fr ou en', 'fr or en'),

  // OCR options of review and addendum.
  'help.ocr.no': t('refuse les PDF numérisés et les images au lieu de les lire par OCR', 'refuse scanned PDFs and images instead of reading them by OCR'),
  'help.ocr.maxPages': t('nombre maximal de pages lues par OCR dans un document (par défaut : {n})', 'most pages read by OCR in one document (default: {n})'),
  'help.ocr.timeout': t('durée maximale de l’OCR d’un document, en secondes (par défaut : {n})', 'most seconds of OCR for one document (default: {n})'),
  'help.ocr.workers': t('nombre de fils d’exécution de l’OCR (par défaut : un par cœur, 4 au plus)', 'OCR threads (default: one per core, at most 4)'),
  'help.ocr.warnBelow': t(
    'signale une page lue par OCR dont la confiance moyenne est inférieure à ce pourcentage (par défaut : {n})',
    'warn about a page read by OCR below this mean confidence (default: {n})',
  ),

  // build
  'help.build': t(
    'Produit un contrat de génération de leads à partir d’un fichier de deal (YAML ou JSON ; « - » lit l’entrée standard), ou plusieurs deals dans un dossier avec --out-dir',
    'Build a lead-generation agreement from a deal file (YAML or JSON; "-" reads standard input), or many deals into a folder with --out-dir',
  ),
  'help.build.output': t(
    'écrit dans un fichier .docx, .pdf (LibreOffice requis), .md ou .html (par défaut : Markdown sur la sortie standard)',
    'write to a .docx, .pdf (needs LibreOffice), .md or .html file (default: Markdown on standard output)',
  ),
  'help.build.outDir': t('mode lot : écrit un contrat par deal dans ce dossier', 'batch mode: write one contract per deal into this folder'),
  'help.build.format': t('mode lot : docx (par défaut), pdf (LibreOffice requis), md ou html', 'batch mode: docx (default), pdf (needs LibreOffice), md or html'),
  'help.build.lang': t(
    'fr ou en (par défaut : la langue du deal) ; deux langues, sous la forme fr,en, pour un contrat bilingue en regard',
    'fr or en (default: the deal\'s language); two, as fr,en, for a bilingual contract side by side',
  ),
  'help.build.template': t('identifiant du modèle (par défaut : lead-generation-agreement)', 'template id (default: lead-generation-agreement)'),
  'help.build.force': t('remplace les fichiers de sortie existants', 'overwrite existing output files'),
  'help.build.audit': t(
    'renforce le projet de contrat d’après les réponses du fournisseur de leads au questionnaire d’audit (voir clausier audit init)',
    "tighten the draft with the lead generator's due-diligence answers (see clausier audit init)",
  ),
  'help.build.batch': t(
    `
Mode lot (un seul processus, plusieurs deals) :
  clausier build deals/*.yaml --out-dir contrats/ [--format docx|pdf|md|html] [--force]
  Chaque deal est écrit dans <out-dir>/<nom du fichier du deal>.<format> (deals/acme.yaml → contrats/acme.docx) ;
  le dossier est créé s’il n’existe pas. Rien n’est produit si un fichier de sortie existe déjà (sauf
  avec --force) ou si deux deals écriraient le même fichier. Un deal qui ne peut pas être produit est
  signalé par une ligne sur la sortie d’erreur, qui nomme son fichier ; les autres deals sont tout de
  même produits, et le code de sortie est alors 2.`,
    `
Batch mode (one process, many deals):
  clausier build deals/*.yaml --out-dir contracts/ [--format docx|pdf|md|html] [--force]
  Each deal is written to <out-dir>/<deal file name>.<format> (deals/acme.yaml → contracts/acme.docx);
  the folder is created when missing. Nothing is built when an output file already exists (unless
  --force) or when two deals would write the same file. A deal that cannot be built gets one line on
  standard error naming its file; the other deals are still built, and the exit code is then 2.`,
  ),

  // review
  'help.review': t(
    'Analyse les devis, bons de commande et contrats (.md .txt .docx .pdf .html, documents numérisés et photos .png .jpg .tif par OCR, dossiers, motifs, « - » pour l’entrée standard)',
    'Review quotes, purchase orders and contracts (.md .txt .docx .pdf .html, scans and photos .png .jpg .tif by OCR, folders, globs, "-" for standard input)',
  ),
  'help.review.format': t(
    'stylish (par défaut), json, sarif, markdown, html ou docx (par défaut avec -o : d’après l’extension du fichier)',
    'stylish (default), json, sarif, markdown, html or docx (default with -o: from its extension)',
  ),
  'help.review.failOn': t(
    'code de sortie 1 dès qu’un point relevé atteint ou dépasse ce niveau : error, warning ou never',
    'exit 1 when a finding is at or above: error, warning or never',
  ),
  'help.review.with': t(
    'analyse le document avec les conditions auxquelles il renvoie (option répétable)',
    'review together with the terms the document refers to (repeatable)',
  ),
  'help.review.printConfig': t('affiche le playbook appliqué et s’arrête', 'print the effective playbook and exit'),
  'help.review.lang': t('langue des messages (par défaut : celle de chaque document)', 'language of the messages (default: each document\'s)'),

  // compare
  'help.compare': t(
    'Ce que l’autre partie a modifié dans notre contrat, clause par clause, et les conditions qu’elle a affaiblies (.md .txt .docx .pdf .html)',
    'What the other side changed in our contract, clause by clause, and which terms they weakened (.md .txt .docx .pdf .html)',
  ),
  'help.compare.format': t(
    'stylish (par défaut), json, html ou docx (leur document, avec un commentaire sur chaque modification ; -o requis)',
    'stylish (default), json, html or docx (their document with a comment on each change; needs -o)',
  ),
  'help.compare.lang': t('langue des messages (par défaut : celle de notre document)', 'language of the messages (default: our document\'s)'),

  // addendum
  'help.addendum': t(
    'Produit les conditions particulières qui ajoutent à un devis chaque clause essentielle manquante',
    'Build the special terms (« conditions particulières ») that add every missing essential clause to a quote',
  ),
  'help.addendum.lang': t('fr ou en (par défaut : la langue du devis)', 'fr or en (default: the quote\'s language)'),
  'help.addendum.date': t(
    'date des conditions particulières, AAAA-MM-JJ (par défaut : aujourd’hui)',
    'date of the special terms YYYY-MM-DD (default: today)',
  ),

  // clauses
  'help.clauses': t('Liste, affiche et vérifie la bibliothèque de clauses', 'List, show and check the clause library'),
  'help.clauses.list': t(
    'Liste les clauses : identifiant, variante, famille, gravité, cas où elle est requise, langues, version',
    'List the clauses: id, variant, family, severity, when required, languages, version',
  ),
  'help.clauses.list.json': t('affiche la liste en JSON', 'print JSON'),
  'help.clauses.show': t('Affiche une clause (toutes ses variantes) avec ses valeurs par défaut', 'Print a clause (every variant) with its default values'),
  'help.clauses.check': t(
    'Vérifie la bibliothèque de clauses et les modèles ; code de sortie 1 en cas de problème',
    'Check the clause library and the templates; exit 1 on problems',
  ),

  // schema
  'help.schema': t('Affiche le schéma JSON d’un type de fichier d’entrée (deal)', 'Print the JSON Schema of an input file kind (deal)'),

  // journal
  'help.journal': t(
    'Journal des contrôles effectués sur les fournisseurs de leads, alimenté par ajouts uniquement (SQLite ; voir docs/journal.md)',
    'Append-only journal of the checks made on lead generators (SQLite; see docs/journal.md)',
  ),
  'help.journal.db': t(
    'fichier du journal (par défaut : $CLAUSIER_JOURNAL, sinon {file} dans le dossier de travail)',
    'journal file (default: $CLAUSIER_JOURNAL, else {file} in the working folder)',
  ),
  'help.journal.add': t('Enregistre un contrôle daté ; affiche l’identifiant de la nouvelle entrée', 'Record a dated check; prints the new entry id'),
  'help.journal.add.generator': t('le fournisseur de leads contrôlé', 'the lead generator checked'),
  'help.journal.add.source': t('la source de collecte (URL du formulaire, site, campagne)', 'the collection source (form URL, site, campaign)'),
  'help.journal.add.batch': t('le lot de leads contrôlé', 'the lead batch checked'),
  'help.journal.add.leads': t('les identifiants des leads contrôlés, séparés par des virgules', 'comma-separated ids of the leads checked'),
  'help.journal.add.checked': t('ce qui a été contrôlé', 'what was checked'),
  'help.journal.add.result': t('conform, non-conform ou partial', 'conform, non-conform or partial'),
  'help.journal.add.nonConformity': t('la non-conformité constatée (obligatoire, sauf avec --result conform)', 'what was wrong (required unless conform)'),
  'help.journal.add.action': t('la mesure prise (signalement au fournisseur, suspension du lot…)', 'action taken (reported to the generator, batch suspended …)'),
  'help.journal.add.evidence': t(
    'fichier de preuve (option répétable) : son chemin, son empreinte SHA-256 et sa taille sont enregistrés',
    'evidence file (repeatable): its path, SHA-256 and size are recorded',
  ),
  'help.journal.add.date': t(
    'date du contrôle (date ou date et heure ISO ; par défaut : maintenant)',
    'when the check was made (ISO date or date-time; default now)',
  ),
  'help.journal.add.corrects': t('cette entrée corrige (remplace) l’entrée <id>', 'this entry corrects (replaces) entry <id>'),
  'help.journal.add.followsUp': t('cette entrée donne suite à la non-conformité de l’entrée <id>', 'this entry follows up the non-conformity of entry <id>'),
  'help.journal.add.status': t('avec --follows-up : open (par défaut) ou closed', 'with --follows-up: open (default) or closed'),
  'help.journal.add.by': t('l’auteur du contrôle', 'who made the check'),
  'help.journal.list': t('Liste les entrées par ordre chronologique', 'List entries in date order'),
  'help.journal.generator': t('uniquement ce fournisseur', 'only this generator'),
  'help.journal.from': t('uniquement les contrôles effectués à cette date ou après', 'only checks on or after this date'),
  'help.journal.to': t('uniquement les contrôles effectués à cette date ou avant', 'only checks on or before this date'),
  'help.journal.list.to': t(
    'uniquement les contrôles effectués à cette date ou avant (une date seule inclut toute la journée)',
    'only checks on or before this date (a date alone includes the whole day)',
  ),
  'help.journal.list.open': t('uniquement les non-conformités qu’aucun suivi n’a closes', 'only non-conformities not closed by a follow-up'),
  'help.journal.list.format': t('table ou json', 'table or json'),
  'help.journal.report': t(
    'Écrit le rapport de vérification (page de titre, synthèse, contrôles, non-conformités et suivi, preuves)',
    'Write the verification report (title page, summary, checks, non-conformities and follow-up, evidence)',
  ),

  // audit
  'help.audit': t(
    'Questionnaire d’audit d’un fournisseur de leads, et score de ses réponses',
    'Due-diligence questionnaire for a lead generator, and the score of its answers',
  ),
  'help.audit.init': t(
    'Écrit le questionnaire à envoyer au fournisseur (.docx, .md, .html) ou le fichier de réponses à remplir (.yaml) ; par défaut : Markdown sur la sortie standard',
    'Write the questionnaire to send to the generator (.docx, .md, .html) or the answers file to fill (.yaml); default: Markdown on standard output',
  ),
  'help.audit.init.output': t('questionnaire.docx, .md, .html ou fichier de réponses .yaml', 'questionnaire.docx, .md, .html or answers .yaml'),
  'help.audit.score': t(
    'Calcule le score du fichier de réponses d’un fournisseur (« - » lit l’entrée standard) ; code de sortie 1 si une réponse est bloquante',
    'Score a generator\'s answers file ("-" reads standard input); exit 1 when an answer is blocking',
  ),
  'help.audit.score.format': t('{formats} (par défaut : stylish, ou d’après l’extension de -o)', '{formats} (default: stylish, or from the -o extension)'),
  'help.audit.score.lang': t(
    'fr ou en (par défaut : la langue du fichier de réponses, sinon en)',
    'fr or en (default: the answers file\'s language, else en)',
  ),

  // serve
  'help.serve': t(
    'Lance l’application web locale (rédiger un contrat, analyser un devis, auditer un fournisseur) sur 127.0.0.1',
    'Start the local web app (draft a contract, review a quote, audit a generator) on 127.0.0.1',
  ),
  'help.serve.port': t('port sur 127.0.0.1 (0 : n’importe quel port libre)', 'port on 127.0.0.1 (0: any free port)'),
  'help.serve.open': t('ouvre l’application dans le navigateur par défaut', 'open the app in the default browser'),
  'help.serve.playbook': t(
    'playbook des analyses (par défaut : clausier.config.yaml, cherché depuis le dossier de travail en remontant)',
    'review playbook (default: clausier.config.yaml from the working folder upward)',
  ),
} as const satisfies Record<string, Text>

/** A key of the help catalogue. */
export type HelpKey = keyof typeof HELP
