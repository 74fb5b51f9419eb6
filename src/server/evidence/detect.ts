import { fileTypeFromBuffer } from 'file-type';

/**
 * What kind of file this is, judged by its bytes (never by its name or the type the browser claimed).
 * Only kinds a viewer can open without running code are accepted: images, PDF, plain text, audio and
 * video. SVG and HTML (which carry script), executables, archives and office documents (macros) are
 * refused.
 */
const ACCEPTED = new Map<string, string>([
  ['image/jpeg', 'image/jpeg'],
  ['image/png', 'image/png'],
  ['image/gif', 'image/gif'],
  ['image/webp', 'image/webp'],
  ['image/heic', 'image/heic'],
  ['image/heif', 'image/heif'],
  ['application/pdf', 'application/pdf'],
  ['audio/mpeg', 'audio/mpeg'],
  ['audio/x-m4a', 'audio/mp4'],
  ['audio/mp4', 'audio/mp4'],
  ['audio/ogg', 'audio/ogg'],
  ['audio/ogg; codecs=opus', 'audio/ogg'],
  ['audio/opus', 'audio/ogg'],
  ['audio/wav', 'audio/wav'],
  ['audio/x-wav', 'audio/wav'],
  ['audio/vnd.wave', 'audio/wav'],
  ['video/mp4', 'video/mp4'],
  ['video/webm', 'video/webm'],
  ['video/quicktime', 'video/quicktime'],
]);

export const ACCEPTED_MEDIA_TYPES = [...new Set([...ACCEPTED.values(), 'text/plain'])];

/** The accepted media type of these bytes, or null when they must be refused. */
export async function detectMediaType(bytes: Buffer): Promise<string | null> {
  if (bytes.length === 0) return null;
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return ACCEPTED.get(detected.mime) ?? null;
  return isPlainText(bytes) ? 'text/plain' : null;
}

/**
 * Plain text: valid UTF-8 (an optional BOM), no control characters but tab and line breaks, and nothing
 * a browser would sniff as markup (a viewer that guessed "HTML" would run it).
 */
export function isPlainText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) return false;
  const head = text
    .replace(/^\uFEFF/, '')
    .slice(0, 1024)
    .trimStart()
    .toLowerCase();
  if (/^<(\?xml|!doctype|html|svg|script|head|body|iframe|!--)/.test(head)) return false;
  if (/<(svg|script|html)[\s>]/.test(text.slice(0, 65_536).toLowerCase())) return false;
  return true;
}
