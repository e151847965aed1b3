import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { isStream, writeFileAtomic } from '../../src/core/write-file.js'
import { cli, tempDir } from '../helpers.js'

test('-o /dev/null writes to the device and never replaces it with a file (no --force needed)', async () => {
  const { code, err } = await cli(['review', 'examples/quotes/bon-de-commande-azur-leads-piscines.md', '--format', 'json', '-o', '/dev/null', '--fail-on', 'never'])
  expect(err).toBe('wrote /dev/null\n')
  expect(code).toBe(0)
  expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
})

test('a named pipe receives the data and stays a pipe', async () => {
  const fifo = join(tempDir(), 'out.fifo')
  execFileSync('mkfifo', [fifo])
  expect(isStream(fifo)).toBe(true)
  const reader = spawn('cat', [fifo])
  let got = ''
  reader.stdout.on('data', (d: Buffer) => (got += d.toString()))
  const closed = new Promise((resolve) => reader.on('close', resolve))
  writeFileAtomic(fifo, 'hello\n')
  await closed
  expect(got).toBe('hello\n')
  expect(statSync(fifo).isFIFO()).toBe(true)
})

test('regular files are not streams', () => {
  const dir = tempDir()
  const file = join(dir, 'a.txt')
  writeFileAtomic(file, 'x')
  expect(isStream(file)).toBe(false)
  expect(isStream(dir)).toBe(false)
  expect(readFileSync(file, 'utf8')).toBe('x')
})
