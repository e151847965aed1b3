/** The JSON Schema of deal files, generated from the zod schema (one definition). */
import * as z from 'zod'
import { dealSchema } from './schema.js'

/** JSON Schema (draft 2020-12) describing a deal file as a user writes it. */
export function dealJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(dealSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  return { ...schema, $id: 'https://clausier.dev/schema/deal.json', title: 'clausier deal' }
}
