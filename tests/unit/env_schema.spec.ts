import { test } from '@japa/runner'
import { Env } from '@adonisjs/core/env'

test.group('Environment validation', () => {
  test('an invalid port number is refused with a message naming the variable', ({ assert }) => {
    const validator = Env.rules({ SMTP_PORT: Env.schema.number() })
    let help = ''
    try {
      validator.validate({ SMTP_PORT: 'not-a-number' })
    } catch (error) {
      help = String((error as { help?: string }).help)
    }
    assert.include(help, '"SMTP_PORT" env variable must be a number')
  })
})
