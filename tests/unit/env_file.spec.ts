import { test } from '@japa/runner'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateAppKey, isUsableAppKey, readEnvFile, updateEnvFile } from '#support/env_file'

test.group('.env file', (group) => {
  let folder: string
  group.each.setup(async () => {
    folder = await mkdtemp(join(tmpdir(), 'filamenta-env-'))
    return () => rm(folder, { recursive: true, force: true })
  })

  test('updates keys in place, keeps comments, adds and removes keys', async ({ assert }) => {
    const path = join(folder, '.env')
    await writeFile(path, '# comment\nPORT=3333\nDB_HOST=old\nKEEP=me\n')
    await updateEnvFile(path, { PORT: '4000', DB_HOST: undefined, NEW_KEY: 'value with spaces' })

    const text = await readFile(path, 'utf8')
    assert.equal(text, "# comment\nPORT=4000\nKEEP=me\nNEW_KEY='value with spaces'\n")
    assert.deepEqual(await readEnvFile(path), {
      PORT: '4000',
      KEEP: 'me',
      NEW_KEY: 'value with spaces',
    })
  })

  test('writes the file readable by its owner only', async ({ assert }) => {
    const path = join(folder, '.env')
    await writeFile(path, 'A=1\n', { mode: 0o644 })
    await updateEnvFile(path, { A: '2' })
    const { mode } = await stat(path)
    assert.equal(mode & 0o777, 0o600)
  })

  test('quotes values that would otherwise be misread', async ({ assert }) => {
    const path = join(folder, '.env')
    const values = {
      A: 'p@ss "word" #1 $HOME',
      B: "it's $x",
      C: `it's "q" \`$y\``.replace(/`/g, ''),
      D: 'back\\slash and spaces',
    }
    await updateEnvFile(path, values)
    assert.deepEqual(await readEnvFile(path), values)
  })

  test('a missing file reads as empty', async ({ assert }) => {
    assert.deepEqual(await readEnvFile(join(folder, 'nope.env')), {})
  })

  test('generated keys are long, random and usable; blanks and samples are not', ({ assert }) => {
    const key = generateAppKey()
    assert.isAtLeast(key.length, 43)
    assert.notEqual(key, generateAppKey())
    assert.isTrue(isUsableAppKey(key))
    assert.isFalse(isUsableAppKey(''))
    assert.isFalse(isUsableAppKey(undefined))
    assert.isFalse(isUsableAppKey('short-key'))
  })
})
