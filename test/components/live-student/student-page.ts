// The student page tests' setup: a fake WebSocket, fake timers and empty storage before each test, every page mounted by `page()` unmounted after it.
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, vi } from 'vitest'
import StudentApp from '../../../live/src/student/StudentApp.vue'
import { FakeSocket } from './fake-socket.ts'

/** Installs the hooks; returns `page()`, which mounts the student page. */
export function studentPageSetup(): () => ReturnType<typeof mount> {
  const mounted: ReturnType<typeof mount>[] = []
  beforeEach(() => {
    vi.useFakeTimers()
    localStorage.clear()
    FakeSocket.all = []
    vi.stubGlobal('WebSocket', FakeSocket)
    // The join form asks the server which identifier the session wants; by default none.
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ joinUrl: 'http://10.0.0.2:4000/live/', sessionId: 's', phase: 'lobby', codeRequired: true })))
  })
  afterEach(() => {
    mounted.splice(0).forEach(w => w.unmount())
    location.hash = ''
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })
  return () => {
    const wrapper = mount(StudentApp, { attachTo: document.body })
    mounted.push(wrapper)
    return wrapper
  }
}
