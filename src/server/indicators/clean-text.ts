/**
 * Text as the identifier patterns read it. People paste identifiers from phones and chat apps: full-width
 * characters (＋８６, ＠, ：), digits of their own script (Arabic-Indic in Arabic, Extended Arabic-Indic in
 * Persian and Uyghur, Tibetan), right-to-left marks around a number in Arabic-script text, soft hyphens and
 * zero-width joiners inside words. None of them changes which identifier was meant.
 */

const BIDI_AND_ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;

/** Digits of other scripts (Arabic-Indic, Extended Arabic-Indic as in Persian and Uyghur, Tibetan) to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0f20-\u0f29]/g, (d) => {
    const c = d.charCodeAt(0);
    if (c >= 0x0f20) return String(c - 0x0f20);
    if (c >= 0x06f0) return String(c - 0x06f0);
    return String(c - 0x0660);
  });
}

/** NFKC (full-width ＋８６ → +86, ＠ → @, ：→ :), other digits to ASCII, no invisible characters. */
export function cleanText(text: string): string {
  return asciiDigits(text.normalize('NFKC').replace(BIDI_AND_ZERO_WIDTH, '')).replace(/[\u3002\uff61]/g, '.');
}
