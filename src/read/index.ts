/** Readers: a file (md, txt, docx, pdf, html, images by OCR) or standard input → the one document model. */
export { INPUT_FORMATS, type InputFormat, type OcrPage, type OcrSummary, type ReviewDocument, type TextBlock } from './document.js'
export { readBuffer, readDocument, STDIN_NAME } from './read.js'
export { EXTENSIONS, SIZE_LIMITS } from './input.js'
export { OCR_DEFAULTS, type OcrOptions, type ReadOptions } from './ocr/options.js'
