import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

/**
 * The SMTP side of notifications: one nodemailer transport per process, configured from SMTP_URL and
 * SMTP_FROM. Without SMTP_URL nothing is sent (and the log says so once, without any address).
 */
export type Mail = { to: string; subject: string; text: string };

export class Mailer {
  readonly configured: boolean;
  /** Codes and counts only: never an address, a reference or a subject. */
  readonly log: Logger;
  readonly #smtp: { url: string; from: string } | undefined;
  #transport: Transporter | undefined;

  constructor(smtp: { url: string; from: string } | undefined, log: Logger) {
    this.#smtp = smtp;
    this.configured = smtp !== undefined;
    this.log = log;
  }

  #warned = false;

  async send(mail: Mail): Promise<void> {
    const smtp = this.#smtp;
    if (!smtp) {
      if (!this.#warned)
        this.log.info(
          { code: 'notifications.smtp_not_configured' },
          'SMTP_URL is not set: staff e-mails are off',
        );
      this.#warned = true;
      return;
    }
    this.#transport ??= nodemailer.createTransport(smtp.url);
    await this.#transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
  }

  close(): void {
    this.#transport?.close();
  }
}
