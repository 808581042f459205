// Whether a component sits inside <PrintPages> (an A4 handout or key page that
// grows with its content) or on an ordinary slide that prints as one page.
import type { InjectionKey } from 'vue'
import { inject, provide } from 'vue'

const inPrintPagesKey: InjectionKey<boolean> = Symbol('in-print-pages')

/** Called by PrintPages for everything inside it. */
export function providePrintPages(): void {
  provide(inPrintPagesKey, true)
}

export function useInPrintPages(): boolean {
  return inject(inPrintPagesKey, false)
}
