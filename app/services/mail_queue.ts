import logger from '@adonisjs/core/services/logger'
import type { EmitterLike } from '@adonisjs/core/types/events'
import type {
  MailEvents,
  MailerContract,
  MailerMessenger,
  MailTransportContract,
  MessageBodyTemplates,
  NodeMailerMessage,
} from '@adonisjs/mail/types'

type CompiledMail = { message: NodeMailerMessage; views: MessageBodyTemplates }
type Job = { mail: CompiledMail; sendConfig?: unknown; attempt: number }

export type FailedMail = { subject?: string; attempts: number; error: string; failedAt: Date }

/** Wait before each new attempt: 1 s, 10 s, 1 min, 5 min, 30 min, then give up. */
export const RETRY_DELAYS_MS = [1_000, 10_000, 60_000, 5 * 60_000, 30 * 60_000]
const CONCURRENCY = 5
const FAILURES_KEPT = 50

const queues = new Set<MailQueue>()

/**
 * The messenger behind `mail.sendLater()`: messages leave the request at
 * once and are sent in the background, a few at a time, each retried with
 * growing delays when the server refuses or does not answer, so a slow or
 * broken SMTP server never slows or breaks a page.
 *
 * It lives in this process: messages waiting for a retry are lost on
 * restart. The Redis-backed job queue that survives restarts and is shared
 * by several app processes comes with the scale-out issue (SPEC 11.4), and
 * plugs in through the same messenger contract.
 */
export default class MailQueue implements MailerMessenger {
  #waiting: Job[] = []
  #sending = 0
  #retryTimers = new Set<NodeJS.Timeout>()
  #idleWaiters: (() => void)[] = []
  #failures: FailedMail[] = []
  #closed = false

  constructor(
    readonly mailer: MailerContract<MailTransportContract>,
    protected emitter: EmitterLike<MailEvents>,
    protected options: { retryDelaysMs: number[]; concurrency: number } = {
      retryDelaysMs: RETRY_DELAYS_MS,
      concurrency: CONCURRENCY,
    }
  ) {
    queues.add(this)
  }

  /** Takes a message from `sendLater` and returns before anything is sent. */
  async queue(mail: CompiledMail, sendConfig?: unknown) {
    this.#waiting.push({ mail, sendConfig, attempt: 1 })
    this.#pump()
  }

  /** Counts for the admin's system status, with the latest definitive failures. */
  status() {
    return {
      waiting: this.#waiting.length,
      sending: this.#sending,
      retrying: this.#retryTimers.size,
      failures: [...this.#failures],
    }
  }

  /** Resolves once every message is sent or given up, retries included. */
  drained(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.#idleWaiters.push(resolve))
  }

  /**
   * Stops retrying: messages waiting for a retry are dropped, those already
   * queued get their one attempt. Resolves when nothing is in flight and
   * returns how many messages were dropped.
   */
  async close(): Promise<number> {
    this.#closed = true
    const dropped = this.#retryTimers.size
    this.#retryTimers.forEach((timer) => clearTimeout(timer))
    this.#retryTimers.clear()
    if (dropped > 0) logger.warn({ dropped }, 'mail queue closed with messages waiting for a retry')
    await this.drained()
    queues.delete(this)
    return dropped
  }

  #pump() {
    while (this.#sending < this.options.concurrency && this.#waiting.length > 0) {
      const job = this.#waiting.shift()!
      this.#sending++
      void this.#deliver(job)
    }
    if (this.#isIdle()) this.#idleWaiters.splice(0).forEach((resolve) => resolve())
  }

  async #deliver(job: Job) {
    try {
      await this.mailer.sendCompiled(job.mail, job.sendConfig)
    } catch (error) {
      this.#failed(job, error as Error)
    } finally {
      this.#sending--
      this.#pump()
    }
  }

  #failed(job: Job, error: Error) {
    const subject = job.mail.message.subject
    const delay = this.#closed ? undefined : this.options.retryDelaysMs[job.attempt - 1]
    if (delay === undefined) {
      logger.error({ err: error, subject, attempts: job.attempt }, 'mail given up')
      this.#failures.unshift({
        subject,
        attempts: job.attempt,
        error: error.message,
        failedAt: new Date(),
      })
      this.#failures.length = Math.min(this.#failures.length, FAILURES_KEPT)
      this.emitter.emit('queued:mail:error', {
        error,
        mailerName: this.mailer.name,
        metaData: { attempts: job.attempt },
      })
      return
    }

    logger.warn(
      { err: error, subject, attempt: job.attempt, retryInMs: delay },
      'mail will be retried'
    )
    const timer = setTimeout(() => {
      this.#retryTimers.delete(timer)
      this.#waiting.push({ ...job, attempt: job.attempt + 1 })
      this.#pump()
    }, delay)
    // A retry waiting for later must not keep the process (or a test run) alive.
    timer.unref()
    this.#retryTimers.add(timer)
  }

  #isIdle() {
    return this.#waiting.length === 0 && this.#sending === 0 && this.#retryTimers.size === 0
  }
}

/** Every live queue (one per mailer in use), for status pages and shutdown. */
export function mailQueues(): MailQueue[] {
  return [...queues]
}
