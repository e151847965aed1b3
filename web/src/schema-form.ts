/**
 * The deal form, generated from the deal's JSON Schema (itself generated from the zod schema), with
 * the catalogue's words: objects are fieldsets, enums are selects with their labels (checkboxes
 * for a list of values), numbers and dates are text inputs that accept French habits and say what
 * they understood, booleans are checkboxes (a three-way select when the schema has no default),
 * lists have add/remove rows, an optional object has an "include" box, and the per-clause
 * adjustments are lines « clause : variable = valeur ». Every field has `data-path`, its help tied
 * to the input (`aria-describedby`) and an empty message slot for the server's message.
 */
import { h } from './dom.js'
import { enumLabel, field, lang, t } from './i18n.js'
import { dateForInput, formatDate, formatNumber, parseDate, parseNumber } from './parse.js'
import { getAt, pathKey, setAt, type Path } from './state.js'
import type { JsonSchema } from './types.js'

/** What the fields need: the state they edit and what to do after a change. */
export interface FormContext {
  state: Record<string, unknown>
  /** A value changed (re-check and preview). */
  changed(): void
  /** The shape changed (a row added or removed): render the form again, then re-check. */
  rerender(): void
}

/** The starting value of a schema: its default, else for a required object its properties' starting values. */
export function initialValue(schema: JsonSchema, required = true): unknown {
  if (schema.default !== undefined) return fillDefaults(schema, structuredClone(schema.default))
  if (!required) return undefined
  if (schema.type === 'object' && schema.properties) return fillDefaults(schema, {})
  if (schema.type === 'array') return []
  return undefined
}

function fillDefaults(schema: JsonSchema, value: unknown): unknown {
  if (schema.type !== 'object' || !schema.properties || value === null || typeof value !== 'object') return value
  const out = value as Record<string, unknown>
  for (const [key, prop] of Object.entries(schema.properties)) {
    if (out[key] === undefined) {
      const v = initialValue(prop, (schema.required ?? []).includes(key))
      if (v !== undefined) out[key] = v
    }
  }
  return out
}

/** The id of a field's control. */
export const fieldId = (path: Path) => `f-${pathKey(path).replace(/[^\w-]/g, '-')}`

const requiredMark = (required: boolean) => (required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ['*']) : null)

function wrap(path: Path, label: string, control: HTMLElement, help: string | undefined, required: boolean, extra: HTMLElement | null = null, unit?: string): HTMLElement {
  const id = fieldId(path)
  const described = [help ? `${id}-help` : '', extra ? `${id}-understood` : '', `${id}-msg`].filter(Boolean).join(' ')
  control.setAttribute('aria-describedby', described)
  if (required) control.setAttribute('aria-required', 'true')
  return h('div', { class: 'field', 'data-path': pathKey(path) }, [
    h('label', { for: id }, [label, requiredMark(required)]),
    unit ? h('span', { class: 'with-unit' }, [control, h('span', { class: 'unit' }, [unit])]) : control,
    help ? h('small', { class: 'hint', id: `${id}-help` }, [help]) : null,
    extra,
    h('div', { class: 'msg', id: `${id}-msg` }),
  ])
}

/** A text input for a number or a date that reads French habits and shows what it understood. */
function understoodInput(kind: 'number' | 'date', schema: JsonSchema, path: Path, ctx: FormContext, currency: string | undefined): { input: HTMLInputElement; understood: HTMLElement } {
  const id = fieldId(path)
  const value = getAt(ctx.state, path)
  const understood = h('small', { class: 'understood', id: `${id}-understood`, 'aria-live': 'polite' })
  const show = (v: unknown) => {
    if (typeof v === 'number') understood.textContent = t('form.understoodNumber', { value: formatNumber(v, lang(), currency) })
    else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) understood.textContent = t('form.understoodDate', { value: formatDate(v, lang()) })
    else understood.textContent = ''
  }
  const initial = typeof value === 'number' ? formatNumber(value, lang()) : typeof value === 'string' ? (kind === 'date' ? dateForInput(value) : value) : ''
  const input = h('input', {
    id,
    type: 'text',
    inputmode: kind === 'number' ? (schema.type === 'integer' ? 'numeric' : 'decimal') : 'text',
    autocomplete: 'off',
    placeholder: kind === 'date' ? t('form.datePlaceholder') : undefined,
    value: initial,
    oninput: (e) => {
      const raw = (e.target as HTMLInputElement).value
      if (raw.trim() === '') {
        setAt(ctx.state, path, undefined)
        understood.textContent = ''
      } else {
        const parsed = kind === 'number' ? parseNumber(raw) : parseDate(raw)
        if (parsed.ok) {
          setAt(ctx.state, path, parsed.value)
          show(parsed.value)
        } else {
          // Kept as typed: the check refuses it, so no other value can reach the contract.
          setAt(ctx.state, path, raw)
          understood.textContent = t(kind === 'number' ? 'form.notNumber' : 'form.notDate')
        }
      }
      ctx.changed()
    },
  })
  // Shown once the user types: a value loaded or by default is displayed as written already.
  return { input, understood }
}

function inputFor(schema: JsonSchema, path: Path, ctx: FormContext, required: boolean): { control: HTMLElement; extra: HTMLElement | null } {
  const id = fieldId(path)
  const key = pathKey(path)
  const value = getAt(ctx.state, path)
  const set = (v: unknown) => {
    setAt(ctx.state, path, v)
    ctx.changed()
  }
  if (schema.enum) {
    const blank = !required || value === undefined ? [h('option', { value: '' }, [t('form.choose')])] : []
    const options = schema.enum.map((v) => h('option', { value: String(v), selected: v === value }, [enumLabel(key, v)]))
    return { control: h('select', { id, onchange: (e) => set((e.target as HTMLSelectElement).value || undefined) }, [...blank, ...options]), extra: null }
  }
  switch (schema.type) {
    case 'boolean': {
      if (schema.default !== undefined || required) return { control: h('input', { id, type: 'checkbox', checked: value === true, onchange: (e) => set((e.target as HTMLInputElement).checked) }), extra: null }
      const choices: Array<[string, string]> = [['', t('form.default')], ['true', t('form.yes')], ['false', t('form.no')]]
      const current = value === undefined ? '' : String(value)
      return { control: h('select', { id, onchange: (e) => set(({ true: true, false: false } as Record<string, boolean>)[(e.target as HTMLSelectElement).value]) }, choices.map(([v, label]) => h('option', { value: v, selected: v === current }, [label]))), extra: null }
    }
    case 'integer':
    case 'number': {
      const currency = field(key).unit === '€' ? 'EUR' : key === 'price.perLead' ? String(getAt(ctx.state, ['price', 'currency']) ?? 'EUR') : undefined
      const { input, understood } = understoodInput('number', schema, path, ctx, currency)
      return { control: input, extra: understood }
    }
    default: {
      if (schema.format === 'date') {
        const { input, understood } = understoodInput('date', schema, path, ctx, undefined)
        return { control: input, extra: understood }
      }
      const type = schema.format === 'email' ? 'email' : 'text'
      const onInput = (e: Event) => {
        const raw = (e.target as HTMLInputElement | HTMLTextAreaElement).value
        set(raw === '' ? undefined : raw)
      }
      if ((schema.maxLength ?? 0) > 500) return { control: h('textarea', { id, rows: 3, maxlength: schema.maxLength, oninput: onInput }, [typeof value === 'string' ? value : '']), extra: null }
      return { control: h('input', { id, type, maxlength: schema.maxLength, inputmode: schema.format === 'uri' ? 'url' : undefined, value: typeof value === 'string' ? value : undefined, oninput: onInput }), extra: null }
    }
  }
}

function enumList(items: JsonSchema, path: Path, ctx: FormContext, required: boolean): HTMLElement {
  const key = pathKey(path)
  const words = field(key)
  const id = fieldId(path)
  const chosen = () => (getAt(ctx.state, path) as unknown[] | undefined) ?? []
  const boxes = (items.enum ?? []).map((v) =>
    h('label', { class: 'choice' }, [
      h('input', {
        type: 'checkbox',
        value: String(v),
        checked: chosen().includes(v),
        onchange: (e) => {
          const on = (e.target as HTMLInputElement).checked
          const next = (items.enum ?? []).filter((x) => (x === v ? on : chosen().includes(x)))
          setAt(ctx.state, path, next)
          ctx.changed()
        },
      }),
      ` ${enumLabel(key, v)}`,
    ]),
  )
  return h('fieldset', { class: 'field choices-field', 'data-path': key, 'aria-describedby': [words.help ? `${id}-help` : '', `${id}-msg`].filter(Boolean).join(' ') }, [
    h('legend', {}, [words.label, requiredMark(required)]),
    h('div', { class: 'choices' }, boxes),
    words.help ? h('small', { class: 'hint', id: `${id}-help` }, [words.help]) : null,
    h('div', { class: 'msg', id: `${id}-msg` }),
  ])
}

function rows(items: JsonSchema, path: Path, ctx: FormContext, required: boolean): HTMLElement {
  const key = pathKey(path)
  const words = field(key)
  const itemLabel = field(`${key}.0`).label
  const singular = itemLabel === '0' ? words.label : itemLabel
  const id = fieldId(path)
  const list = () => {
    const v = getAt(ctx.state, path)
    if (Array.isArray(v)) return v
    setAt(ctx.state, path, [])
    return getAt(ctx.state, path) as unknown[]
  }
  const rowEls = list().map((_, i) => {
    const remove = h('button', { type: 'button', class: 'remove', onclick: () => {
      list().splice(i, 1)
      ctx.rerender()
    } }, [t('form.remove', { what: singular.toLowerCase(), n: i + 1 })])
    const itemPath = [...path, i]
    if (items.type === 'object') {
      return h('fieldset', { class: 'row row-object', 'data-path': pathKey(itemPath) }, [h('legend', { class: 'row-title' }, [`${singular} ${i + 1}`]), ...objectFields(items, itemPath, ctx), remove])
    }
    const { control } = inputFor(items, itemPath, ctx, true)
    control.setAttribute('aria-label', `${singular} ${i + 1}`)
    control.setAttribute('aria-describedby', `${fieldId(itemPath)}-msg`)
    return h('div', { class: 'row row-scalar', 'data-path': pathKey(itemPath) }, [control, remove, h('div', { class: 'msg', id: `${fieldId(itemPath)}-msg` })])
  })
  const add = h('button', { type: 'button', class: 'add', onclick: () => {
    list().push(items.type === 'object' ? initialValue(items) : '')
    ctx.rerender()
  } }, [t('form.add', { what: singular.toLowerCase() })])
  return h('fieldset', { class: 'list', 'data-path': key, 'aria-describedby': [words.help ? `${id}-help` : '', `${id}-msg`].filter(Boolean).join(' ') }, [
    h('legend', {}, [words.label, requiredMark(required)]),
    words.help ? h('small', { class: 'hint', id: `${id}-help` }, [words.help]) : null,
    ...rowEls,
    add,
    h('div', { class: 'msg', id: `${id}-msg` }),
  ])
}

/** Per-clause adjustments as lines « clause-id: variable = value » (numbers, true/false, lists separated by « | »). */
function adjustments(path: Path, ctx: FormContext): HTMLElement {
  const key = pathKey(path)
  const words = field(key)
  const id = fieldId(path)
  const value = (getAt(ctx.state, path) ?? {}) as Record<string, Record<string, unknown>>
  const lines = Object.entries(value).flatMap(([clause, vars]) => Object.entries(vars ?? {}).map(([v, x]) => `${clause}: ${v} = ${Array.isArray(x) ? x.join(' | ') : String(x)}`))
  const local = h('small', { class: 'understood', id: `${id}-understood`, 'aria-live': 'polite' })
  const area = h('textarea', { id, rows: 3, spellcheck: 'false', 'aria-describedby': `${id}-help ${id}-understood ${id}-msg`, oninput: (e) => {
    const out: Record<string, Record<string, unknown>> = {}
    for (const line of (e.target as HTMLTextAreaElement).value.split('\n')) {
      if (line.trim() === '') continue
      const m = /^\s*([\w-]+)\s*:\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line)
      if (!m) {
        local.textContent = t('form.notJson')
        return
      }
      const raw = m[3]!
      const number = parseNumber(raw)
      const v: unknown = raw === 'true' ? true : raw === 'false' ? false : raw.includes('|') ? raw.split('|').map((x) => x.trim()) : number.ok ? number.value : raw
      ;(out[m[1]!] ??= {})[m[2]!] = v
    }
    local.textContent = ''
    setAt(ctx.state, path, out)
    ctx.changed()
  } }, [lines.join('\n')])
  return h('details', { class: 'advanced', open: lines.length > 0 }, [
    h('summary', {}, [words.label]),
    h('div', { class: 'field', 'data-path': key }, [
      h('label', { for: id }, [words.label]),
      area,
      h('small', { class: 'hint', id: `${id}-help` }, [`${words.help ?? ''} ${t('form.jsonHelp')}`]),
      local,
      h('div', { class: 'msg', id: `${id}-msg` }),
    ]),
  ])
}

function objectFields(schema: JsonSchema, path: Path, ctx: FormContext): HTMLElement[] {
  const required = schema.required ?? []
  return Object.entries(schema.properties ?? {}).map(([key, prop]) => renderField(prop, [...path, key], ctx, required.includes(key)))
}

/** Renders one field (and its children) of the schema at `path`. */
export function renderField(schema: JsonSchema, path: Path, ctx: FormContext, required: boolean): HTMLElement {
  const key = pathKey(path)
  const words = field(key, schema)
  if (schema.type === 'object' && schema.properties) {
    const optional = !required && schema.default === undefined
    const present = getAt(ctx.state, path) !== undefined
    const include = optional
      ? h('label', { class: 'include' }, [
          h('input', { type: 'checkbox', checked: present, onchange: (e) => {
            setAt(ctx.state, path, (e.target as HTMLInputElement).checked ? initialValue(schema) : undefined)
            ctx.rerender()
          } }),
          ` ${t('form.include', { what: words.label.toLowerCase() })}`,
        ])
      : null
    const id = fieldId(path)
    return h('fieldset', { class: 'object', 'data-path': key, 'aria-describedby': words.help ? `${id}-help` : undefined }, [
      h('legend', {}, [words.label]),
      words.help ? h('small', { class: 'hint', id: `${id}-help` }, [words.help]) : null,
      include,
      ...(optional && !present ? [] : objectFields(schema, path, ctx)),
      h('div', { class: 'msg', id: `${id}-msg` }),
    ])
  }
  if (schema.type === 'array' && schema.items) {
    if (schema.items.enum) return enumList(schema.items, path, ctx, required)
    if (schema.items.type === 'object' || schema.items.type === 'string') return rows(schema.items, path, ctx, required)
  }
  if (schema.type === 'object' || schema.anyOf || schema.type === 'array') return adjustments(path, ctx)
  const { control, extra } = inputFor(schema, path, ctx, required)
  return wrap(path, words.label, control, words.help, required, extra, words.unit)
}
