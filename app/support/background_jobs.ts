import logger from '@adonisjs/core/services/logger'

type Job = { name: string; run: () => Promise<unknown> }

/**
 * Work done after the response, inside this process, one job at a time so
 * image resizing never competes with requests for more than one core. A
 * failed job is logged and the next one runs. Work that must survive a
 * restart keeps its own state (e.g. `variants_status = 'pending'`) and is
 * queued again at boot.
 */
export class BackgroundJobs {
  #waiting: Job[] = []
  #running: Promise<void> | null = null

  /** Queues a job; it starts once those queued before it are done. */
  push(name: string, run: () => Promise<unknown>) {
    this.#waiting.push({ name, run })
    this.#running ??= this.#drain()
  }

  /** Resolves once every queued job, including ones queued meanwhile, has finished. */
  async idle() {
    while (this.#running) await this.#running
  }

  async #drain() {
    // Let the request that queued the job answer first.
    await new Promise((resolve) => setImmediate(resolve))
    try {
      for (let job = this.#waiting.shift(); job; job = this.#waiting.shift()) {
        try {
          await job.run()
        } catch (error) {
          logger.error({ err: error, job: job.name }, 'background job failed')
        }
      }
    } finally {
      this.#running = null
    }
  }
}

/** The process's one queue. */
const backgroundJobs = new BackgroundJobs()
export default backgroundJobs
