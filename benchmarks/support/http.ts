/** Cookies as a browser keeps them: the latest value of each name. */
class CookieJar {
  #cookies = new Map<string, string>()

  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const separator = pair.indexOf('=')
      this.#cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim())
    }
  }

  get header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

/**
 * Signs in through the login form, as a browser does (CSRF token from the
 * form, session cookie), and returns the Cookie header of the session.
 */
export async function signIn(baseUrl: string, uid: string, password: string): Promise<string> {
  const jar = new CookieJar()
  const form = await fetch(`${baseUrl}/login`)
  jar.take(form)
  const token = /name=["']_csrf["'] value=["']([^"']+)["']/.exec(await form.text())?.[1]
  if (!token) throw new Error('The login form has no CSRF token')

  const login = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cookie': jar.header },
    body: new URLSearchParams({ _csrf: token, uid, password }),
  })
  jar.take(login)
  if (login.status !== 302 || login.headers.get('location')?.endsWith('/login')) {
    throw new Error(`Signing in failed (HTTP ${login.status} to ${login.headers.get('location')})`)
  }
  return jar.header
}
