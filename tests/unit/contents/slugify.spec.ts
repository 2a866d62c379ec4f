import { test } from '@japa/runner'
import { slugify } from '#support/slugs'

test.group('slugify', () => {
  const cases: [string, string][] = [
    ['Hello World', 'hello-world'],
    ['Été à Paris !', 'ete-a-paris'],
    ['Ça coûte 10 € — déjà ?', 'ca-coute-10-deja'],
    ['Straße und Öl', 'strasse-und-ol'],
    ['Œuvre, Æsop, Søren, Łódź', 'oeuvre-aesop-soren-lodz'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['multiple   spaces___and__underscores', 'multiple-spaces-and-underscores'],
    ['日本語', ''],
    ['', ''],
  ]
  for (const [input, expected] of cases) {
    test(`"${input}" gives "${expected}"`, ({ assert }) => {
      assert.equal(slugify(input), expected)
    })
  }

  test('cuts to the length asked, never ending with a dash', ({ assert }) => {
    assert.equal(slugify('abc def ghi', 4), 'abc')
    assert.equal(slugify('a'.repeat(300)).length, 200)
  })
})
