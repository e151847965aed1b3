/** OCR for scanned PDF pages and image files: offline tesseract.js with French and English data. */
export { imageInfo, imageType, MAX_PIXELS, MAX_SIDE, type ImageInfo, type ImageType } from './image-info.js'
export { readImage } from './image.js'
export { noTextError, ocrPages, type OcrResult, type PageImage } from './ocr.js'
export { OCR_DEFAULTS, ocrOptions, type OcrOptions, type ReadOptions } from './options.js'
export { ocrPdfPages } from './pdf-pages.js'
