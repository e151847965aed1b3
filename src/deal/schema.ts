/**
 * The deal a user fills in: parties, leads, channels, prices, GDPR roles, liability, termination.
 * One strict zod schema serves the CLI, the JSON Schema (`clausier schema deal`) and, later, the
 * web form. Defaults are the protective values a buyer's lawyer would start from. A value that
 * feeds a clause variable is bounded as tightly as that variable, so that a deal that validates builds.
 */
import * as z from 'zod'
import { CHANNELS, LANGS, OPTIONS, ROLES } from '../library/schema.js'

const nonEmpty = z.string().trim().min(1).max(300)
const longText = z.string().trim().min(1).max(2000)
const money = z.number().nonnegative().max(1e12)
const days = z.number().int().min(0).max(3650)

const party = z.strictObject({
  name: nonEmpty.describe('Registered name of the company'),
  legalForm: nonEmpty.describe('Legal form, e.g. SAS, SA, Ltd'),
  registration: nonEmpty.describe('Registration number, e.g. RCS Paris 123 456 789'),
  capital: nonEmpty.optional().describe('Share capital, as written in the register (absent: left as [●] in the draft)'),
  address: nonEmpty.describe('Registered office address'),
  signatory: z.strictObject({
    name: nonEmpty,
    title: nonEmpty.describe('Capacity, e.g. Président, CEO'),
  }),
  email: z.email().optional().describe('Notice address'),
  merchant: z.boolean().optional().describe('True when the party contracts as a merchant (CPC art. 48); absent: inferred from the legal form'),
})

const source = z.strictObject({
  name: nonEmpty,
  url: z.url().max(500).optional(),
  type: z.enum(['own-site', 'publisher', 'co-registration', 'contest', 'product-test', 'survey', 'comparison-site', 'call-centre', 'other']),
})

/** The deal schema. */
export const dealSchema = z.strictObject({
  language: z.enum(LANGS).default('fr').describe('Language of the contract'),
  controllingLanguage: z.enum(LANGS).optional().describe("Bilingual contracts (build --lang fr,en): the version that prevails; default: the deal's language"),
  date: z.iso.date().optional().describe('Date of signature (YYYY-MM-DD), only when already known; absent: left blank, and the agreement takes effect on the last signature'),
  reference: nonEmpty.optional().describe('Internal reference of the deal'),
  buyer: party.describe('The company buying the leads'),
  generator: party.describe('The lead generator'),
  role: z.enum(ROLES).describe('GDPR role of the generator: processor (Art. 28), joint controller (Art. 26) or independent controller'),
  consumers: z.boolean().default(true).describe('True when the leads are consumers (B2C); false for professionals (B2B)'),
  channels: z.array(z.enum(CHANNELS)).min(1).describe('Channels the buyer will use to contact the leads'),
  liveTransfer: z.boolean().default(false).describe('The generator calls the lead and transfers the call to the buyer'),
  collectionStart: z.iso.date().describe('Earliest collection date of the leads delivered (decides the telephone regime)'),
  sectors: z.array(nonEmpty).min(1).describe('Business sectors of the campaigns'),
  leads: z.strictObject({
    product: nonEmpty.describe('What the lead asked about, e.g. home insurance quote'),
    criteria: z.array(nonEmpty).min(1).describe('Qualification criteria'),
    fields: z.array(nonEmpty).min(1).describe('Data fields delivered per lead'),
    temperature: z.enum(['hot', 'cold']).default('hot').describe('hot: real-time request; cold: from a database'),
  }),
  sources: z.array(source).min(1).describe('Approved collection sources (forms, sites, call centres)'),
  sourceChangeNoticeDays: z.number().int().min(1).max(90).default(15).describe('Days of notice before a new source is used'),
  formChangeNoticeDays: z.number().int().min(1).max(60).default(5).describe('Business days of notice before a collection form of an approved source is changed'),
  subprocessorNoticeDays: z.number().int().min(1).max(90).default(30).describe('Days of notice before a new subcontractor or sub-processor is used'),
  survivalYears: z.number().int().min(1).max(30).default(5).describe('Minimum years after the end of the agreement during which the compliance warranties and the indemnity survive'),
  proofRetentionYears: z.number().int().min(1).max(10).default(5).describe('Years the consent records (including call recordings that carry a consent) are kept'),
  recordingMonths: z.number().int().min(1).max(60).default(6).describe('Months other call recordings are kept'),
  noEnergyWorks: z.boolean().default(false).describe('The buyer warrants that nothing it offers to the leads is energy-renovation or renewable-energy work or equipment, or home adaptation for ageing or disability'),
  delivery: z.strictObject({
    method: z.enum(['api', 'sftp', 'crm', 'encrypted-file']).default('api'),
    maxDelayMinutes: z.number().int().min(1).max(10080).default(15),
    maxLeadAgeHours: z.number().int().min(1).max(8760).default(72),
  }).prefault({}),
  volumes: z.strictObject({
    monthlyCap: z.number().int().min(1).max(1e9),
    dailyCap: z.number().int().min(1).max(1e9).optional(),
    minimum: z.number().int().min(0).max(1e9).default(0),
    tolerancePercent: z.number().min(0).max(100).default(10),
  }),
  price: z.strictObject({
    perLead: z.number().nonnegative().max(1_000_000).describe('Price per valid lead, excluding VAT'),
    currency: z.enum(['EUR', 'GBP', 'USD', 'CHF']).default('EUR'),
    invoicing: z.enum(['monthly', 'per-delivery']).default('monthly').describe('monthly: one periodic invoice per calendar month (CGI art. 289, I-3; payment within 45 days of the invoice date at most); per-delivery: one invoice per delivery'),
    paymentDays: z.number().int().min(0).max(60).default(45).describe('Payment term in days (C. com. L. 441-10: at most 60 days from the invoice, 45 days end of month, or 45 days from a periodic invoice)'),
    paymentBasis: z.enum(['invoice', 'end-of-month']).default('invoice'),
  }),
  exclusivity: z.strictObject({
    exclusive: z.boolean().default(true),
    periodDays: days.default(90),
    maxBuyers: z.number().int().min(1).max(100).default(1),
    dedupDays: days.default(90),
  }).optional().describe('Absent: the draft makes the leads exclusive for 90 days with 90-day deduplication, and build says so'),
  returns: z.strictObject({
    dataDefectDays: z.number().int().min(1).max(365).default(7),
    complianceDefectMonths: z.number().int().min(1).max(120).default(36),
    verificationDays: z.number().int().min(1).max(60).default(5),
    remedy: z.enum(['credit', 'replacement', 'refund']).default('credit'),
  }).prefault({}),
  proof: z.strictObject({
    deliveryDays: z.number().int().min(1).max(30).default(2),
    urgentHours: z.number().int().min(1).max(240).default(24),
  }).prefault({}),
  optOutHours: z.number().int().min(1).max(720).default(24),
  breachNoticeHours: z.number().int().min(1).max(168).default(24),
  audit: z.strictObject({
    perYear: z.number().int().min(1).max(52).default(1),
    noticeDays: z.number().int().min(0).max(90).default(15),
    monthlySample: z.number().int().min(0).max(100000).default(20),
  }).prefault({}),
  offshore: z.array(z.strictObject({
    country: nonEmpty,
    provider: nonEmpty,
    activity: nonEmpty,
    mechanism: z.enum(['adequacy', 'scc']),
  })).default([]).describe('Processing outside the EEA (call centres, hosting)'),
  subprocessors: z.array(z.strictObject({ name: nonEmpty, activity: nonEmpty, country: nonEmpty })).default([]),
  term: z.strictObject({
    initialMonths: z.number().int().min(1).max(120).default(12),
    renewal: z.enum(['tacit', 'none']).default('tacit'),
    renewalMonths: z.number().int().min(1).max(60).default(12),
  }).prefault({}),
  notice: z.strictObject({
    convenienceMonths: z.number().int().min(0).max(24).default(3),
    cureDays: z.number().int().min(0).max(90).default(15),
  }).prefault({}),
  liability: z.strictObject({
    capMultiple: z.number().min(0).max(100).default(1).describe('Cap as a multiple of the fees of the last 12 months'),
    capFloor: money.default(100000).describe('Minimum cap amount'),
    dataCapFloor: money.optional().describe('Separate, higher cap for data-protection breaches (absent: uncapped)'),
  }).prefault({}),
  insurance: z.strictObject({
    professionalLiability: money.default(2000000),
    cyber: money.default(1000000),
  }).prefault({}),
  penalties: z.strictObject({
    perLeadWithoutProof: money.default(50),
    perDayLateProof: money.default(100),
    capPercent: z.number().min(0).max(100).default(20),
  }).optional(),
  confidentialityYears: z.number().int().min(0).max(20).default(5),
  governingLaw: z.enum(['france']).default('france'),
  courts: nonEmpty.default('Paris').describe('City of the competent commercial court (named tribunal des activités économiques where the pilot runs)'),
  options: z.strictObject(Object.fromEntries(OPTIONS.map((o) => [o, z.boolean().optional()])) as Record<(typeof OPTIONS)[number], z.ZodOptional<z.ZodBoolean>>).default({}),
  clauses: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))).default({})
    .describe('Per-clause variable overrides: { <clause id>: { <variable>: value } }'),
  exclude: z.array(z.string()).default([]).describe('Clause ids to leave out of the draft'),
})

/** A validated deal, defaults applied. */
export type Deal = z.infer<typeof dealSchema>
/** A deal as a user may write it (defaults optional). */
export type DealInput = z.input<typeof dealSchema>
