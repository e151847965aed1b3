import { describe, expect, test } from 'vitest'
import type { TextBlock } from '../../src/read/document.js'
import { readHtml } from '../../src/read/html.js'
import { readBuffer } from '../../src/read/index.js'

const brief = (blocks: readonly TextBlock[]): Array<[string, string, number, number, number?]> =>
  blocks.map((b) => (b.level === undefined ? [b.kind, b.text, b.line, b.column] : [b.kind, b.text, b.line, b.column, b.level]))

describe('readHtml', () => {
  test('headings, paragraphs, list items and cells with the source line and column of their text', async () => {
    const html = [
      '<!doctype html>',
      '<html><head><title>Not text</title><style>h1 { color: red }</style><script>var x = "<p>no</p>"</script></head>',
      '<body>',
      '<nav><ul><li>Home</li></ul></nav>',
      '<h1>Service   Agreement</h1>',
      '<p>The <b>Provider</b> delivers the <a href="#">services</a>&nbsp;below.</p>',
      '<h3>  2. Fees</h3>',
      '<ul>',
      '  <li>Monthly fee: 500&euro;</li>',
      '  <li><p>Paid within 30 days.</p><p>Late fees apply.</p></li>',
      '</ul>',
      '<table><tr><th>Item</th><td><p>12 EUR</p></td></tr></table>',
      '<div>Loose text in a div',
      '<div>Nested div text</div> trailing text</div>',
      '</body></html>',
    ].join('\n')
    expect(brief(await readHtml(html))).toEqual([
      ['heading', 'Service Agreement', 5, 5, 1],
      ['paragraph', 'The Provider delivers the services below.', 6, 4],
      ['heading', '2. Fees', 7, 7, 3],
      ['list-item', 'Monthly fee: 500€', 9, 7],
      ['list-item', 'Paid within 30 days.', 10, 10],
      ['list-item', 'Late fees apply.', 10, 37],
      ['table-cell', 'Item', 12, 16],
      ['table-cell', '12 EUR', 12, 32],
      ['paragraph', 'Loose text in a div', 13, 6],
      ['paragraph', 'Nested div text', 14, 6],
      ['paragraph', 'trailing text', 14, 28],
    ])
  })

  test('hidden content is skipped; two <br> separate paragraphs, one <br> is a space', async () => {
    const html =
      '<body><p hidden>Hidden.</p><p style="display: none">Also hidden.</p><div aria-hidden="true">Decoration</div>' +
      '<p>First line<br>same paragraph<br><br>Second paragraph<br/> <br/>Third</p><noscript>Enable JS</noscript></body>'
    expect((await readHtml(html)).map((b) => b.text)).toEqual(['First line same paragraph', 'Second paragraph', 'Third'])
  })

  test('10,000 nested elements do not overflow the stack', async () => {
    const html = '<div>'.repeat(10_000) + 'Deep clause.' + '</div>'.repeat(10_000)
    expect(brief(await readHtml(html))).toEqual([['paragraph', 'Deep clause.', 1, 50_001]])
  })

  test('inline titles get a heading, as in every format', async () => {
    const doc = await readBuffer(Buffer.from('<p>9. Governing Law. This agreement is governed by French law.</p>'), 'a.html', 'html')
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'Governing Law', 1, 4, 2],
      ['paragraph', '9. Governing Law. This agreement is governed by French law.', 1, 4],
    ])
  })

  test('implied end tags: unclosed p, li, td; a head without </head>', async () => {
    const html = '<html><head><title>T</title><meta charset="utf-8"><body><p>One<p>Two<ul><li>A<li>B</ul><table><tr><td>C<td>D<tr><td>E</table><h2>H<h3>I</h3>'
    expect(brief(await readHtml(html))).toEqual([
      ['paragraph', 'One', 1, 60],
      ['paragraph', 'Two', 1, 66],
      ['list-item', 'A', 1, 77],
      ['list-item', 'B', 1, 82],
      ['table-cell', 'C', 1, 103],
      ['table-cell', 'D', 1, 108],
      ['table-cell', 'E', 1, 117],
      ['heading', 'H', 1, 130, 2],
      ['heading', 'I', 1, 135, 3],
    ])
  })

  test('Windows-1252 HTML', async () => {
    const bytes = Buffer.concat([Buffer.from('<p>Dur'), Buffer.from([0xe9, 0x65, 0x20, 0x80]), Buffer.from('</p>')])
    expect((await readBuffer(bytes, 'a.htm', 'html')).blocks.map((b) => b.text)).toEqual(['Durée €'])
  })
})
