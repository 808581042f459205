// A tiny XML writer for the QTI export: elements as values, text always
// escaped, attributes in the order given, indentation for readability.

export type XmlNode = string | XmlElement

export interface XmlElement {
  name: string
  attrs: Record<string, string | number | boolean | undefined>
  children: XmlNode[]
}

/** An element; attributes whose value is undefined are left out. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: XmlNode[]): XmlElement {
  return { name, attrs, children }
}

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/g
const SPECIAL = /[&<>"']/g
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;' }

/**
 * Escapes text for element content and attribute values, and drops the
 * characters XML 1.0 cannot carry at all (C0 controls other than tab/newline).
 */
function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(SPECIAL, c => TEXT_ESCAPES[c] as string)
}

function renderAttrs(attrs: XmlElement['attrs']): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('')
}

function render(node: XmlNode, depth: number): string {
  if (typeof node === 'string')
    return escapeXml(node)
  const open = `<${node.name}${renderAttrs(node.attrs)}`
  if (node.children.length === 0)
    return `${open}/>`
  // Mixed content (text beside elements) is written inline so no whitespace is added to it.
  if (node.children.some(child => typeof child === 'string'))
    return `${open}>${node.children.map(child => render(child, 0)).join('')}</${node.name}>`
  const pad = '  '.repeat(depth + 1)
  const inner = node.children.map(child => `\n${pad}${render(child, depth + 1)}`).join('')
  return `${open}>${inner}\n${'  '.repeat(depth)}</${node.name}>`
}

/** A whole document, with the XML declaration. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`
}
