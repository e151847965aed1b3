/** Readers: a file (md, txt, docx, pdf, html) or standard input → the one document model. */
export { INPUT_FORMATS, type InputFormat, type ReviewDocument, type TextBlock } from './document.js'
export { readBuffer, readDocument, STDIN_NAME } from './read.js'
export { EXTENSIONS, SIZE_LIMITS } from './input.js'
