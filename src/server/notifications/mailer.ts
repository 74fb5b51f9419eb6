import nodemailer, { type Transporter } from 'nodemailer';
import { type Logger, pino } from 'pino';
import type { AppDeps } from '../deps.ts';

/**
 * The SMTP side of notifications: one nodemailer transport per running app, configured from SMTP_URL and
 * SMTP_FROM. Without SMTP_URL nothing is sent (and the log says so once, without any address).
 */
export type Mail = { to: string; subject: string; text: string };

type Mailer = { send: (mail: Mail) => Promise<void>; log: Logger; configured: boolean };

const mailers = new WeakMap<AppDeps['config'], Mailer>();

export function mailerFor(deps: Pick<AppDeps, 'config'>): Mailer {
  const existing = mailers.get(deps.config);
  if (existing) return existing;
  // Notifications log codes and counts only: never an address, a reference or a subject.
  const log = pino({ level: deps.config.logLevel, base: { component: 'notifications' } });
  const smtp = deps.config.smtp;
  let transport: Transporter | undefined;
  const mailer: Mailer = smtp
    ? {
        configured: true,
        log,
        send: async (mail) => {
          transport ??= nodemailer.createTransport(smtp.url);
          await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
        },
      }
    : {
        configured: false,
        log,
        send: async () => {},
      };
  if (!smtp)
    log.info({ code: 'notifications.smtp_not_configured' }, 'SMTP_URL is not set: staff e-mails are off');
  mailers.set(deps.config, mailer);
  return mailer;
}
