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
  for (const el of slide.querySelectorAll('*')) {
    // Report the outermost offender only: its children overflow with it.
    if (flagged.some(parent => parent.contains(el)))
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
  }
  return problems
}
