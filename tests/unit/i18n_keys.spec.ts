import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import { SUPPORTED_LOCALES } from '#support/locales'

const LANG_ROOT = app.languageFilesPath()

function flatten(value: unknown, prefix: string, into: Set<string>) {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, into)
  } else {
    into.add(prefix)
  }
}

/** Every translation key of a locale, as `file.nested.key`. */
async function keysOf(locale: string): Promise<Set<string>> {
  const keys = new Set<string>()
  for (const file of await readdir(join(LANG_ROOT, locale))) {
    if (!file.endsWith('.json')) continue
    const content = JSON.parse(await readFile(join(LANG_ROOT, locale, file), 'utf8'))
    flatten(content, file.replace(/\.json$/, ''), keys)
  }
  return keys
}

async function sourceFiles(folder: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(app.makePath(folder), { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name))
}

test.group('Translations', () => {
  test('every supported locale has a folder of translations', async ({ assert }) => {
    const folders = await readdir(LANG_ROOT)
    assert.includeMembers(folders, [...SUPPORTED_LOCALES])
  })

  test('no key exists in one language and not in another', async ({ assert }) => {
    const reference = await keysOf('en')
    for (const locale of SUPPORTED_LOCALES) {
      const keys = await keysOf(locale)
      const missing = [...reference].filter((key) => !keys.has(key))
      const extra = [...keys].filter((key) => !reference.has(key))
      assert.deepEqual(missing, [], `keys missing from "${locale}"`)
      assert.deepEqual(extra, [], `keys in "${locale}" but not in "en"`)
    }
  })

  test('every literal key used by the code and the views exists', async ({ assert }) => {
    const known = await keysOf('en')
    const files = [
      ...(await sourceFiles('app', ['.ts'])),
      ...(await sourceFiles('resources/views', ['.edge'])),
    ]
    const missing: string[] = []
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      for (const match of source.matchAll(/\bt\(\s*'([a-z_]+(?:\.[\w]+)+)'/g)) {
        if (!known.has(match[1])) missing.push(`${match[1]} (${file})`)
      }
    }
    assert.deepEqual(missing, [])
  })
})
