// Runs inside the deck's page (see screenshots.ts): lists what overflows slide
// `no` or is clipped inside it. Plain JS, evaluated as text.
/* eslint-disable no-unused-vars, unused-imports/no-unused-vars -- called by the evaluated text */
const SPACES = /\s+/g

function findLayoutProblems(no) {
  const slide = document.querySelector(`[data-slidev-no="${no}"]`)
  if (!slide)
    return ['the slide did not render']
  const box = slide.getBoundingClientRect()
  const describe = (el) => {
    const text = (el.textContent ?? '').replace(SPACES, ' ').trim().slice(0, 60)
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(SPACES).slice(0, 2).join('.')}` : ''
    return `<${el.tagName.toLowerCase()}${cls}> "${text}"`
  }
  const problems = []
  const flagged = []
  // What scrolls inside a box that fits (a quiz's question and feedback) is not overflow.
  const scrollers = []
  for (const el of slide.querySelectorAll('*')) {
    // Report the outermost offender only: its children overflow with it.
    if (flagged.some(parent => parent.contains(el)) || scrollers.some(parent => parent.contains(el)))
      continue
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed')
      continue
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0)
      continue
    const tolerance = 1
    const over = Math.max(rect.right - box.right, rect.bottom - box.bottom, box.left - rect.left, box.top - rect.top)
    const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY)
    if (over > tolerance) {
      problems.push(`overflows the slide by ${Math.round(over)}px: ${describe(el)}`)
      flagged.push(el)
    }
    else if (clips && !el.classList.contains('sr-only') && (el.scrollHeight > el.clientHeight + tolerance || el.scrollWidth > el.clientWidth + tolerance)) {
      problems.push(`clips its content: ${describe(el)}`)
      flagged.push(el)
    }
    else if (['auto', 'scroll'].includes(style.overflowY)) {
      scrollers.push(el)
    }
  }
  return problems
}

// Every run of visible text inside `root`, with its rendered size divided by
// `scale` (SVG text scaled by its viewBox), and every control matching `tappable`
// a finger would tap, with its box in screen px. Text inside [data-small-ok] is
// marked exempt.
function measureIn(root, scale, tappable) {
  const describe = (el) => {
    const text = (el.textContent ?? '').replace(SPACES, ' ').trim().slice(0, 50)
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(SPACES)[0]}` : ''
    return `<${el.tagName.toLowerCase()}${cls}> "${text}"`
  }
  const visible = el => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    && !el.closest('.sr-only')
  const text = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chars = node.data.replace(SPACES, ' ').trim().length
    const el = node.parentElement
    if (!chars || !el || !visible(el) || ['STYLE', 'SCRIPT', 'TITLE', 'DESC'].includes(el.tagName.toUpperCase()))
      continue
    let size = Number.parseFloat(getComputedStyle(el).fontSize)
    if (el instanceof SVGElement) {
      const ctm = el.getScreenCTM()
      if (ctm)
        size *= Math.hypot(ctm.a, ctm.b) / scale
    }
    text.push({ size, chars, exempt: Boolean(el.closest('[data-small-ok]')), where: describe(el) })
  }
  const targets = [...root.querySelectorAll(tappable)]
    .filter(visible)
    .map((el) => {
      const rect = el.getBoundingClientRect()
      return { width: rect.width, height: rect.height, where: describe(el) }
    })
    .filter(target => target.width > 0 && target.height > 0)
  return { text, targets }
}

// Slide `no`: text in px of the slide canvas, controls in screen px.
function measureSlide(no) {
  const slide = document.querySelector(`[data-slidev-no="${no}"]`)
  if (!slide)
    return { text: [], targets: [] }
  const canvasScale = slide.getBoundingClientRect().width / (slide.offsetWidth || 1)
  return measureIn(slide, canvasScale, 'button, a[href], input, select, textarea, summary, [role="button"]')
}

// A quiz slide on a phone leaves the scaled slide for a page of its own
// (body > .pm-quiz.pm-phone): its text in screen px, its tap targets (a radio or
// tick box counts by its label) and how far it is wider than the screen; null
// when the slide shows no such page.
function measurePhonePage() {
  const page = document.querySelector('body > .pm-quiz.pm-phone')
  if (!page)
    return null
  const tappable = 'button, a[href], select, textarea, summary, input:not([type=radio], [type=checkbox]), label:has(input[type=radio], input[type=checkbox])'
  return { ...measureIn(page, 1, tappable), overflowX: page.scrollWidth - page.clientWidth }
}
