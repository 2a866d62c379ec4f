import { test } from '@japa/runner'
import { BackgroundJobs } from '#support/background_jobs'

test.group('Background jobs', () => {
  test('jobs run one at a time, in order, after the caller moves on', async ({ assert }) => {
    const jobs = new BackgroundJobs()
    const events: string[] = []
    const job = (name: string) => async () => {
      events.push(`${name} starts`)
      await new Promise((resolve) => setImmediate(resolve))
      events.push(`${name} ends`)
    }

    jobs.push('first', job('first'))
    jobs.push('second', job('second'))
    events.push('caller continues')
    await jobs.idle()

    assert.deepEqual(events, [
      'caller continues',
      'first starts',
      'first ends',
      'second starts',
      'second ends',
    ])
  })

  test('a failing job does not stop the ones after it', async ({ assert }) => {
    const jobs = new BackgroundJobs()
    let ran = false
    jobs.push('broken', async () => {
      throw new Error('boom')
    })
    jobs.push('fine', async () => {
      ran = true
    })

    await jobs.idle()
    assert.isTrue(ran)
  })

  test('idle waits for jobs queued by other jobs', async ({ assert }) => {
    const jobs = new BackgroundJobs()
    const done: string[] = []
    jobs.push('parent', async () => {
      done.push('parent')
      jobs.push('child', async () => {
        done.push('child')
      })
    })

    await jobs.idle()
    assert.deepEqual(done, ['parent', 'child'])
  })
})
