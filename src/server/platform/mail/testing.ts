import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a free port for tests: nodemailer talks to it over a real socket and every message
 * lands in `inbox` (envelope recipients and the raw message). `text` decodes a raw message's
 * quoted-printable lines (nodemailer uses it for long or non-ASCII lines) back to UTF-8.
 */
export type ReceivedMail = { to: string[]; raw: string };

export type TestSmtp = {
  port: number;
  inbox: ReceivedMail[];
  text: (raw: string) => string;
  close: () => Promise<void>;
};

/** `inbox`: where messages land, if the test keeps its own list. */
export async function startTestSmtp(inbox: ReceivedMail[] = []): Promise<TestSmtp> {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as { port: number }).port,
    inbox,
    text: decodeQuotedPrintable,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** Quoted-printable to UTF-8: soft line breaks joined, each `=XX` one byte. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of joined.matchAll(/=([0-9A-F]{2})/g)) {
    parts.push(Buffer.from(joined.slice(last, m.index), 'utf8'), Buffer.from([Number.parseInt(m[1]!, 16)]));
    last = m.index + 3;
  }
  parts.push(Buffer.from(joined.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}
