import { test } from '@japa/runner'

test.group('Health', () => {
  test('GET /health answers 200 while the process is up', async ({ client }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
  })

  test('an unknown path answers 404', async ({ client }) => {
    const response = await client.get('/no-such-page')
    response.assertStatus(404)
  })
})
