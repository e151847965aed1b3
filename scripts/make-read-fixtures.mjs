#!/usr/bin/env node
/**
 * Generates the reader fixtures under tests/fixtures/read/: the same short contract as .md, .txt,
 * .html, .docx (with the `docx` package) and .pdf (LibreOffice from the .docx), plus an
 * encrypted PDF (qpdf) and an image-only "scanned" PDF (written by hand). Run it again only when
 * the contract text changes; the tests read the committed files (CI needs neither LibreOffice nor
 * qpdf).
 *
 *   node scripts/make-read-fixtures.mjs
 *
 * Needs `soffice` (LibreOffice) and `qpdf` on the PATH.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  AlignmentType,
  Bookmark,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

const out = fileURLToPath(new URL('../tests/fixtures/read/', import.meta.url))
mkdirSync(out, { recursive: true })

/** The contract, one entry per block: [kind, text]. Every format below writes exactly this. */
const CONTRACT = [
  ['title', 'Lead Generation Agreement'],
  ['p', 'This agreement is made between Acme SAS (the Buyer) and Leadco SARL (the Generator).'],
  ['h', '1. Purpose'],
  [
    'p',
    'The Generator shall provide qualified leads to the Buyer under the conditions below, for the whole term of this agreement and in every country where the Buyer runs its campaigns, without any exclusivity.',
  ],
  ['h', '2. Consent'],
  ['p', 'The Generator keeps a record of each consent for five years.'],
  ['li', 'Proof of consent is delivered within five business days.'],
  ['li', 'Records include the date, the time and the source of the consent.'],
  ['h', '3. Price'],
  ['table', [['Item', 'Price'], ['Qualified lead', '12 EUR']]],
  ['p', '9. Governing Law. This agreement is governed by French law.'],
  ['p', 'Signed in Paris, on 1 March 2026.'],
]

/** Joins blocks with a blank line, list items with a single newline. */
function joinBlocks(parts) {
  let text = ''
  parts.forEach(([kind, chunk], i) => {
    if (i > 0) text += kind === 'li' && parts[i - 1]?.[0] === 'li' ? '\n' : '\n\n'
    text += chunk
  })
  return text + '\n'
}

// Markdown.
writeFileSync(
  join(out, 'contract.md'),
  joinBlocks(
    CONTRACT.map(([kind, value]) => {
      if (kind === 'title') return [kind, `# ${value}`]
      if (kind === 'h') return [kind, `## ${value}`]
      if (kind === 'li') return [kind, `- ${value}`]
      if (kind === 'table') {
        const [head, ...rows] = value
        return [kind, [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')]
      }
      return [kind, value]
    }),
  ),
)

// Plain text.
writeFileSync(
  join(out, 'contract.txt'),
  joinBlocks(
    CONTRACT.map(([kind, value]) => {
      if (kind === 'li') return [kind, `- ${value}`]
      if (kind === 'table') return [kind, value.map((r) => `| ${r.join(' | ')} |`).join('\n')]
      return [kind, value]
    }),
  ),
)

// HTML.
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const html = ['<!DOCTYPE html>', '<html lang="en">', '<head><title>Ignored title</title><style>p { color: red }</style></head>', '<body>', '<nav><a href="#">Menu (ignored)</a></nav>']
let inList = false
for (const [kind, value] of CONTRACT) {
  if (kind !== 'li' && inList) {
    html.push('</ul>')
    inList = false
  }
  if (kind === 'title') html.push(`<h1>${escape(value)}</h1>`)
  else if (kind === 'h') html.push(`<h2>${escape(value)}</h2>`)
  else if (kind === 'p') html.push(`<p>${escape(value)}</p>`)
  else if (kind === 'li') {
    if (!inList) html.push('<ul>')
    inList = true
    html.push(`  <li>${escape(value)}</li>`)
  } else if (kind === 'table') {
    html.push('<table>')
    value.forEach((row, i) => html.push(`  <tr>${row.map((c) => (i === 0 ? `<th>${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`))
    html.push('</table>')
  }
}
html.push('<script>document.write("ignored")</script>', '</body>', '</html>', '')
writeFileSync(join(out, 'contract.html'), html.join('\n'))

// Word.
const children = []
for (const [kind, value] of CONTRACT) {
  if (kind === 'title') children.push(new Paragraph({ text: value, heading: HeadingLevel.HEADING_1 }))
  else if (kind === 'h') children.push(new Paragraph({ text: value, heading: HeadingLevel.HEADING_2 }))
  else if (kind === 'li') children.push(new Paragraph({ text: value, bullet: { level: 0 } }))
  else if (kind === 'table') {
    children.push(
      new Table({
        width: { size: 9000, type: WidthType.DXA },
        columnWidths: [4500, 4500],
        rows: value.map(
          (row) => new TableRow({ children: row.map((c) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [new Paragraph(c)] })) }),
        ),
      }),
    )
  } else if (value.startsWith('9.')) {
    children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new Bookmark({ id: 'cl_governing-law_v1', children: [new TextRun(value)] })] }))
  } else children.push(new Paragraph({ alignment: AlignmentType.LEFT, text: value }))
}
const docx = new Document({ creator: 'clausier tests', title: 'Lead Generation Agreement', sections: [{ children }] })
writeFileSync(join(out, 'contract.docx'), await Packer.toBuffer(docx))

// PDF from the Word file, with LibreOffice.
const work = mkdtempSync(join(tmpdir(), 'clausier-fixtures-'))
try {
  copyFileSync(join(out, 'contract.docx'), join(work, 'contract.docx'))
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, join(work, 'contract.docx')], { stdio: 'ignore' })
  copyFileSync(join(work, 'contract.pdf'), join(out, 'contract.pdf'))
  // Encrypted with a user password (qpdf), so that it cannot be opened without it.
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner-secret', '256', '--', join(out, 'contract.pdf'), join(out, 'encrypted.pdf')])
} finally {
  rmSync(work, { recursive: true, force: true })
}

// A "scanned" PDF: one page holding an image and no text.
writeFileSync(join(out, 'scanned.pdf'), imageOnlyPdf())

function imageOnlyPdf() {
  const width = 64
  const height = 64
  const pixels = Buffer.alloc(width * height)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = (x ^ y) & 8 ? 40 : 220
  const hex = pixels.toString('hex') + '>'
  const content = `q 400 0 0 400 100 300 cm /Im1 Do Q`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${hex.length} >>\nstream\n${hex}\nendstream`,
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

console.log(`fixtures written to ${out}`)
