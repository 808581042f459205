// Mounts a deck component as the deck does: with Pinia, and with Slidev's v-click
// directive stubbed (outside a slide it reveals nothing, so everything shows).
import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'

export function mountDeck(component: Component, props: Record<string, unknown> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [pinia], directives: { click: {} } },
  })
}
