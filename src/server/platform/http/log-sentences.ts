import { t } from '../../../shared/i18n/translate.ts';

/**
 * Logs as sentences, for a person at a terminal (LOG_FORMAT=auto on a TTY, or pretty). Files and log
 * systems keep pino's JSON lines. Entries with a `code` this knows are written in the operator's language;
 * the one-time set-up link stands out in a frame; per-request lines are left out unless something went
 * wrong (they are for log systems).
 */
type Entry = {
  level?: number;
  time?: number;
  msg?: string;
  code?: string;
  url?: string;
  setupLink?: string;
  setupValidHours?: number;
  err?: { message?: string };
  res?: { statusCode?: number };
};

const REQUEST_LINES = new Set(['incoming request', 'request completed']);

export function toSentence(entry: Entry, locale: 'en' | 'fr'): string {
  const level = entry.level ?? 30;
  if (level < 40 && entry.msg && REQUEST_LINES.has(entry.msg)) return '';
  const at = new Date(entry.time ?? 0).toISOString().slice(11, 19);
  if (entry.code === 'setup.link' && entry.setupLink) {
    const lines = [
      t(locale, 'operator.setup.title'),
      t(locale, 'operator.setup.open', { hours: entry.setupValidHours ?? 24 }),
      '',
      `    ${entry.setupLink}`,
      '',
      t(locale, 'operator.setup.shell'),
    ];
    const rule = '═'.repeat(72);
    return `\n╔${rule}\n${lines.map((l) => `║ ${l}`).join('\n')}\n╚${rule}\n\n`;
  }
  const text =
    entry.code === 'server.listening' && entry.url
      ? t(locale, 'operator.listening', { url: entry.url })
      : entry.msg;
  const prefix =
    level >= 50 ? `${t(locale, 'operator.error')} ` : level >= 40 ? `${t(locale, 'operator.warning')} ` : '';
  const cause = entry.err?.message ? ` (${entry.err.message})` : '';
  return `${at}  ${prefix}${text ?? ''}${cause}\n`;
}

/** A pino destination that writes sentences to `out` (a terminal). */
export function sentenceStream(out: { write(text: string): unknown }, locale: 'en' | 'fr') {
  return {
    write(line: string) {
      let entry: Entry;
      try {
        entry = JSON.parse(line) as Entry;
      } catch {
        out.write(line);
        return;
      }
      const sentence = toSentence(entry, locale);
      if (sentence) out.write(sentence);
    },
  };
}
