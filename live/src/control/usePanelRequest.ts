// A control-page panel's requests (load the results, download a CSV): the status line a screen reader hears once
// one succeeds, the problem said plainly when it fails, and `busy` while a load runs (its button is off meanwhile).
import { ref } from 'vue'

export function usePanelRequest() {
  const status = ref('')
  const problem = ref('')
  const busy = ref(false)

  /** Runs `task`, which returns what to announce; a failure is told as `failure` and the error's message. */
  async function run(failure: string, task: () => Promise<string>, { marksBusy = false } = {}): Promise<void> {
    problem.value = ''
    if (marksBusy)
      busy.value = true
    try {
      status.value = await task()
    }
    catch (error) {
      problem.value = `${failure} ${(error as Error).message}`
    }
    finally {
      if (marksBusy)
        busy.value = false
    }
  }

  return { status, problem, busy, run }
}
