import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { MailerContract, MailTransportContract } from '@adonisjs/mail/types'
import MailQueue, { mailQueues } from '#services/mail_queue'

type Attempt = { subject?: string; resolve: () => void; reject: (error: Error) => void }

/**
 * A mailer whose sends stay pending until the test settles them, and an
 * emitter that records events: the queue's behaviour without a network.
 */
function harness(options: { retryDelaysMs?: number[]; concurrency?: number } = {}) {
  const attempts: Attempt[] = []
  const events: { name: string; data: any }[] = []
  let notify: () => void = () => {}
  const mailer = {
    name: 'test',
    sendCompiled: (compiled: any) =>
      new Promise<void>((resolve, reject) => {
        attempts.push({ subject: compiled.message.subject, resolve, reject })
        notify()
      }),
  } as unknown as MailerContract<MailTransportContract>
  const emitter = { emit: (name: string, data: any) => events.push({ name, data }) } as any
  const queue = new MailQueue(mailer, emitter, {
    retryDelaysMs: options.retryDelaysMs ?? [0, 0],
    concurrency: options.concurrency ?? 5,
  })

  /** Resolves once `count` attempts in total have reached the mailer. */
  const attemptsReach = (count: number) =>
    new Promise<void>((resolve) => {
      notify = () => attempts.length >= count && resolve()
      notify()
    })
  const compiled = (subject: string) => ({ message: { subject }, views: {} })
  return { queue, attempts, events, attemptsReach, compiled }
}

test.group('Mail / queue', (group) => {
  group.each.teardown(async () => {
    const ours = mailQueues().filter((queue) => queue.mailer.name === 'test')
    await Promise.all(ours.map((queue) => queue.close()))
  })

  test('hands a message over without waiting for it to be sent', async ({ assert }) => {
    const { queue, attempts, attemptsReach, compiled } = harness()
    await queue.queue(compiled('Hello'))
    await attemptsReach(1)
    assert.equal(queue.status().sending, 1)

    attempts[0].resolve()
    await queue.drained()
    assert.deepInclude(queue.status(), { waiting: 0, sending: 0, retrying: 0 })
  })

  test('retries a failed message, then gives up and reports it', async ({ assert }) => {
    const { queue, attempts, events, attemptsReach, compiled } = harness({ retryDelaysMs: [0, 0] })
    await queue.queue(compiled('Doomed'))
    for (let attempt = 1; attempt <= 3; attempt++) {
      await attemptsReach(attempt)
      attempts[attempt - 1].reject(new Error('421 Service not available'))
    }
    await queue.drained()

    assert.lengthOf(attempts, 3)
    const [failure] = queue.status().failures
    assert.deepInclude(failure, {
      subject: 'Doomed',
      attempts: 3,
      error: '421 Service not available',
    })
    assert.lengthOf(events, 1)
    assert.equal(events[0].name, 'queued:mail:error')
    assert.equal(events[0].data.mailerName, 'test')
  })

  test('a message that fails once goes out on the next attempt', async ({ assert }) => {
    const { queue, attempts, events, attemptsReach, compiled } = harness({ retryDelaysMs: [0] })
    await queue.queue(compiled('Second time lucky'))
    await attemptsReach(1)
    attempts[0].reject(new Error('451 Try again later'))
    await attemptsReach(2)
    attempts[1].resolve()
    await queue.drained()

    assert.lengthOf(queue.status().failures, 0)
    assert.lengthOf(events, 0)
  })

  test('sends no more messages at once than its concurrency', async ({ assert }) => {
    const { queue, attempts, attemptsReach, compiled } = harness({ concurrency: 2 })
    for (const subject of ['one', 'two', 'three']) await queue.queue(compiled(subject))
    await attemptsReach(2)
    assert.deepInclude(queue.status(), { sending: 2, waiting: 1 })

    attempts[0].resolve()
    await attemptsReach(3)
    assert.deepEqual(
      attempts.map((attempt) => attempt.subject),
      ['one', 'two', 'three']
    )
    attempts.slice(1).forEach((attempt) => attempt.resolve())
    await queue.drained()
  })

  test('closing drops the retries still waiting and returns their number', async ({ assert }) => {
    const { queue, attempts, attemptsReach, compiled } = harness({ retryDelaysMs: [3_600_000] })
    await queue.queue(compiled('Later'))
    await attemptsReach(1)
    attempts[0].reject(new Error('451 Try again later'))
    await new Promise<void>((resolve) => setImmediate(resolve))
    assert.equal(queue.status().retrying, 1)

    assert.equal(await queue.close(), 1)
    assert.deepInclude(queue.status(), { retrying: 0, waiting: 0, sending: 0 })
  })

  test('every configured mailer queues through it', async ({ assert }) => {
    for (const name of ['smtp', 'file'] as const) {
      const mailer = mail.use(name)
      assert.isTrue(
        mailQueues().some((queue) => queue.mailer === mailer),
        `the "${name}" mailer has no retrying queue`
      )
    }
  })
})
