/** Words the builder writes from deal values, in each language. */
import type { Channel, Lang, Role } from '../library/schema.js'

export const CHANNEL_LABEL: Record<Lang, Record<Channel, string>> = {
  en: { email: 'email', sms: 'SMS', phone: 'telephone', postal: 'post' },
  fr: { email: 'courrier électronique', sms: 'SMS', phone: 'téléphone', postal: 'courrier postal' },
}

export const ROLE_LABEL: Record<Lang, Record<Role, string>> = {
  en: { processor: "the Buyer's processor", joint: 'joint controller with the Buyer', independent: 'an independent controller' },
  fr: { processor: 'sous-traitant du Client', joint: 'responsable conjoint du traitement avec le Client', independent: 'responsable de traitement indépendant' },
}

/** The own-site label when the generator is the buyer's processor (the site is the buyer's). */
export const BUYER_SITE_LABEL: Record<Lang, string> = { en: "Buyer's own site, operated by the Generator", fr: 'Site du Client, exploité par le Fournisseur' }

export const SOURCE_TYPE_LABEL: Record<Lang, Record<string, string>> = {
  en: { 'own-site': "Generator's own site", publisher: 'Publisher', 'co-registration': 'Co-registration', contest: 'Contest', 'product-test': 'Product test', survey: 'Survey', 'comparison-site': 'Comparison site', 'call-centre': 'Call centre', other: 'Other' },
  fr: { 'own-site': 'Site du Fournisseur', publisher: 'Éditeur', 'co-registration': 'Coregistration', contest: 'Jeu-concours', 'product-test': 'Test de produits', survey: 'Questionnaire', 'comparison-site': 'Comparateur', 'call-centre': "Centre d'appels", other: 'Autre' },
}

export const TABLE_HEADERS: Record<Lang, { sources: string[]; subprocessors: string[]; price: string[] }> = {
  en: {
    sources: ['Source', 'Type', 'Address of the collection form'],
    subprocessors: ['Subcontractor', 'Activity', 'Country', 'Transfer safeguard'],
    price: ['Item', 'Terms'],
  },
  fr: {
    sources: ['Source', 'Type', 'Adresse du formulaire de collecte'],
    subprocessors: ['Prestataire', 'Activité', 'Pays', 'Garantie du transfert'],
    price: ['Élément', 'Conditions'],
  },
}
