#!/usr/bin/env node
// The dev/test split of the English corpus, fixed before any tuning: a document is `test` when
// the first 8 hex digits of sha256(file name) are below 0x80000000 (50 %), except the documents of
// ADDED_FOR_DEV (the second to seventh rounds, all dev). The rule depends on the file name only, so adding
// documents never moves an existing one.
// Usage: node eval/corpus/en/split.mjs           print each file's split and the counts per kind
//        node eval/corpus/en/split.mjs --write   replace `split: SPLIT` placeholders in labels.yaml
//        node eval/corpus/en/split.mjs --check   exit 1 if a label disagrees with the rule
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Share of documents that go to the test split. */
export const TEST_SHARE = 0.5

/**
 * Documents added after the test figures were first reported (issue #11, second to
 * seventh rounds), to grow the development split. They are all `dev` whatever their hash: the test split stays the 17
 * documents fixed before any tuning, so its figures remain comparable and untouched by anything
 * written while reading these. Adding a name here never moves an existing document.
 */
export const ADDED_FOR_DEV = new Set([
  'automattic-cloudup-terms.md',
  'bonterms-mutual-nda.md',
  'commonpaper-cloud-service-agreement.md',
  'commonpaper-data-processing-agreement.md',
  'commonpaper-professional-services-agreement.md',
  'labs64-affiliate-program-agreement.md',
  'labs64-netlicensing-terms-of-service.md',
  'mozilla-firefox-lite-reward-mission-terms.md',
  'mozilla-mdn-plus-terms.md',
  'mozilla-partner-prototype-agreement.md',
  'reacher-terms-of-service.md',
  'zulip-terms-of-service.md',
  // Third round (issue #11): new publishers and kinds, labelled and scored before any tuning.
  'bonterms-data-protection-addendum.md',
  'bonterms-professional-services-agreement.md',
  'commonpaper-software-license-agreement.md',
  'hhs-sample-business-associate-agreement.docx',
  'labs64-netlicensing-service-level-agreement.md',
  'mozilla-firefox-terms-of-use.md',
  'onezero-dpa-commercial-template.md',
  'onezero-joint-controller-arrangement-template.md',
  'posthog-terms.md',
  'sourcegraph-referral-reseller-program.md',
  // Fourth round (issue #11): new publishers and kinds (data use agreement, privacy notices, a data
  // licence, a messaging service's terms, a consulting agreement), labelled and scored before any tuning.
  'appwrite-business-associate-agreement.md',
  'appwrite-privacy-policy.md',
  'appwrite-terms-and-conditions.md',
  'automattic-us-contractor-agreement.md',
  'govuk-notify-terms-of-use.md',
  'ita-developer-license-agreement.md',
  'obc-gdpr-consent-form-privacy-notice.md',
  'obc-gdpr-data-user-agreement.md',
  'supabase-acceptable-use-policy.md',
  'supabase-service-level-agreement.md',
  // Fifth round (issue #11, Art. 28 on DPAs written by others): processor terms from new publishers,
  // labelled and scored before any tuning.
  '2lines-data-processing-addendum-template.md',
  'researchequals-data-processing-agreement.md',
  'riskresponse-data-processing-addendum-template.md',
  // Fifth round (issue #11): new publishers and kinds (partner programme agreement and addendum, an
  // affiliate programme, a data sharing agreement under which the reviewing party supplies the data,
  // support and service-level annexes, a crowdfunding platform's terms), labelled and scored before any tuning.
  'creaturechat-affiliate-program-terms.md',
  'creaturechat-api-terms.md',
  'creaturechat-privacy-policy.md',
  'dluhc-core-data-sharing-agreement.md',
  'opencollective-terms-of-service.docx',
  'supabase-master-partner-program-agreement.md',
  'supabase-oauth-partner-addendum.md',
  'zitadel-enterprise-support-annex.md',
  'zitadel-service-level-description.md',
  'zitadel-terms-of-service.md',
  // Sixth round (issue #11): new publishers and kinds (an affiliate programme, marketplace publishing
  // terms with remuneration and clawbacks, a referral reward programme, an EU Data Act addendum, a
  // scraping platform's DPA, sponsorship agreements and an addendum, reseller flow-through terms, a
  // technology partner agreement), labelled and scored before any tuning.
  'apify-affiliate-program-terms.md',
  'apify-candidate-referral-program.md',
  'apify-data-processing-addendum.md',
  'apify-eu-data-act-addendum.md',
  'apify-store-publishing-terms.md',
  'commonhaus-corporate-sponsorship-agreement.md',
  'commonhaus-ossi-sponsorship-addendum.md',
  'gitlab-reseller-flow-through-terms.md',
  'gitlab-technology-partner-agreement.md',
  'psf-sponsorship-agreement.md',
  // Seventh round (issue #11): new publishers and kinds (general conditions of purchase, reseller
  // end-user services terms, certification seat terms, privacy notices for data received from a
  // webinar platform, a partner portal and competitions, a government form service's terms of use,
  // service-level agreement and respondents' terms, a design system's terms), labelled and scored
  // before any tuning.
  'canonical-academy-terms-of-service.md',
  'canonical-dell-reseller-end-user-terms.md',
  'canonical-general-conditions-of-purchase.md',
  'canonical-online-competitions-privacy-notice.md',
  'canonical-partner-portal-privacy-notice.md',
  'canonical-webinar-privacy-notice.md',
  'cds-gc-design-system-terms-of-use.md',
  'cds-gc-forms-service-level-agreement.md',
  'cds-gc-forms-terms-and-conditions.md',
  'cds-gc-forms-terms-of-use.md',
])

/** The split of one corpus file, from its name alone. */
export function splitOf(file) {
  if (ADDED_FOR_DEV.has(file)) return 'dev'
  const head = Number.parseInt(createHash('sha256').update(file, 'utf8').digest('hex').slice(0, 8), 16)
  return head < Math.floor(TEST_SHARE * 0x1_0000_0000) ? 'test' : 'dev'
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const { parse } = await import('yaml')
  const path = join(dirname(fileURLToPath(import.meta.url)), 'labels.yaml')
  let text = readFileSync(path, 'utf8')
  if (process.argv.includes('--write')) {
    text = text.replace(/^- file: (\S+)\n((?:  .*\n)*?)  split: SPLIT$/gm, (_m, file, body) => `- file: ${file}\n${body}  split: ${splitOf(file)}`)
    writeFileSync(path, text)
  }
  const labels = parse(text)
  let wrong = 0
  const counts = {}
  for (const l of labels) {
    const want = splitOf(l.file)
    if (l.split !== want) wrong++
    const key = `${l.kind}${l.facts?.role === 'processor' ? ' (processor terms)' : ''}`
    counts[key] ??= { dev: 0, test: 0 }
    counts[key][want]++
    if (!process.argv.includes('--check')) console.log(`${want.padEnd(4)}  ${l.file}${l.split === want ? '' : `  (label says ${l.split})`}`)
  }
  console.log(Object.entries(counts).map(([k, c]) => `${k}: ${c.dev} dev, ${c.test} test`).join('\n'))
  if (wrong > 0) {
    console.error(`${wrong} label(s) disagree with the split rule`)
    process.exit(1)
  }
}
