import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'

type CatcherOptions = {
  /** Credentials the server demands; without them it accepts anyone. */
  credentials?: { user: string; password: string }
  /** Answers "451 try again later" to this many messages before accepting. */
  refuseFirst?: number
  /** Holds each new connection until `release()` is called. */
  holdConnections?: boolean
}

/**
 * A real SMTP server on a free local port that parses what it receives,
 * for tests that send mail for real.
 */
export async function startSmtpCatcher(options: CatcherOptions = {}) {
  const received: ParsedMail[] = []
  const waiters: ((mail: ParsedMail) => void)[] = []
  const attempts = { count: 0 }
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))

  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !options.credentials,
    allowInsecureAuth: true,
    onConnect(_session, callback) {
      if (!options.holdConnections) return callback()
      released.then(() => callback())
    },
    onAuth(auth, _session, callback) {
      const expected = options.credentials
      if (expected && auth.username === expected.user && auth.password === expected.password) {
        return callback(null, { user: auth.username })
      }
      callback(new Error('Invalid username or password'))
    },
    onData(stream, _session, callback) {
      attempts.count++
      simpleParser(stream).then((mail) => {
        if (attempts.count <= (options.refuseFirst ?? 0)) {
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }))
        }
        received.push(mail)
        waiters.splice(0).forEach((resolve) => resolve(mail))
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    attempts,
    release,
    /** The next message the server accepts. */
    nextMessage(): Promise<ParsedMail> {
      return new Promise((resolve) => waiters.push(resolve))
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
