/**
 * DOCX → PDF with LibreOffice (`soffice --headless`), the table of contents and every field
 * refreshed before export. LibreOffice's own `--convert-to pdf` does not refresh a DOCX's fields:
 * the table of contents would keep the entries it was written with, without page numbers. So each
 * conversion runs in a private, throw-away LibreOffice profile holding one Basic macro that loads
 * each document hidden, updates its indexes and fields twice (the second pass catches the pages that
 * the first pass moved), and exports it with the `writer_pdf_Export` filter. Many documents share
 * one LibreOffice start (batch builds).
 */
import { execFile } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { scratchFolder, type ScratchFolder } from '../core/write-file.js'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError } from '../core/errors.js'
import type { Words } from '../i18n/translate.js'

/** The Debian/Ubuntu package that provides a headless `soffice`. */
export const SOFFICE_PACKAGE = 'libreoffice-writer-nogui'

/** The longest a conversion may take, per document, before it is given up (ms). */
const TIMEOUT_PER_DOCUMENT_MS = 120_000

/** LibreOffice's Basic module: converts every `*.docx` of a folder into PDF in another folder. */
const MACRO = `Sub ConvertFolder(sIn As String, sOut As String)
  Dim oLoad(0) As New com.sun.star.beans.PropertyValue
  oLoad(0).Name = "Hidden"
  oLoad(0).Value = True
  Dim oExport(0) As New com.sun.star.beans.PropertyValue
  oExport(0).Name = "FilterName"
  oExport(0).Value = "writer_pdf_Export"
  Dim aNames(0) As String
  n = 0
  sName = Dir(sIn + "/*.docx")
  Do While sName <> ""
    ReDim Preserve aNames(n)
    aNames(n) = sName
    n = n + 1
    sName = Dir()
  Loop
  For k = 0 To n - 1
    oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn + "/" + aNames(k)), "_blank", 0, oLoad())
    For iPass = 1 To 2
      oIndexes = oDoc.getDocumentIndexes()
      For i = 0 To oIndexes.getCount() - 1
        oIndexes.getByIndex(i).update()
      Next i
      oDoc.getTextFields().refresh()
    Next iPass
    oDoc.storeToURL(ConvertToURL(sOut + "/" + Left(aNames(k), Len(aNames(k)) - 5) + ".pdf"), oExport())
    oDoc.close(True)
  Next k
End Sub
`

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The Standard Basic library of the private profile, with the conversion module. */
function writeMacro(work: ScratchFolder): void {
  const dir = join('profile', 'user', 'basic', 'Standard')
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n'
  work.write(
    join(dir, 'script.xlb'),
    `${head}<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">\n <library:element library:name="Clausier"/>\n</library:library>\n`,
  )
  work.write(
    join(dir, 'Clausier.xba'),
    `${head}<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Clausier" script:language="StarBasic">${xml(MACRO)}</script:module>\n`,
  )
}

/** `soffice` (or `libreoffice`) from `CLAUSIER_SOFFICE` or the PATH; undefined when absent. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const executable = (p: string) => {
    try {
      accessSync(p, constants.X_OK)
      return true
    } catch {
      return false
    }
  }
  if (env.CLAUSIER_SOFFICE) return executable(env.CLAUSIER_SOFFICE) ? env.CLAUSIER_SOFFICE : undefined
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    for (const name of ['soffice', 'libreoffice']) if (executable(join(dir, name))) return join(dir, name)
  }
  return undefined
}

/** `soffice`, or the one-line error (exit code 2) that says which package to install. */
export function requireSoffice(env: NodeJS.ProcessEnv = process.env): string {
  const found = findSoffice(env)
  if (found) return found
  if (env.CLAUSIER_SOFFICE) throw new InputError({ key: 'error.pdf.sofficeNotExecutable', params: { path: env.CLAUSIER_SOFFICE } })
  throw new InputError({ key: 'error.pdf.noSoffice', params: { package: SOFFICE_PACKAGE } })
}

function run(file: string, args: readonly string[], timeout: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout, killSignal: 'SIGKILL', maxBuffer: 4 << 20, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } }, (error, _stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
      resolve({ code, stderr: String(stderr) })
    })
  })
}

/**
 * Converts DOCX documents to PDF in one LibreOffice run, tables of contents and fields refreshed;
 * returns the PDFs in the same order. Throws an `InputError` (one line) when LibreOffice is
 * missing or fails.
 */
export async function docxToPdf(documents: readonly Uint8Array[], soffice: string = requireSoffice()): Promise<Buffer[]> {
  if (documents.length === 0) return []
  const work = scratchFolder('clausier-pdf-')
  try {
    if (/["\\]/.test(work.path)) throw new InputError({ key: 'error.pdf.tmpName', params: { path: work.path } })
    const profile = join(work.path, 'profile')
    const inDir = work.folder('in')
    const outDir = work.folder('out')
    const profileArg = `-env:UserInstallation=${pathToFileURL(profile).href}`
    // A new profile is filled in by LibreOffice's first start, which replaces its Basic library:
    // start it once to create the profile, then add the macro.
    const init = await run(soffice, ['--headless', '--norestore', '--terminate_after_init', profileArg], 60_000)
    if (!existsSync(join(profile, 'user', 'basic', 'Standard'))) throw failed({ key: 'error.pdf.didNotStart', params: { code: String(init.code) } }, init.stderr)
    writeMacro(work)
    const names = documents.map((_, i) => String(i + 1).padStart(6, '0'))
    documents.forEach((bytes, i) => work.write(join('in', `${names[i]}.docx`), bytes))
    const macro = `macro:///Standard.Clausier.ConvertFolder("${inDir}","${outDir}")`
    const conversion = await run(soffice, ['--headless', '--norestore', '--nologo', profileArg, macro], TIMEOUT_PER_DOCUMENT_MS * documents.length)
    return names.map((name) => {
      const pdf = join(outDir, `${name}.pdf`)
      if (!existsSync(pdf)) throw failed({ key: 'error.pdf.noOutput', params: { code: conversion.code === null ? { key: 'error.pdf.tooSlow' } : String(conversion.code) } }, conversion.stderr)
      return readFileSync(pdf)
    })
  } finally {
    work.remove()
  }
}

function failed(what: Words, stderr: string): InputError {
  const detail = stderr.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.includes('javaldx'))
  return new InputError(detail ? { key: 'error.pdf.failedDetail', params: { what, detail } } : { key: 'error.pdf.failed', params: { what } })
}
