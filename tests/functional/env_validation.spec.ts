import { test } from '@japa/runner'
import { spawnSync } from 'node:child_process'
import app from '@adonisjs/core/services/app'

/** Boots ace with one environment variable spoiled and returns what it said. */
function bootWith(variables: Record<string, string>) {
  const result = spawnSync(process.execPath, ['ace', 'migration:status'], {
    cwd: app.makePath(),
    env: { ...process.env, NODE_ENV: 'test', ...variables },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

test.group('Environment validation at boot', () => {
  for (const [variable, value, complaint] of [
    ['PORT', 'not-a-port', 'must be a number'],
    ['DB_CONNECTION', 'oracle', 'must be one of'],
    ['LOG_LEVEL', 'loud', 'must be one of'],
    ['APP_URL', 'not a url', 'must be a valid URL'],
  ]) {
    test(`a bad ${variable} stops the boot with a message naming it`, ({ assert }) => {
      const { status, output } = bootWith({ [variable]: value })
      assert.notEqual(status, 0)
      assert.include(output, variable)
      assert.include(output, complaint)
    }).timeout(60_000)
  }
})
