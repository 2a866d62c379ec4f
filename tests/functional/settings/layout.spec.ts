import { test } from '@japa/runner'
import User from '#models/user'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'
import { installedAdmin } from './helpers.js'

const FOOTER = 'Atelier <b>Rouge</b> & co\nRue des Arts 5'

test.group('Settings / name and footer on every page', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  const saveSite = async (client: any, form: Record<string, unknown>) =>
    client
      .post('/admin/settings/site')
      .loginAs(await installedAdmin())
      .withCsrfToken()
      .form({
        site_name: 'Atelier',
        site_url: 'https://atelier.example',
        site_locale: 'en',
        ...form,
      })

  test('a new name shows at once in the header and titles', async ({ client }) => {
    await saveSite(client, { site_name: 'Atelier Rouge' })

    const page = await client.get('/login')
    page.assertTextIncludes('<span>Atelier Rouge</span>')
    page.assertTextIncludes('Sign in · Atelier Rouge')
  })

  test('the footer text is shown as plain, escaped text', async ({ client, assert }) => {
    await saveSite(client, { site_footer: FOOTER })

    const member = await User.create({
      email: 'member@example.org',
      username: 'member',
      password: STRONG_PASSWORD,
      role: 'member',
    })
    for (const page of [
      await client.get('/'),
      await client.get('/account/profile').loginAs(member),
    ]) {
      page.assertTextIncludes(
        '<p class="site-footer__text">Atelier &lt;b&gt;Rouge&lt;/b&gt; &amp; co\nRue des Arts 5</p>'
      )
      assert.notInclude(page.text(), '<b>Rouge</b>')
    }
  })

  test('an empty footer leaves only the usual line', async ({ client, assert }) => {
    await saveSite(client, { site_footer: FOOTER })
    await saveSite(client, { site_footer: '' })

    const page = await client.get('/')
    assert.notInclude(page.text(), 'site-footer__text')
    page.assertTextIncludes('Atelier — powered by Filamenta')
  })

  test('the default language applies to visitors who ask for none', async ({ client }) => {
    await saveSite(client, { site_locale: 'fr' })

    const page = await client.get('/login')
    page.assertTextIncludes('<html lang="fr">')
  })
})
