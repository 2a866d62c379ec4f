import { test } from '@japa/runner'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { CliSandbox } from './cli_sandbox.js'

test.group('filamenta entry point', (group) => {
  let sandbox: CliSandbox
  group.each.setup(async () => {
    sandbox = await CliSandbox.create()
    return () => sandbox.cleanup()
  })

  test('--help lists the commands', async ({ assert }) => {
    const result = await sandbox.run(['--help'])

    assert.equal(result.code, 0)
    assert.include(result.stdout, 'install')
    assert.include(result.stdout, 'doctor')
  })

  test('install --help lists its flags and exit codes', async ({ assert }) => {
    const result = await sandbox.run(['install', '--help'])

    assert.equal(result.code, 0)
    for (const flag of [
      '--non-interactive',
      '--config',
      '--site-name',
      '--admin-password-stdin',
      '--force',
      '--json',
    ]) {
      assert.include(result.stdout, flag)
    }
    assert.include(result.stdout, 'Exit codes')
  })

  test('doctor --help describes the command', async ({ assert }) => {
    const result = await sandbox.run(['doctor', '--help'])

    assert.equal(result.code, 0)
    assert.include(result.stdout, 'Usage: filamenta doctor')
    assert.include(result.stdout, '--json')
  })

  test('no command exits 2 with the help', async ({ assert }) => {
    const result = await sandbox.run([])

    assert.equal(result.code, 2)
    assert.include(result.stderr, 'Usage: filamenta')
  })

  test('hands an unknown command to ace', async ({ assert }) => {
    const result = await sandbox.run(['list'])

    assert.equal(result.code, 0, result.stderr)
    assert.include(result.stdout, 'migration:status')
  })

  test('returns the exit code of the ace command it ran', async ({ assert }) => {
    const result = await sandbox.run(['no-such-command'])

    assert.notEqual(result.code, 0)
  })

  test('an account command before the install says to install first', async ({ assert }) => {
    const result = await sandbox.run(['user:list', '--json'])

    assert.equal(result.code, 1)
    assert.include(
      result.stdout + result.stderr,
      'This site is not installed yet: run `node bin/filamenta.js install` first.'
    )
    assert.notInclude(result.stdout + result.stderr, 'SqliteError')
  })

  test('writes a .env with a fresh APP_KEY on a fresh instance', async ({ assert }) => {
    const envFile = join(sandbox.dir, '.env')
    const result = await sandbox.run(['doctor', '--json'], {
      env: { ENV_PATH: sandbox.dir, APP_KEY: undefined },
    })

    const contents = await readFile(envFile, 'utf8')
    assert.match(contents, /^APP_KEY=[\w-]{32,}$/m)
    const { mode } = await stat(envFile)
    assert.equal(mode & 0o777, 0o600)
    const appKey = result.json().checks.find((check: { id: string }) => check.id === 'appKey')
    assert.equal(appKey.status, 'pass')
  })
})
