import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { InputError, ValidationError } from '../../src/core/errors.js'
import { loadDeal, parseDeal } from '../../src/deal/load.js'
import { EN_DEAL, FR_DEAL, tempDir } from '../helpers.js'

describe('deal files', () => {
  test('both example deals validate', () => {
    expect(loadDeal(FR_DEAL).role).toBe('independent')
    expect(loadDeal(EN_DEAL).role).toBe('processor')
  })

  test('defaults are applied', () => {
    const deal = loadDeal(FR_DEAL)
    expect(deal.options).toEqual({})
    expect(deal.exclude).toEqual([])
    expect(deal.delivery.method).toBe('api')
  })

  test('every problem is reported at once, located, with expected and got', () => {
    const text = [
      'language: de', // line 1: bad enum
      'date: 2026-13-45', // line 2: bad date
      'buyer: { name: ACME }', // line 3: missing fields
      'role: vendor', // line 4
      'channels: []', // line 5
      'price: { perLead: -3 }', // line 6
      'colour: blue', // line 7: unknown key
    ].join('\n')
    let error: ValidationError | undefined
    try {
      parseDeal(text, 'deal.yaml')
    } catch (e) {
      error = e as ValidationError
    }
    expect(error).toBeInstanceOf(ValidationError)
    const lines = error!.message.split('\n')
    expect(lines).toContain('deal.yaml:1:11  language  expected one of "en", "fr", got "de"')
    expect(lines).toContain('deal.yaml:2:7  date  expected a date YYYY-MM-DD, got "2026-13-45"')
    expect(lines).toContain('deal.yaml:4:7  role  expected one of "processor", "joint", "independent", got "vendor"')
    expect(lines).toContain('deal.yaml:5:11  channels  expected at least 1 item(s), got a list')
    expect(lines).toContain('deal.yaml:6:19  price.perLead  expected a value >= 0, got -3')
    expect(lines.some((l) => l.startsWith('deal.yaml:3:') && l.includes('buyer.legalForm  expected string, got nothing'))).toBe(true)
    expect(lines.some((l) => l.includes('unknown key "colour"'))).toBe(true)
    expect(lines.some((l) => l.includes('generator  expected object, got nothing'))).toBe(true)
  })

  test('unknown clause ids in exclude and clauses are rejected', () => {
    const text = `${'x: 1\n'.slice(0, 0)}exclude: [not-a-clause]\nclauses: { nope: { a: 1 } }\n`
    expect(() => parseDeal(text, 'd.yaml')).toThrow(ValidationError)
  })

  test.each([
    ['', 'd.yaml: the deal file is empty'],
    ['- a\n- b\n', 'd.yaml: expected a mapping of deal fields (see "clausier schema deal")'],
    ['a: [1, 2\n', 'd.yaml:2:1  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['__proto__: { polluted: true }\n', 'd.yaml  __proto__  key "__proto__" is not allowed'],
    ['buyer:\n  constructor: x\n', 'd.yaml  buyer.constructor  key "constructor" is not allowed'],
  ])('bad input %j → one clear InputError', (text, message) => {
    expect(() => parseDeal(text, 'd.yaml')).toThrow(InputError)
    try {
      parseDeal(text, 'd.yaml')
    } catch (e) {
      expect((e as Error).message.startsWith(message)).toBe(true)
      expect((e as Error).message).not.toContain('\n    at ')
    }
  })

  test('a YAML alias bomb is refused, not expanded', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)
    expect(() => parseDeal(bomb.join('\n'), 'bomb.yaml')).toThrow(InputError)
  })

  test('missing and binary files are input errors', () => {
    const dir = tempDir()
    expect(() => loadDeal(join(dir, 'none.yaml'), 'none.yaml')).toThrow('none.yaml: cannot read the deal file (ENOENT)')
    writeFileSync(join(dir, 'bin.yaml'), Buffer.from([0, 1, 2, 255, 254, 0]))
    expect(() => loadDeal(join(dir, 'bin.yaml'), 'bin.yaml')).toThrow('bin.yaml: not a UTF-8 text file')
  })
})
