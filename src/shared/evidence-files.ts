/** How a downloaded evidence file is named, on the server and in the console alike. */

// The accepted kinds of evidence (evidence/detect.ts) and the extension a partner's computer opens them by.
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/pdf': 'pdf',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'text/plain': 'txt',
};

/** The extension a computer opens a file of this accepted media type by (`bin` for anything else). */
export const extensionFor = (mediaType: string): string => EXTENSIONS[mediaType] ?? 'bin';
