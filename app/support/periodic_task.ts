/**
 * Runs a task every `everyMs` inside this process, never two runs at once.
 * The timer is unref'd, so it alone never keeps the process alive; `stop()`
 * waits for a run in flight, so shutdown does not cut it off mid-write.
 */
export class PeriodicTask {
  #timer: NodeJS.Timeout | null = null
  #running: Promise<void> | null = null

  constructor(
    protected everyMs: number,
    protected task: () => Promise<unknown>,
    protected onError: (error: unknown) => void
  ) {}

  get isStarted() {
    return this.#timer !== null
  }

  /** Starts the timer (again a no-op while started). */
  start() {
    if (this.#timer) return
    this.#timer = setInterval(() => void this.runOnce(), this.everyMs)
    this.#timer.unref()
  }

  /** One run now, unless one is still going: then that one is awaited instead. */
  runOnce(): Promise<void> {
    this.#running ??= this.task()
      .then(() => undefined)
      .catch(this.onError)
      .finally(() => {
        this.#running = null
      })
    return this.#running
  }

  /** Stops the timer and waits for a run in flight. */
  async stop() {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
    await this.#running
  }
}
