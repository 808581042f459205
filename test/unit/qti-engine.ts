// A small QTI 2.1 response- and outcome-processing interpreter for the tests:
// only the operators the export writes (and it throws on any other, so a new
// operator cannot pass unnoticed). It follows the specification's rules for
// NULL, containers, mappings and roundTo, so the scoring tables compare the
// exported items with the deck's marker the way a delivery engine would.
import { XMLParser } from 'fast-xml-parser'

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }`. */
type OrderedNode = Record<string, unknown>

export interface QtiNode {
  name: string
  attrs: Record<string, string>
  children: QtiNode[]
  text: string
}

export type QtiValue = null | number | string | boolean | string[]

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false })

function toNode(raw: OrderedNode): QtiNode {
  const name = Object.keys(raw).find(key => key !== ':@') as string
  const kids = (raw[name] as OrderedNode[]) ?? []
  const children = kids.filter(k => !('#text' in k)).map(toNode)
  const text = kids.filter(k => '#text' in k).map(k => String(k['#text'])).join('')
  return { name, attrs: (raw[':@'] as Record<string, string>) ?? {}, children, text }
}

export function parseQti(xml: string): QtiNode {
  const roots = (parser.parse(xml) as OrderedNode[]).filter(n => !('?xml' in n))
  return toNode(roots[0] as OrderedNode)
}

const child = (node: QtiNode, name: string): QtiNode | undefined => node.children.find(c => c.name === name)
const children = (node: QtiNode, name: string): QtiNode[] => node.children.filter(c => c.name === name)

/** Round half up on the decimal value (what PHP's round and Python's Decimal ROUND_HALF_UP give for these scores). */
function roundHalfUp(value: number, places: number): number {
  const scaled = Number((value * 10 ** places).toPrecision(15))
  return Math.floor(scaled + 0.5) / 10 ** places
}

function parseBase(baseType: string, text: string): QtiValue {
  if (baseType === 'float' || baseType === 'integer')
    return Number(text)
  if (baseType === 'boolean')
    return text === 'true'
  return text
}

const isNull = (v: QtiValue): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0)

interface Declaration {
  cardinality: string
  baseType: string
  correct: QtiValue
  mapping?: QtiNode
}

function declarationOf(node: QtiNode): Declaration {
  const values = (child(node, 'correctResponse')?.children ?? []).map(v => parseBase(node.attrs.baseType as string, v.text))
  const correct = node.attrs.cardinality === 'single' ? (values[0] ?? null) : values as string[]
  return { cardinality: node.attrs.cardinality as string, baseType: node.attrs.baseType as string, correct, mapping: child(node, 'mapping') }
}

export class QtiSession {
  readonly variables = new Map<string, QtiValue>()
  readonly declarations = new Map<string, Declaration>()
  /** For assessmentTest outcome processing: each item's outcomes. */
  items: Array<Map<string, QtiValue>> = []

  constructor(root: QtiNode) {
    for (const node of children(root, 'responseDeclaration'))
      this.declarations.set(node.attrs.identifier as string, declarationOf(node))
    for (const node of children(root, 'outcomeDeclaration')) {
      const value = child(node, 'defaultValue')?.children[0]
      this.variables.set(node.attrs.identifier as string, value ? parseBase(node.attrs.baseType as string, value.text) : null)
    }
  }

  evaluate(node: QtiNode): QtiValue {
    const args = (): QtiValue[] => node.children.map(c => this.evaluate(c))
    switch (node.name) {
      case 'variable': return this.variables.get(node.attrs.identifier as string) ?? null
      case 'baseValue': return parseBase(node.attrs.baseType as string, node.text)
      case 'correct': return this.declarations.get(node.attrs.identifier as string)?.correct ?? null
      case 'isNull': return isNull(args()[0] ?? null)
      case 'match': {
        const [a, b] = args()
        if (isNull(a ?? null) || isNull(b ?? null))
          return null
        const declaration = this.declarations.get(node.children[0]?.attrs.identifier ?? '')
        if (Array.isArray(a) && Array.isArray(b)) {
          return declaration?.cardinality === 'ordered'
            ? a.length === b.length && a.every((x, i) => x === b[i])
            : a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')
        }
        return a === b
      }
      case 'index': {
        const [container] = args()
        const n = Number(node.attrs.n)
        return Array.isArray(container) ? container[n - 1] ?? null : null
      }
      case 'sum':
      case 'product': {
        const values = args().flat()
        if (values.includes(null))
          return null
        return (values as number[]).reduce((s, v) => node.name === 'sum' ? s + v : s * v, node.name === 'sum' ? 0 : 1)
      }
      case 'divide': {
        const [a, b] = args() as number[]
        return a === null || b === null || b === 0 ? null : (a as number) / (b as number)
      }
      case 'gte': {
        const [a, b] = args()
        return a === null || b === null ? null : (a as number) >= (b as number)
      }
      case 'roundTo': {
        if (node.attrs.roundingMode !== 'decimalPlaces')
          throw new Error(`roundTo mode ${node.attrs.roundingMode} not supported here`)
        const [value] = args()
        return value === null ? null : roundHalfUp(value as number, Number(node.attrs.figures))
      }
      case 'or': {
        const values = args()
        return values.includes(true) ? true : values.includes(null) ? null : false
      }
      case 'stringMatch': {
        const [a, b] = args()
        if (a === null || b === null)
          return null
        return node.attrs.caseSensitive === 'false' ? String(a).toLowerCase() === String(b).toLowerCase() : a === b
      }
      case 'patternMatch': {
        const [value] = args()
        // XML Schema patterns match the whole string; with the `u` flag JavaScript reads \p{…} as they do.
        return value === null ? null : new RegExp(`^(?:${node.attrs.pattern})$`, 'u').test(String(value))
      }
      case 'equal': {
        const [a, b] = args() as [number | null, number | null]
        if (a === null || b === null)
          return null
        if (node.attrs.toleranceMode === 'exact')
          return a === b
        const [low, high] = (node.attrs.tolerance as string).split(' ').map(Number) as [number, number]
        const lower = node.attrs.includeLowerBound === 'false' ? a > b - low : a >= b - low
        const upper = node.attrs.includeUpperBound === 'false' ? a < b + high : a <= b + high
        return lower && upper
      }
      case 'mapResponse': return this.mapResponse(node.attrs.identifier as string)
      case 'testVariables': return this.items.map(item => item.get(node.attrs.variableIdentifier as string) ?? null) as string[]
      default: throw new Error(`operator <${node.name}> is not supported by the test engine`)
    }
  }

  private mapResponse(identifier: string): QtiValue {
    const declaration = this.declarations.get(identifier)
    const mapping = declaration?.mapping
    if (!mapping)
      throw new Error(`mapResponse: ${identifier} has no mapping`)
    const value = this.variables.get(identifier) ?? null
    const keys = Array.isArray(value) ? [...new Set(value)] : value === null ? [] : [String(value)]
    const entries = children(mapping, 'mapEntry')
    let total = 0
    for (const key of keys) {
      const entry = entries.find(e => e.attrs.caseSensitive === 'false' ? e.attrs.mapKey?.toLowerCase() === key.toLowerCase() : e.attrs.mapKey === key)
      total += entry ? Number(entry.attrs.mappedValue) : Number(mapping.attrs.defaultValue ?? 0)
    }
    if (mapping.attrs.lowerBound !== undefined)
      total = Math.max(Number(mapping.attrs.lowerBound), total)
    if (mapping.attrs.upperBound !== undefined)
      total = Math.min(Number(mapping.attrs.upperBound), total)
    return total
  }

  run(rules: readonly QtiNode[]): void {
    for (const rule of rules) {
      if (rule.name === 'setOutcomeValue') {
        this.variables.set(rule.attrs.identifier as string, this.evaluate(rule.children[0] as QtiNode))
      }
      else if (rule.name === 'responseCondition' || rule.name === 'outcomeCondition') {
        for (const branch of rule.children) {
          const [test, ...then] = branch.name.endsWith('Else') ? [undefined, ...branch.children] : branch.children
          if (test === undefined || this.evaluate(test) === true) {
            this.run(then as QtiNode[])
            break
          }
        }
      }
      else {
        throw new Error(`rule <${rule.name}> is not supported by the test engine`)
      }
    }
  }
}

/** Scores one response to an assessmentItem: the outcomes after response processing. */
export function scoreItem(xml: string, response: QtiValue): Map<string, QtiValue> {
  const item = parseQti(xml)
  const session = new QtiSession(item)
  session.variables.set('RESPONSE', response)
  session.run(child(item, 'responseProcessing')?.children ?? [])
  return session.variables
}

/** Runs an assessmentTest's outcome processing over the items' outcomes, in order. */
export function scoreTest(xml: string, items: Array<Map<string, QtiValue>>): Map<string, QtiValue> {
  const test = parseQti(xml)
  const session = new QtiSession(test)
  session.items = items
  session.run(child(test, 'outcomeProcessing')?.children ?? [])
  return session.variables
}
