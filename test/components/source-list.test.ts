// The sources slide lists every document with its author, publisher and id.
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import SourceList from '../../components/SourceList.vue'

describe('SourceList', () => {
  it('lists the five documents with their authors, "not stated" where the text is silent', () => {
    const wrapper = mount(SourceList, { global: { plugins: [createPinia()] } })
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(5)
    expect(items[0]?.text()).toContain('BlackBerry to leave Pakistan after refusing to ditch user privacy')
    expect(items[0]?.text()).toContain('author: Katie Collins')
    expect(items[2]?.text()).toContain('author: not stated')
    expect(items[4]?.text()).toContain('id facebook-letter')
  })
})

describe('SourceList, brief', () => {
  it('gives each document the short label its citation chips show, and leaves ids to the sources slide', () => {
    const wrapper = mount(SourceList, { props: { brief: true }, global: { plugins: [createPinia()] } })
    const items = wrapper.findAll('li')
    expect(items[2]?.text()).toContain('cited as SF report')
    expect(wrapper.text()).not.toContain('id sf-blackberry-exit')
  })
})
