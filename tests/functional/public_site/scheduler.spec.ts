import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { PeriodicTask } from '#support/periodic_task'

/** A promise and the function that settles it, to await a condition instead of sleeping. */
function signal<T = void>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

test.group('Scheduled publishing timer', () => {
  test('runs its task on every tick until stopped', async ({ assert, cleanup }) => {
    let runs = 0
    const thirdRun = signal()
    const task = new PeriodicTask(
      1,
      async () => {
        runs++
        if (runs === 3) thirdRun.resolve()
      },
      () => {}
    )
    cleanup(() => task.stop())

    task.start()
    assert.isTrue(task.isStarted)
    await thirdRun.promise
    await task.stop()

    assert.isFalse(task.isStarted)
    assert.isAtLeast(runs, 3)
  })

  test('does not keep the process alive on its own', async ({ assert, cleanup }) => {
    const created = signal<NodeJS.Timeout>()
    const setIntervalBefore = globalThis.setInterval
    globalThis.setInterval = ((handler: () => void, ms: number) => {
      const timer = setIntervalBefore(handler, ms)
      created.resolve(timer)
      return timer
    }) as typeof setInterval
    cleanup(() => {
      globalThis.setInterval = setIntervalBefore
    })
    const task = new PeriodicTask(
      60_000,
      async () => {},
      () => {}
    )
    cleanup(() => task.stop())

    task.start()
    const timer = await created.promise

    assert.isFalse(timer.hasRef())
  })

  test('never overlaps two runs, and stop() waits for the one in flight', async ({ assert }) => {
    const release = signal()
    let started = 0
    let finished = false
    const task = new PeriodicTask(
      60_000,
      async () => {
        started++
        await release.promise
        finished = true
      },
      () => {}
    )

    const first = task.runOnce()
    const second = task.runOnce()
    assert.strictEqual(first, second)
    assert.equal(started, 1)

    const stopped = task.stop()
    release.resolve()
    await stopped
    assert.isTrue(finished)
  })

  test('reports a failed run and keeps going', async ({ assert }) => {
    const failures: unknown[] = []
    let runs = 0
    const task = new PeriodicTask(
      60_000,
      async () => {
        runs++
        if (runs === 1) throw new Error('database away')
      },
      (error) => failures.push(error)
    )

    await task.runOnce()
    await task.runOnce()

    assert.equal(runs, 2)
    assert.lengthOf(failures, 1)
    assert.equal((failures[0] as Error).message, 'database away')
  })

  test('starts with the web server only, never in tests or commands', async ({ assert }) => {
    const preload = app.rcFile.preloads.find((entry) =>
      entry.file.toString().includes('#start/content_scheduler')
    )

    assert.exists(preload)
    assert.deepEqual(preload!.environment, ['web'])
  })
})
