/**
 * The fixed parts of every contract DOCX, as data: the XML the docx library wrote for our styles,
 * numbering, settings and page (`styles.ts`), kept byte for byte so that a document written here
 * is the one it wrote (`tests/render/docx-writer.test.ts` compares both on every example). Each
 * part is written one element per line for reading; the line breaks are not part of the XML.
 * Change `styles.ts` and this file together.
 */
import { escapeXml } from './xml.js'

/** The XML of a part written one element per line: the same without the line breaks. */
const xml = (lines: string): string => lines.replace(/\n/g, '')

/** The namespaces docx declares on the root of the document, numbering, settings, notes and footer parts. */
const WORD_NS = ' xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'

/** `[Content_Types].xml`: The content types of every part. */
export const CONTENT_TYPES = xml(`
<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default ContentType="image/png" Extension="png"/>
<Default ContentType="image/jpeg" Extension="jpeg"/>
<Default ContentType="image/jpeg" Extension="jpg"/>
<Default ContentType="image/bmp" Extension="bmp"/>
<Default ContentType="image/gif" Extension="gif"/>
<Default ContentType="image/svg+xml" Extension="svg"/>
<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>
<Default ContentType="application/xml" Extension="xml"/>
<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>
<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml" PartName="/docProps/custom.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml" PartName="/docProps/app.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml" PartName="/word/endnotes.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/word/theme/theme1.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" PartName="/word/footer1.xml"/></Types>
`)

/** `_rels/.rels`: The package relationships: the document and its properties. */
export const PACKAGE_RELS = xml(`
<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>
`)

/** `docProps/app.xml`: Extended properties (empty). */
export const APP = xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>
`)

/** `docProps/custom.xml`: Custom properties (empty). */
export const CUSTOM = xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>
`)

/** `word/_rels/document.xml.rels`: The document's relationships: styles, numbering, notes, settings, footer, theme, fonts. */
export const DOCUMENT_RELS = xml(`
<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>
`)

/** `word/_rels/footer1.xml.rels`: The relationships of the footer, the notes and the font table (none). */
export const EMPTY_RELS = xml(`
<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>
`)

/** `word/settings.xml`: Settings: `updateFields` asks Word to refresh every field (the table of contents) on opening. */
export const SETTINGS = xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings${WORD_NS} mc:Ignorable="w14 w15 wp14">
<w:displayBackgroundShape/>
<w:defaultTabStop w:val="720"/>
<w:evenAndOddHeaders w:val="false"/>
<w:updateFields/>
<w:compat>
<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>
`)

/** `word/fontTable.xml`: The font table (empty). */
export const FONT_TABLE = xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"/>
`)

/**
 * The separators of `word/footnotes.xml` or `word/endnotes.xml` (the same two notes, named for
 * their part; only the footnotes part declares itself standalone, as docx writes them).
 */
function noteSeparators(note: 'footnote' | 'endnote', standalone: string): string {
  const style = note === 'footnote' ? 'FootnoteReference' : 'EndnoteReference'
  const separator = (type: string, id: string, mark: string) =>
    `<w:${note} w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rStyle w:val="${style}"/></w:rPr><w:${note}Ref/></w:r><w:r><w:${mark}/></w:r></w:p></w:${note}>`
  return `<?xml version="1.0" encoding="UTF-8"${standalone}?><w:${note}s${WORD_NS} mc:Ignorable="w14 w15 wp14">${separator('separator', '-1', 'separator')}${separator('continuationSeparator', '0', 'continuationSeparator')}</w:${note}s>`
}

/** `word/footnotes.xml`: The footnote separators. */
export const FOOTNOTES = noteSeparators('footnote', ' standalone="yes"')

/** `word/endnotes.xml`: The endnote separators. */
export const ENDNOTES = noteSeparators('endnote', '')

/** `word/styles.xml`: The styles of `styles.ts`: Title, Heading 1 and 2, Clause Body, Article Heading (second language), Table Text, TOC 1… */
export const STYLES = xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles mc:Ignorable="w14 w15" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">
<w:docDefaults>
<w:rPrDefault>
<w:rPr>
<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/>
<w:sz w:val="21"/>
<w:szCs w:val="21"/></w:rPr></w:rPrDefault>
<w:pPrDefault>
<w:pPr>
<w:spacing w:after="120" w:line="276"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Normal" w:default="1">
<w:name w:val="Normal"/>
<w:qFormat/></w:style>
<w:style w:type="table" w:styleId="TableNormal" w:default="true">
<w:name w:val="Normal Table"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:tblPr>
<w:tblInd w:type="dxa" w:w="0"/>
<w:tblCellMar>
<w:top w:type="dxa" w:w="0"/>
<w:left w:type="dxa" w:w="108"/>
<w:bottom w:type="dxa" w:w="0"/>
<w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Title">
<w:name w:val="Title"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:pPr>
<w:spacing w:after="360"/>
<w:jc w:val="center"/></w:pPr>
<w:rPr>
<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/>
<w:b/>
<w:bCs/>
<w:caps/>
<w:sz w:val="36"/>
<w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1">
<w:name w:val="Heading 1"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:pPr>
<w:keepNext/>
<w:keepLines/>
<w:spacing w:after="120" w:before="360"/>
<w:outlineLvl w:val="0"/></w:pPr>
<w:rPr>
<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/>
<w:b/>
<w:bCs/>
<w:color w:val="1F3864"/>
<w:sz w:val="24"/>
<w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2">
<w:name w:val="Heading 2"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:pPr>
<w:keepNext/>
<w:spacing w:after="80" w:before="240"/>
<w:outlineLvl w:val="1"/></w:pPr>
<w:rPr>
<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/>
<w:b/>
<w:bCs/>
<w:color w:val="1F3864"/>
<w:sz w:val="22"/>
<w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3">
<w:name w:val="Heading 3"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:rPr>
<w:color w:val="1F4D78"/>
<w:sz w:val="24"/>
<w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading4">
<w:name w:val="Heading 4"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:rPr>
<w:i/>
<w:iCs/>
<w:color w:val="2E74B5"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading5">
<w:name w:val="Heading 5"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:rPr>
<w:color w:val="2E74B5"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading6">
<w:name w:val="Heading 6"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:rPr>
<w:color w:val="1F4D78"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Strong">
<w:name w:val="Strong"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:rPr>
<w:b/>
<w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph">
<w:name w:val="List Paragraph"/>
<w:basedOn w:val="Normal"/>
<w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Caption">
<w:name w:val="caption"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="35"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:qFormat/>
<w:pPr>
<w:spacing w:after="200"/></w:pPr>
<w:rPr>
<w:i/>
<w:iCs/>
<w:color w:val="44546A" w:themeColor="dark2"/>
<w:sz w:val="18"/>
<w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Bibliography">
<w:name w:val="Bibliography"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="37"/>
<w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="TOC1">
<w:name w:val="toc 1"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2">
<w:name w:val="toc 2"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="210"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC3">
<w:name w:val="toc 3"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="420"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC4">
<w:name w:val="toc 4"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="630"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC5">
<w:name w:val="toc 5"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="840"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC6">
<w:name w:val="toc 6"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="1050"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC7">
<w:name w:val="toc 7"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="1260"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC8">
<w:name w:val="toc 8"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="1470"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC9">
<w:name w:val="toc 9"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:uiPriority w:val="39"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="100"/>
<w:ind w:left="1680"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink">
<w:name w:val="Hyperlink"/>
<w:basedOn w:val="DefaultParagraphFont"/>
<w:uiPriority w:val="99"/>
<w:unhideWhenUsed/>
<w:rPr>
<w:color w:val="0563C1"/>
<w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference">
<w:name w:val="footnote reference"/>
<w:basedOn w:val="DefaultParagraphFont"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:rPr>
<w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText">
<w:name w:val="footnote text"/>
<w:basedOn w:val="Normal"/>
<w:link w:val="FootnoteTextChar"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr>
<w:sz w:val="20"/>
<w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteTextChar">
<w:name w:val="Footnote Text Char"/>
<w:basedOn w:val="DefaultParagraphFont"/>
<w:link w:val="FootnoteText"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:rPr>
<w:sz w:val="20"/>
<w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference">
<w:name w:val="endnote reference"/>
<w:basedOn w:val="DefaultParagraphFont"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:rPr>
<w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="EndnoteText">
<w:name w:val="endnote text"/>
<w:basedOn w:val="Normal"/>
<w:link w:val="EndnoteTextChar"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:pPr>
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr>
<w:sz w:val="20"/>
<w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteTextChar">
<w:name w:val="Endnote Text Char"/>
<w:basedOn w:val="DefaultParagraphFont"/>
<w:link w:val="EndnoteText"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/>
<w:rPr>
<w:sz w:val="20"/>
<w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="LineNumber">
<w:name w:val="line number"/>
<w:basedOn w:val="DefaultParagraphFont"/>
<w:uiPriority w:val="99"/>
<w:semiHidden/>
<w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="ClauseBody">
<w:name w:val="Clause Body"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="ClauseBody"/>
<w:qFormat/>
<w:pPr>
<w:spacing w:after="120"/>
<w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ArticleHeadingSecond">
<w:name w:val="Article Heading (second language)"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="ClauseBody"/>
<w:pPr>
<w:keepNext/>
<w:keepLines/>
<w:spacing w:after="120" w:before="360"/></w:pPr>
<w:rPr>
<w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/>
<w:b/>
<w:bCs/>
<w:color w:val="1F3864"/>
<w:sz w:val="24"/>
<w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText">
<w:name w:val="Table Text"/>
<w:basedOn w:val="Normal"/>
<w:pPr>
<w:spacing w:after="0"/></w:pPr></w:style></w:styles>
`)

/** `word/theme/theme1.xml`: The Office theme. */
export const THEME = xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">
<a:themeElements>
<a:clrScheme name="Office">
<a:dk1>
<a:sysClr val="windowText" lastClr="000000"/></a:dk1>
<a:lt1>
<a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
<a:dk2>
<a:srgbClr val="44546A"/></a:dk2>
<a:lt2>
<a:srgbClr val="E7E6E6"/></a:lt2>
<a:accent1>
<a:srgbClr val="4472C4"/></a:accent1>
<a:accent2>
<a:srgbClr val="ED7D31"/></a:accent2>
<a:accent3>
<a:srgbClr val="A5A5A5"/></a:accent3>
<a:accent4>
<a:srgbClr val="FFC000"/></a:accent4>
<a:accent5>
<a:srgbClr val="5B9BD5"/></a:accent5>
<a:accent6>
<a:srgbClr val="70AD47"/></a:accent6>
<a:hlink>
<a:srgbClr val="0563C1"/></a:hlink>
<a:folHlink>
<a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
<a:fontScheme name="Office">
<a:majorFont>
<a:latin typeface="Calibri Light" panose="020F0302020204030204"/>
<a:ea typeface=""/>
<a:cs typeface=""/>
<a:font script="Jpan" typeface="游ゴシック Light"/>
<a:font script="Hang" typeface="맑은 고딕"/>
<a:font script="Hans" typeface="等线 Light"/>
<a:font script="Hant" typeface="新細明體"/>
<a:font script="Arab" typeface="Times New Roman"/>
<a:font script="Hebr" typeface="Times New Roman"/>
<a:font script="Thai" typeface="Angsana New"/>
<a:font script="Ethi" typeface="Nyala"/>
<a:font script="Beng" typeface="Vrinda"/>
<a:font script="Gujr" typeface="Shruti"/>
<a:font script="Khmr" typeface="MoolBoran"/>
<a:font script="Knda" typeface="Tunga"/>
<a:font script="Guru" typeface="Raavi"/>
<a:font script="Cans" typeface="Euphemia"/>
<a:font script="Cher" typeface="Plantagenet Cherokee"/>
<a:font script="Yiii" typeface="Microsoft Yi Baiti"/>
<a:font script="Tibt" typeface="Microsoft Himalaya"/>
<a:font script="Thaa" typeface="MV Boli"/>
<a:font script="Deva" typeface="Mangal"/>
<a:font script="Telu" typeface="Gautami"/>
<a:font script="Taml" typeface="Latha"/>
<a:font script="Syrc" typeface="Estrangelo Edessa"/>
<a:font script="Orya" typeface="Kalinga"/>
<a:font script="Mlym" typeface="Kartika"/>
<a:font script="Laoo" typeface="DokChampa"/>
<a:font script="Sinh" typeface="Iskoola Pota"/>
<a:font script="Mong" typeface="Mongolian Baiti"/>
<a:font script="Viet" typeface="Times New Roman"/>
<a:font script="Uigh" typeface="Microsoft Uighur"/>
<a:font script="Geor" typeface="Sylfaen"/>
<a:font script="Armn" typeface="Arial"/>
<a:font script="Bugi" typeface="Leelawadee UI"/>
<a:font script="Bopo" typeface="Microsoft JhengHei"/>
<a:font script="Java" typeface="Javanese Text"/>
<a:font script="Lisu" typeface="Segoe UI"/>
<a:font script="Mymr" typeface="Myanmar Text"/>
<a:font script="Nkoo" typeface="Ebrima"/>
<a:font script="Olck" typeface="Nirmala UI"/>
<a:font script="Osma" typeface="Ebrima"/>
<a:font script="Phag" typeface="Phagspa"/>
<a:font script="Syrn" typeface="Estrangelo Edessa"/>
<a:font script="Syrj" typeface="Estrangelo Edessa"/>
<a:font script="Syre" typeface="Estrangelo Edessa"/>
<a:font script="Sora" typeface="Nirmala UI"/>
<a:font script="Tale" typeface="Microsoft Tai Le"/>
<a:font script="Talu" typeface="Microsoft New Tai Lue"/>
<a:font script="Tfng" typeface="Ebrima"/></a:majorFont>
<a:minorFont>
<a:latin typeface="Calibri" panose="020F0502020204030204"/>
<a:ea typeface=""/>
<a:cs typeface=""/>
<a:font script="Jpan" typeface="游明朝"/>
<a:font script="Hang" typeface="맑은 고딕"/>
<a:font script="Hans" typeface="等线"/>
<a:font script="Hant" typeface="新細明體"/>
<a:font script="Arab" typeface="Arial"/>
<a:font script="Hebr" typeface="Arial"/>
<a:font script="Thai" typeface="Cordia New"/>
<a:font script="Ethi" typeface="Nyala"/>
<a:font script="Beng" typeface="Vrinda"/>
<a:font script="Gujr" typeface="Shruti"/>
<a:font script="Khmr" typeface="DaunPenh"/>
<a:font script="Knda" typeface="Tunga"/>
<a:font script="Guru" typeface="Raavi"/>
<a:font script="Cans" typeface="Euphemia"/>
<a:font script="Cher" typeface="Plantagenet Cherokee"/>
<a:font script="Yiii" typeface="Microsoft Yi Baiti"/>
<a:font script="Tibt" typeface="Microsoft Himalaya"/>
<a:font script="Thaa" typeface="MV Boli"/>
<a:font script="Deva" typeface="Mangal"/>
<a:font script="Telu" typeface="Gautami"/>
<a:font script="Taml" typeface="Latha"/>
<a:font script="Syrc" typeface="Estrangelo Edessa"/>
<a:font script="Orya" typeface="Kalinga"/>
<a:font script="Mlym" typeface="Kartika"/>
<a:font script="Laoo" typeface="DokChampa"/>
<a:font script="Sinh" typeface="Iskoola Pota"/>
<a:font script="Mong" typeface="Mongolian Baiti"/>
<a:font script="Viet" typeface="Arial"/>
<a:font script="Uigh" typeface="Microsoft Uighur"/>
<a:font script="Geor" typeface="Sylfaen"/>
<a:font script="Armn" typeface="Arial"/>
<a:font script="Bugi" typeface="Leelawadee UI"/>
<a:font script="Bopo" typeface="Microsoft JhengHei"/>
<a:font script="Java" typeface="Javanese Text"/>
<a:font script="Lisu" typeface="Segoe UI"/>
<a:font script="Mymr" typeface="Myanmar Text"/>
<a:font script="Nkoo" typeface="Ebrima"/>
<a:font script="Olck" typeface="Nirmala UI"/>
<a:font script="Osma" typeface="Ebrima"/>
<a:font script="Phag" typeface="Phagspa"/>
<a:font script="Syrn" typeface="Estrangelo Edessa"/>
<a:font script="Syrj" typeface="Estrangelo Edessa"/>
<a:font script="Syre" typeface="Estrangelo Edessa"/>
<a:font script="Sora" typeface="Nirmala UI"/>
<a:font script="Tale" typeface="Microsoft Tai Le"/>
<a:font script="Talu" typeface="Microsoft New Tai Lue"/>
<a:font script="Tfng" typeface="Ebrima"/></a:minorFont></a:fontScheme>
<a:fmtScheme name="Office">
<a:fillStyleLst>
<a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill>
<a:gradFill rotWithShape="true">
<a:gsLst>
<a:gs pos="0">
<a:schemeClr val="phClr">
<a:lumMod val="110000"/>
<a:satMod val="105000"/>
<a:tint val="67000"/></a:schemeClr></a:gs>
<a:gs pos="50000">
<a:schemeClr val="phClr">
<a:lumMod val="105000"/>
<a:satMod val="103000"/>
<a:tint val="73000"/></a:schemeClr></a:gs>
<a:gs pos="100000">
<a:schemeClr val="phClr">
<a:lumMod val="105000"/>
<a:satMod val="109000"/>
<a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst>
<a:lin ang="5400000" scaled="false"/></a:gradFill>
<a:gradFill rotWithShape="true">
<a:gsLst>
<a:gs pos="0">
<a:schemeClr val="phClr">
<a:satMod val="103000"/>
<a:lumMod val="102000"/>
<a:tint val="94000"/></a:schemeClr></a:gs>
<a:gs pos="50000">
<a:schemeClr val="phClr">
<a:satMod val="110000"/>
<a:lumMod val="100000"/>
<a:shade val="100000"/></a:schemeClr></a:gs>
<a:gs pos="100000">
<a:schemeClr val="phClr">
<a:lumMod val="99000"/>
<a:satMod val="120000"/>
<a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst>
<a:lin ang="5400000" scaled="false"/></a:gradFill></a:fillStyleLst>
<a:lnStyleLst>
<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">
<a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill>
<a:prstDash val="solid"/>
<a:miter lim="800000"/></a:ln>
<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">
<a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill>
<a:prstDash val="solid"/>
<a:miter lim="800000"/></a:ln>
<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr">
<a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill>
<a:prstDash val="solid"/>
<a:miter lim="800000"/></a:ln></a:lnStyleLst>
<a:effectStyleLst>
<a:effectStyle>
<a:effectLst/></a:effectStyle>
<a:effectStyle>
<a:effectLst/></a:effectStyle>
<a:effectStyle>
<a:effectLst>
<a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="false">
<a:srgbClr val="000000">
<a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>
<a:bgFillStyleLst>
<a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill>
<a:solidFill>
<a:schemeClr val="phClr">
<a:tint val="95000"/>
<a:satMod val="170000"/></a:schemeClr></a:solidFill>
<a:gradFill rotWithShape="true">
<a:gsLst>
<a:gs pos="0">
<a:schemeClr val="phClr">
<a:tint val="93000"/>
<a:satMod val="150000"/>
<a:shade val="98000"/>
<a:lumMod val="102000"/></a:schemeClr></a:gs>
<a:gs pos="50000">
<a:schemeClr val="phClr">
<a:tint val="98000"/>
<a:satMod val="130000"/>
<a:shade val="90000"/>
<a:lumMod val="103000"/></a:schemeClr></a:gs>
<a:gs pos="100000">
<a:schemeClr val="phClr">
<a:shade val="63000"/>
<a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst>
<a:lin ang="5400000" scaled="false"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>
<a:objectDefaults/>
<a:extraClrSchemeLst/></a:theme>
`)

/** One level of a list numbering (`w:lvl`): its format, its text, its indentation in twips. */
function numberingLevel(ilvl: number, format: 'bullet' | 'decimal', text: string, left: number, hanging: number): string {
  const suffix = format === 'decimal' ? '<w:suff w:val="tab"/>' : ''
  return `<w:lvl w:ilvl="${ilvl}" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${suffix}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr></w:lvl>`
}

function abstractNumbering(id: number, levels: string[]): string {
  return `<w:abstractNum w:abstractNumId="${id}" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`
}

/** docx's default bullets, one per level. */
const DEFAULT_BULLETS = ['●', '○', '■', '●', '○', '■', '●', '●', '●']
/** The numbered articles and their sub-clauses (`%1.`, `%1.%2`), as `styles.ts` indents them. */
const ARTICLE_LEVELS = [numberingLevel(0, 'decimal', '%1.', 567, 567), numberingLevel(1, 'decimal', '%1.%2', 567, 567)]

/** The start of `word/numbering.xml`: the default bullets and the three lists of `styles.ts` (abstract numberings 1 to 4). */
export const NUMBERING_START =
  xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering mc:Ignorable="w14 w15 wp14"${WORD_NS}>`) +
  abstractNumbering(
    1,
    DEFAULT_BULLETS.map((bullet, i) => numberingLevel(i, 'bullet', bullet, 720 * (i + 1), 360)),
  ) +
  abstractNumbering(2, ARTICLE_LEVELS) +
  abstractNumbering(3, ARTICLE_LEVELS) +
  abstractNumbering(4, [numberingLevel(0, 'bullet', '•', 1134, 284)])

/** The start of `word/document.xml`, up to its body. */
export const DOCUMENT_START = xml(`
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document mc:Ignorable="w14 w15 wp14"${WORD_NS} xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex" xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex" xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex" xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex" xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex" xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex" xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex" xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex">
`)

/** The end of `word/document.xml`: the page (A4, margins) and its footer. */
export const DOCUMENT_END = xml(`
<w:sectPr>
<w:footerReference w:type="default" r:id="rId6"/>
<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>
<w:pgMar w:top="1134" w:right="1247" w:bottom="1134" w:left="1247" w:header="708" w:footer="708" w:gutter="0"/>
<w:pgNumType/>
<w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>
`)

/** A 9-pt run of the footer around `inner` (text or field character). */
const footerRun = (inner: string): string => `<w:r><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>${inner}</w:r>`

/** A field (PAGE, NUMPAGES) in footer runs: begin, instruction, separate, end. */
const footerField = (instruction: string): string =>
  [
    '<w:fldChar w:fldCharType="begin"/>',
    `<w:instrText xml:space="preserve">${instruction}</w:instrText>`,
    '<w:fldChar w:fldCharType="separate"/>',
    '<w:fldChar w:fldCharType="end"/>',
  ]
    .map(footerRun)
    .join('')

/** `word/footer1.xml`: "Page X / Y" centred, 9 pt (label: the word before the number). */
export const footer = (label: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>' +
  `<w:ftr${WORD_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  footerRun(`<w:t xml:space="preserve">${escapeXml(label)} </w:t>`) +
  footerField('PAGE') +
  footerRun('<w:t xml:space="preserve"> / </w:t>') +
  footerField('NUMPAGES') +
  '</w:p></w:ftr>'

/** Document properties (`docProps/core.xml`); an empty value is left out, as docx did. */
export interface CoreProperties {
  title: string
  subject: string
  creator: string
  keywords: string
  description: string
  lastModifiedBy: string
}

/** `docProps/core.xml`: the properties, revision 1, created and modified at `date`. */
export function coreXml(p: CoreProperties, date: Date): string {
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '')
  const at = date.toISOString()
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', p.title) +
    element('dc:subject', p.subject) +
    element('dc:creator', p.creator) +
    element('cp:keywords', p.keywords) +
    element('dc:description', p.description) +
    element('cp:lastModifiedBy', p.lastModifiedBy) +
    `<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  )
}
