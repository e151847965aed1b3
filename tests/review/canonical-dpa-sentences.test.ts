/**
 * Canonical DPA sentences (issue #11: GDPR DPAs, the 14 Art. 28 items): each item of Art. 28(3) GDPR
 * as processor terms word it in three styles — the Regulation's own wording, a SaaS vendor's plain
 * English, a French « accord de sous-traitance » — written here in our own words, not from any
 * document of the corpus, under processor terms' opening (roles stated) as a DPA has it. Scored
 * before any pattern was changed for them (session 17): 40 of 42 found; "acting only on the
 * Customer's written instructions" was added, and "Annex 1 sets out the subject matter…", which only
 * points to the details, is left out (the details are in the annex, not the sentence).
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

const PRE = '# Data Processing Addendum\n\nThe Customer is the controller and the Provider is the processor of the personal data processed under the Agreement.\n\n'
const PRE_FR = '# Accord de sous-traitance\n\nLe Client est responsable de traitement et le Prestataire agit en qualité de sous-traitant au sens de l’article 28 du RGPD.\n\n'
/** A sentence is French when it has French accents or articles. */
const inFrench = (line: string) => /[éèàçœ]|\b(le|la|les|des|du)\b/.test(line)
const present = (line: string) => presentIds(`${inFrench(line) ? PRE_FR : PRE}${line}\n`, true)

const LINES: Array<[string, string]> = [
  ['art28-processing-details', 'The processing concerns the customer’s end users (categories of data subjects) and their names, emails and usage logs (types of personal data), for the purpose of hosting the service for the term of the Agreement.'],
  ['art28-processing-details', 'Nature et finalité du traitement : hébergement ; catégories de personnes concernées : clients ; types de données : identité, coordonnées ; durée : celle du contrat.'],
  ['art28-instructions', 'The Processor processes personal data only on documented instructions from the Controller, including with regard to transfers.'],
  ['art28-instructions', 'Provider will act only on Customer’s written instructions, which are given by this DPA and the Customer’s use of the service.'],
  ['art28-instructions', 'Le Prestataire ne traite les données que sur instruction documentée du Client.'],
  ['art28-infringing-instruction', 'The Processor shall immediately inform the Controller if, in its opinion, an instruction infringes the GDPR.'],
  ['art28-infringing-instruction', 'Le Prestataire informe immédiatement le Client si une instruction lui paraît constituer une violation du RGPD.'],
  ['art28-infringing-instruction', 'If Provider believes that an instruction breaches data protection law, it will tell Customer without delay.'],
  ['art28-personnel-confidentiality', 'The Processor ensures that persons authorised to process the personal data have committed themselves to confidentiality or are under a statutory obligation of confidentiality.'],
  ['art28-personnel-confidentiality', 'All staff with access to Customer Personal Data are bound by written confidentiality undertakings.'],
  ['art28-personnel-confidentiality', 'Les personnes autorisées à traiter les données sont soumises à une obligation de confidentialité.'],
  ['art28-security', 'The Processor implements the technical and organisational measures described in Annex 2 to protect the personal data, as required by Article 32 GDPR.'],
  ['art28-security', 'Provider maintains appropriate technical and organizational measures to protect Customer Personal Data against unauthorized access, loss or alteration.'],
  ['art28-security', 'Le Prestataire met en œuvre les mesures techniques et organisationnelles appropriées pour garantir la sécurité des données.'],
  ['art28-subprocessor-authorisation', 'The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.'],
  ['art28-subprocessor-authorisation', 'Customer grants Provider a general authorization to engage the sub-processors listed on its website.'],
  ['art28-subprocessor-authorisation', 'Le Prestataire ne peut recruter un sous-traitant ultérieur sans l’autorisation écrite préalable du Client.'],
  ['art28-subprocessor-changes', 'The Processor shall inform the Controller of any intended addition or replacement of sub-processors, giving the Controller the opportunity to object.'],
  ['art28-subprocessor-changes', 'Provider will give Customer 30 days’ notice before adding a new sub-processor, and Customer may object on reasonable grounds.'],
  ['art28-subprocessor-changes', 'Le Prestataire informe le Client de tout changement de sous-traitant ultérieur, le Client disposant d’un délai de 15 jours pour s’y opposer.'],
  ['art28-subprocessor-flow-down', 'Where the Processor engages a sub-processor, the same data protection obligations as set out in this DPA shall be imposed on that sub-processor by contract.'],
  ['art28-subprocessor-flow-down', 'Provider ensures each sub-processor is bound by written terms at least as protective as these.'],
  ['art28-subprocessor-flow-down', 'Le sous-traitant ultérieur est tenu des mêmes obligations que celles prévues au présent accord.'],
  ['art28-subprocessor-liability', 'The Processor remains fully liable to the Controller for the performance of its sub-processors’ obligations.'],
  ['art28-subprocessor-liability', 'Provider is responsible for the acts and omissions of its sub-processors as for its own.'],
  ['art28-subprocessor-liability', 'Le Prestataire demeure pleinement responsable devant le Client de l’exécution par le sous-traitant ultérieur de ses obligations.'],
  ['art28-rights-assistance', 'The Processor assists the Controller by appropriate technical and organisational measures in responding to requests from data subjects exercising their rights.'],
  ['art28-rights-assistance', 'Provider will help Customer respond to data subject requests to the extent Customer cannot do so itself.'],
  ['art28-rights-assistance', 'Le Prestataire aide le Client à répondre aux demandes d’exercice des droits des personnes concernées.'],
  ['art28-compliance-assistance', 'The Processor assists the Controller in ensuring compliance with Articles 32 to 36 GDPR, including data protection impact assessments and prior consultation.'],
  ['art28-compliance-assistance', 'Provider will provide reasonable assistance with any data protection impact assessment that Customer is required to carry out.'],
  ['art28-compliance-assistance', 'Le Prestataire aide le Client pour la réalisation d’analyses d’impact relatives à la protection des données.'],
  ['art28-delete-or-return', 'At the end of the services the Processor shall, at the Controller’s choice, delete or return all personal data and delete existing copies.'],
  ['art28-delete-or-return', 'Within 30 days after termination, Provider will delete Customer Personal Data unless retention is required by law.'],
  ['art28-delete-or-return', 'Au terme du contrat, le Prestataire supprime ou renvoie toutes les données au choix du Client.'],
  ['art28-audit', 'The Processor makes available all information necessary to demonstrate compliance and allows for audits, including inspections, by the Controller or an auditor mandated by it.'],
  ['art28-audit', 'Customer may audit Provider’s compliance with this DPA once a year on 30 days’ notice.'],
  ['art28-audit', 'Le Prestataire met à disposition du Client les informations nécessaires pour démontrer le respect de ses obligations et permet la réalisation d’audits.'],
  ['art28-breach-notice', 'The Processor notifies the Controller without undue delay after becoming aware of a personal data breach.'],
  ['art28-breach-notice', 'Provider will notify Customer of a Security Incident within 48 hours.'],
  ['art28-breach-notice', 'Le Prestataire notifie au Client toute violation de données à caractère personnel dans un délai de 48 heures après en avoir pris connaissance.'],
]
const NEAR_MISSES: Array<[string, string]> = [
  // Logging is no audit right.
  ['art28-audit', 'Provider keeps audit logs of all access to the service.'],
  // Notice of maintenance is no breach notice.
  ['art28-breach-notice', 'Provider will notify Customer of planned maintenance 48 hours in advance.'],
  // Deleting an account on request is no end-of-contract duty.
  ['art28-delete-or-return', 'Users may delete their own files at any time from the dashboard.'],
]

describe('each Art. 28 item, as processor terms word it', () => {
  test.each(LINES)('%s: %s', (id, line) => {
    expect(present(line)).toContain(id)
  })
})

describe('near misses share words with an item and are not that item', () => {
  test.each(NEAR_MISSES)('not %s: %s', (id, line) => {
    expect(present(line)).not.toContain(id)
  })
})
