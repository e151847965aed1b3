/**
 * The deal form, generated from the deal's JSON Schema (itself generated from the zod schema):
 * objects are fieldsets, enums are selects (checkboxes for a list of enum values), numbers carry
 * their min/max, booleans are checkboxes (a three-way select when the schema has no default),
 * lists of strings and of objects have add/remove rows, an optional object has an "include" box,
 * and anything else (per-clause overrides) is edited as JSON. Every field has `data-path` and an
 * empty message slot, where the server's validation message for that path is shown.
 */
import { h, humanize } from './dom.js'
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

const fieldId = (path: Path) => `f-${pathKey(path).replace(/[^\w-]/g, '-')}`

function wrap(path: Path, label: string, control: HTMLElement, schema: JsonSchema, required: boolean): HTMLElement {
  return h('div', { class: 'field', 'data-path': pathKey(path) }, [
    h('label', { for: fieldId(path) }, [label, required ? h('span', { class: 'req', title: 'required' }, ['*']) : null]),
    control,
    schema.description ? h('small', { class: 'hint' }, [schema.description]) : null,
    h('div', { class: 'msg', role: 'alert' }),
  ])
}

function inputFor(schema: JsonSchema, path: Path, ctx: FormContext, required: boolean): HTMLElement {
  const id = fieldId(path)
  const value = getAt(ctx.state, path)
  const set = (v: unknown) => {
    setAt(ctx.state, path, v)
    ctx.changed()
  }
  if (schema.enum) {
    const blank = !required || value === undefined ? [h('option', { value: '' }, ['—'])] : []
    const options = schema.enum.map((v) => h('option', { value: String(v), selected: v === value }, [String(v)]))
    return h('select', { id, onchange: (e) => set(((e.target as HTMLSelectElement).value || undefined)) }, [...blank, ...options])
  }
  switch (schema.type) {
    case 'boolean': {
      if (schema.default !== undefined || required) {
        return h('input', { id, type: 'checkbox', checked: value === true, onchange: (e) => set((e.target as HTMLInputElement).checked) })
      }
      const choices: Array<[string, string]> = [['', 'default'], ['true', 'yes'], ['false', 'no']]
      const current = value === undefined ? '' : String(value)
      return h('select', { id, onchange: (e) => set(({ true: true, false: false } as Record<string, boolean>)[(e.target as HTMLSelectElement).value]) }, choices.map(([v, t]) => h('option', { value: v, selected: v === current }, [t])))
    }
    case 'integer':
    case 'number': {
      const attrs = { id, type: 'number', inputmode: schema.type === 'integer' ? 'numeric' : 'decimal', step: schema.type === 'integer' ? 1 : 'any', min: schema.minimum, max: schema.maximum, value: typeof value === 'number' ? value : undefined }
      return h('input', { ...attrs, oninput: (e) => {
        const raw = (e.target as HTMLInputElement).value.trim()
        set(raw === '' ? undefined : Number(raw))
      } })
    }
    default: {
      const type = schema.format === 'date' ? 'date' : schema.format === 'email' ? 'email' : schema.format === 'uri' ? 'url' : 'text'
      const onInput = (e: Event) => {
        const raw = (e.target as HTMLInputElement | HTMLTextAreaElement).value
        set(raw === '' ? undefined : raw)
      }
      if ((schema.maxLength ?? 0) > 500) return h('textarea', { id, rows: 3, maxlength: schema.maxLength, oninput: onInput }, [typeof value === 'string' ? value : ''])
      return h('input', { id, type, maxlength: schema.maxLength, value: typeof value === 'string' ? value : undefined, oninput: onInput })
    }
  }
}

function enumList(schema: JsonSchema, items: JsonSchema, path: Path, ctx: FormContext, label: string, required: boolean): HTMLElement {
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
      ` ${String(v)}`,
    ]),
  )
  return h('div', { class: 'field', 'data-path': pathKey(path) }, [
    h('span', { class: 'label', id: fieldId(path) }, [label, required ? h('span', { class: 'req' }, ['*']) : null]),
    h('div', { class: 'choices', role: 'group', 'aria-labelledby': fieldId(path) }, boxes),
    schema.description ? h('small', { class: 'hint' }, [schema.description]) : null,
    h('div', { class: 'msg', role: 'alert' }),
  ])
}

function rows(schema: JsonSchema, items: JsonSchema, path: Path, ctx: FormContext, label: string, required: boolean): HTMLElement {
  const list = () => {
    const v = getAt(ctx.state, path)
    if (Array.isArray(v)) return v
    setAt(ctx.state, path, [])
    return getAt(ctx.state, path) as unknown[]
  }
  const current = list()
  const singular = label.replace(/ies$/, 'y').replace(/s$/, '')
  const rowEls = current.map((_, i) => {
    const remove = h('button', { type: 'button', class: 'remove', title: `Remove ${singular.toLowerCase()} ${i + 1}`, onclick: () => {
      list().splice(i, 1)
      ctx.rerender()
    } }, ['Remove'])
    const itemPath = [...path, i]
    const body = items.type === 'object' ? objectFields(items, itemPath, ctx) : [inputFor(items, itemPath, ctx, true), h('div', { class: 'msg', role: 'alert' })]
    return h('div', { class: `row ${items.type === 'object' ? 'row-object' : 'row-scalar'}`, 'data-path': pathKey(itemPath) }, [
      items.type === 'object' ? h('div', { class: 'row-title' }, [`${singular} ${i + 1}`]) : null,
      ...body,
      remove,
    ])
  })
  const add = h('button', { type: 'button', class: 'add', onclick: () => {
    list().push(items.type === 'object' ? initialValue(items) : '')
    ctx.rerender()
  } }, [`Add ${singular.toLowerCase()}`])
  return h('fieldset', { class: 'list', 'data-path': pathKey(path) }, [
    h('legend', {}, [label, required ? h('span', { class: 'req' }, ['*']) : null]),
    schema.description ? h('small', { class: 'hint' }, [schema.description]) : null,
    ...rowEls,
    add,
    h('div', { class: 'msg', role: 'alert' }),
  ])
}

function jsonField(schema: JsonSchema, path: Path, ctx: FormContext, label: string): HTMLElement {
  const value = getAt(ctx.state, path)
  const local = h('div', { class: 'msg local', role: 'alert' })
  const area = h('textarea', { id: fieldId(path), rows: 3, spellcheck: 'false', class: 'code', oninput: (e) => {
    const raw = (e.target as HTMLTextAreaElement).value.trim()
    try {
      setAt(ctx.state, path, raw === '' ? undefined : JSON.parse(raw))
      local.textContent = ''
      ctx.changed()
    } catch {
      local.textContent = 'not valid JSON yet'
    }
  } }, [value === undefined ? '' : JSON.stringify(value, null, 1)])
  return h('div', { class: 'field', 'data-path': pathKey(path) }, [
    h('label', { for: fieldId(path) }, [label, h('span', { class: 'muted' }, [' (JSON)'])]),
    area,
    schema.description ? h('small', { class: 'hint' }, [schema.description]) : null,
    local,
    h('div', { class: 'msg', role: 'alert' }),
  ])
}

function objectFields(schema: JsonSchema, path: Path, ctx: FormContext): HTMLElement[] {
  const required = schema.required ?? []
  return Object.entries(schema.properties ?? {}).map(([key, prop]) => renderField(key, prop, [...path, key], ctx, required.includes(key)))
}

/** Renders one field (and its children) of the schema at `path`. */
export function renderField(key: string, schema: JsonSchema, path: Path, ctx: FormContext, required: boolean): HTMLElement {
  const label = humanize(key)
  if (schema.type === 'object' && schema.properties) {
    const optional = !required && schema.default === undefined
    const present = getAt(ctx.state, path) !== undefined
    const include = optional
      ? h('label', { class: 'include' }, [
          h('input', { type: 'checkbox', checked: present, onchange: (e) => {
            setAt(ctx.state, path, (e.target as HTMLInputElement).checked ? initialValue(schema) : undefined)
            ctx.rerender()
          } }),
          ` include ${label.toLowerCase()}`,
        ])
      : null
    return h('fieldset', { class: 'object', 'data-path': pathKey(path) }, [
      h('legend', {}, [label, required ? h('span', { class: 'req' }, ['*']) : null]),
      schema.description ? h('small', { class: 'hint' }, [schema.description]) : null,
      include,
      ...(optional && !present ? [] : objectFields(schema, path, ctx)),
      h('div', { class: 'msg', role: 'alert' }),
    ])
  }
  if (schema.type === 'array' && schema.items) {
    if (schema.items.enum) return enumList(schema, schema.items, path, ctx, label, required)
    if (schema.items.type === 'object' || schema.items.type === 'string') return rows(schema, schema.items, path, ctx, label, required)
  }
  if (schema.type === 'object' || schema.anyOf || schema.type === 'array') return jsonField(schema, path, ctx, label)
  return wrap(path, label, inputFor(schema, path, ctx, required), schema, required)
}
