import type { ApplicationService } from '@adonisjs/core/types'
import MailQueue, { mailQueues } from '#services/mail_queue'

/**
 * Makes the retrying in-process queue the messenger of every mailer, so
 * `mail.sendLater()` never waits on the mail server, and lets messages in
 * flight finish when the process stops.
 */
export default class MailQueueProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const [mail, emitter] = await Promise.all([
      this.app.container.make('mail.manager'),
      this.app.container.make('emitter'),
    ])
    mail.setMessenger((mailer) => new MailQueue(mailer, emitter))
  }

  async shutdown() {
    await Promise.all(mailQueues().map((queue) => queue.close()))
  }
}
