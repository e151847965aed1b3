/** `clausier schema deal`: prints the JSON Schema of deal files, for editors. */
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { dealJsonSchema } from '../../deal/json-schema.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'

/** Registers the `schema` command. */
export function registerSchema(program: Command, io: Io, describe: Describe): void {
  program
    .command('schema <name>')
    .description(describe('help.schema'))
    .action((name: string) => {
      if (name !== 'deal') throw new UsageError({ key: 'cli.unknownSchema', params: { name } })
      io.stdout(`${JSON.stringify(dealJsonSchema(), null, 2)}\n`)
    })
}
