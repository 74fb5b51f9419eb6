import { extractText, getDocumentProxy } from 'unpdf';

/** The text a reader (or a screen reader) gets out of a PDF, pages joined, by PDF.js. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SNAKE_CODE = /\b[a-z]+_[a-z_]+\b/;

/** What a PDF meant for people must not show: internal ids, raw timestamps, snake_case codes. */
export function codesIn(text: string): string[] {
  return [UUID, ISO_TIME, SNAKE_CODE].flatMap((re) => text.match(re)?.[0] ?? []);
}
