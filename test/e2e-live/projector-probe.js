// Page-side probe (measureProjector) of the projector legibility check (test/e2e-live/projector.test.ts), plain JS evaluated as text:
// every run of visible text with its role (data-legibility), font size, colour and the first opaque background
// behind it, and the page's scroll size against the screen. Screen-reader-only text is not on the screen: skipped.
/* eslint-disable no-unused-vars, unused-imports/no-unused-vars -- measureProjector is called by the text the test wraps around this file */
const TRANSPARENT = /^rgba\(.*,\s*0\)$|^transparent$/
const SPACES = /\s+/g
const SPACE = /\s+/

function measureProjector() {
  function background(element) {
    for (let e = element; e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor
      if (colour && !TRANSPARENT.test(colour))
        return colour
    }
    return 'rgb(255, 255, 255)'
  }
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node.textContent || '').replace(SPACES, ' ').trim()
    const element = node.parentElement
    if (!value || !element || element.closest('.sr-only, script, style'))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const box = range.getBoundingClientRect()
    const style = getComputedStyle(element)
    if (box.width < 1 || box.height < 1 || style.visibility === 'hidden' || Number(style.opacity) === 0)
      continue
    const marked = element.closest('[data-legibility]')
    const className = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(SPACE).join('.')}` : ''
    texts.push({
      role: marked ? marked.getAttribute('data-legibility') : 'text',
      size: Number.parseFloat(style.fontSize),
      color: style.color,
      background: background(element),
      where: `<${element.tagName.toLowerCase()}${className}> "${value.slice(0, 50)}"`,
    })
  }
  const root = document.documentElement
  return { texts, scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight, width: window.innerWidth, height: window.innerHeight }
}
