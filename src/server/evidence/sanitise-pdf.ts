import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFObject,
  PDFObjectCopier,
  PDFPage,
  type PDFPageLeaf,
  PDFRawStream,
  PDFRef,
  PDFStream,
} from 'pdf-lib';
import { type InflateBudget, InflateLimitError, inflateWithin } from './inflate.ts';
import { filterNames, forEachDecodedChunk, nameOf, withDecodeBudget } from './pdf-streams.ts';
import { SanitiseError } from './sanitise-error.ts';
import { sanitiseIccProfile } from './sanitise-icc.ts';
import { stripJpegMetadata } from './sanitise-image.ts';

/**
 * PDF: the copy is a new document built from the pages alone. Everything that hangs off the catalog
 * or the trailer (Info dictionary, XMP, document IDs, attachments, document JavaScript and open
 * actions, outlines, forms, signatures, earlier incremental revisions, objects nothing points to) is
 * left behind, because only the page objects and what they reference are copied. What pages can carry
 * themselves is then scrubbed, and the result is parsed again and checked before it is accepted.
 *
 * Pages, their resources and the images and forms they draw keep only the keys the PDF specification
 * gives them (PAGE_KEYS…): applications also put private data straight into these dictionaries, under
 * names of their own, and a list of what to drop cannot know those names. Elsewhere, the keys known to
 * carry metadata are dropped (DROPPED_KEYS).
 *
 * Null (no copy) for encrypted files, files pdf-lib cannot parse, JPEG 2000 images (their boxes can
 * hold XML and a GeoJP2 position this code does not rewrite), JPEGs behind other filters, and anything
 * the final check still finds. A copy may change how a page looks only where the original depended on
 * an attachment, a script or a form field's stored value.
 *
 * Decompression is bounded (pdf-streams.ts): a file that needs more than its budget is refused with an
 * InflateLimitError, which the caller reports (the report is kept, this file is not).
 */

/** Keys removed wherever they appear: metadata, private application data, actions run on events,
 * attached and external files, thumbnails (a thumbnail can show a page as it was before an edit). */
const DROPPED_KEYS = [
  'Metadata',
  'PieceInfo',
  'LastModified',
  'AA',
  'OpenAction',
  'JS',
  'AF',
  'EF',
  'EmbeddedFiles',
  'JavaScript',
  'Thumb',
  'OPI',
  'Ref',
  'Info',
  'ID',
  // An optional-content group's usage: the application that made the layer and the users it is for.
  'Usage',
].map((k) => PDFName.of(k));

/** The keys a page, its resources, an image and a form may keep (ISO 32000-1 tables 30, 33, 89, 95). */
const PAGE_KEYS = new Set([
  'Type',
  'Parent',
  'Resources',
  'MediaBox',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Contents',
  'Rotate',
  'Group',
  'Annots',
  'UserUnit',
  'Tabs',
  'Dur',
  'Trans',
]);
const RESOURCE_KEYS = new Set([
  'ExtGState',
  'ColorSpace',
  'Pattern',
  'Shading',
  'XObject',
  'Font',
  'ProcSet',
  'Properties',
]);
const STREAM_KEYS = ['Length', 'Filter', 'DecodeParms'];
const IMAGE_KEYS = new Set([
  ...STREAM_KEYS,
  'Type',
  'Subtype',
  'Width',
  'Height',
  'ColorSpace',
  'BitsPerComponent',
  'Intent',
  'ImageMask',
  'Mask',
  'Decode',
  'Interpolate',
  'SMask',
  'SMaskInData',
  'Matte',
  'Name',
  'OC',
]);
const FORM_KEYS = new Set([
  ...STREAM_KEYS,
  'Type',
  'Subtype',
  'FormType',
  'BBox',
  'Matrix',
  'Resources',
  'Group',
  'OC',
  'Name',
]);

/** The keys a dictionary may keep, when it is one of those kept by a list; undefined for the others. */
function allowedKeys(dict: PDFDict, isStream: boolean): Set<string> | undefined {
  if (nameOf(dict.get(name('Type'))) === 'Page') return PAGE_KEYS;
  if (!isStream) return undefined;
  const subtype = nameOf(dict.get(name('Subtype')));
  if (subtype === 'Image') return IMAGE_KEYS;
  if (subtype === 'Form') return FORM_KEYS;
  return undefined;
}

/** Keys outside the list, by name. */
function keysOutside(dict: PDFDict, allowed: Set<string>): PDFName[] {
  return dict.keys().filter((k) => !allowed.has(k.decodeText()));
}

/** Annotations that carry a file or media of their own are removed from the page. */
const DROPPED_ANNOTATIONS = new Set(['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D']);
/** Actions kept on links: moving inside the document, opening a web address, viewer commands. */
const KEPT_ACTIONS = new Set(['GoTo', 'URI', 'Named']);
/** Who wrote an annotation and when: the author's name, dates and the authoring tool's unique name. */
const ANNOTATION_AUTHORSHIP = ['T', 'M', 'CreationDate', 'NM'].map((k) => PDFName.of(k));
/** Signed in the copy? The copy changes the bytes, so the signature (signer, place, date, certificate)
 * is removed rather than shown broken. */
const SIGNATURE_VALUE = ['V', 'Lock', 'SV'].map((k) => PDFName.of(k));

/** Signatures of metadata formats that must not survive inside any stream the copy keeps. */
const EMBEDDED_METADATA = ['<x:xmpmeta', '<?xpacket', 'ns.adobe.com/xap', 'Exif\0\0'].map((s) =>
  Buffer.from(s, 'latin1'),
);
const name = (k: string) => PDFName.of(k);

export async function stripPdfMetadata(bytes: Buffer, budget: InflateBudget): Promise<Buffer> {
  try {
    return await withDecodeBudget(budget, () => rebuildFromPages(bytes, budget));
  } catch (err) {
    // pdf-lib meets hostile and broken files with all kinds of errors: each one means "no safe copy".
    // Running out of decompression budget is not one: the caller refuses the file.
    if (err instanceof SanitiseError || err instanceof InflateLimitError) throw err;
    throw new SanitiseError('PDF could not be rebuilt');
  }
}

async function rebuildFromPages(bytes: Buffer, budget: InflateBudget): Promise<Buffer> {
  if (!bytes.subarray(0, 1024).includes(Buffer.from('%PDF-'))) throw new SanitiseError('not a PDF');
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (err) {
    if (err instanceof InflateLimitError) throw err;
    throw new SanitiseError('PDF cannot be parsed or is encrypted');
  }
  if (source.isEncrypted) throw new SanitiseError('encrypted PDF');
  const pageCount = source.getPageCount();
  if (pageCount === 0) throw new SanitiseError('PDF without pages');

  const copy = await PDFDocument.create({ updateMetadata: false });
  const copier = PDFObjectCopier.for(source.context, copy.context);
  for (const page of source.getPages()) {
    const node = copier.copy(page.node) as PDFPageLeaf;
    copy.addPage(PDFPage.of(node, copy.context.register(node), copy));
  }
  // Optional content (layers) decides what a page shows; without it hidden layers would appear.
  const layers = source.catalog.get(name('OCProperties'));
  if (layers) copy.catalog.set(name('OCProperties'), copier.copy(layers));

  scrubObjects(copy, budget);
  removeUnreachable(copy);
  const out = Buffer.from(await copy.save({ useObjectStreams: false, updateFieldAppearances: false }));
  await verifyClean(out, pageCount, budget);
  return out;
}

function scrubObjects(doc: PDFDocument, budget: InflateBudget): void {
  const seen = new Set<PDFObject>();
  const visit = (obj: PDFObject | undefined): void => {
    if (!obj || seen.has(obj)) return;
    seen.add(obj);
    if (obj instanceof PDFStream) {
      keepOnly(obj.dict, allowedKeys(obj.dict, true));
      visit(obj.dict);
    } else if (obj instanceof PDFDict) {
      scrubDict(doc, obj);
      for (const value of obj.values()) visit(value);
    } else if (obj instanceof PDFArray) {
      cleanIccBased(doc, obj, budget);
      for (const value of obj.asArray()) visit(value);
    }
  };
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream) doc.context.assign(ref, cleanImageStream(obj));
  }
  for (const [, obj] of doc.context.enumerateIndirectObjects()) visit(obj);
}

function keepOnly(dict: PDFDict, allowed: Set<string> | undefined): void {
  if (allowed) for (const key of keysOutside(dict, allowed)) dict.delete(key);
}

function scrubDict(doc: PDFDocument, dict: PDFDict): void {
  for (const key of DROPPED_KEYS) dict.delete(key);
  keepOnly(dict, allowedKeys(dict, false));
  const resources = dict.lookup(name('Resources'));
  if (resources instanceof PDFDict) keepOnly(resources, RESOURCE_KEYS);
  if (dict.has(name('S'))) dict.delete(name('Next')); // chained actions: only the first, checked below
  const action = dict.lookup(name('A'));
  if (action instanceof PDFDict && !KEPT_ACTIONS.has(nameOf(action.get(name('S'))) ?? '')) {
    dict.delete(name('A'));
  }
  if (nameOf(dict.get(name('FT'))) === 'Sig') for (const key of SIGNATURE_VALUE) dict.delete(key);
  const annots = dict.lookup(name('Annots'));
  if (annots instanceof PDFArray) {
    const kept = annots.asArray().filter((entry) => {
      const annot = doc.context.lookup(entry);
      if (!(annot instanceof PDFDict)) return false;
      const subtype = nameOf(annot.get(name('Subtype'))) ?? '';
      if (DROPPED_ANNOTATIONS.has(subtype)) return false;
      if (subtype !== 'Widget') for (const key of ANNOTATION_AUTHORSHIP) annot.delete(key);
      return true;
    });
    dict.set(name('Annots'), doc.context.obj(kept));
  }
}

/** An ICC profile is a few kilobytes, at most a few megabytes for the largest lookup tables. */
const MAX_ICC_PROFILE = 8 * 1024 * 1024;

/**
 * `[/ICCBased <stream>]` colour spaces: the profile names itself, its maker and device like any embedded
 * profile, so its stream is replaced by the cleaned profile (sanitise-icc.ts), Flate-compressed.
 */
function cleanIccBased(doc: PDFDocument, array: PDFArray, budget: InflateBudget): void {
  if (array.size() !== 2 || nameOf(array.get(0)) !== 'ICCBased') return;
  const ref = array.get(1);
  const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
  if (!(stream instanceof PDFRawStream)) return;
  const filters = filterNames(stream.dict);
  let profile: Buffer;
  if (filters.length === 0) profile = Buffer.from(stream.contents);
  else if (filters.length === 1 && filters[0] === 'FlateDecode') {
    profile = inflateWithin(stream.contents, budget, MAX_ICC_PROFILE);
  } else throw new SanitiseError('ICC profile behind an unexpected filter');
  const dict = stream.dict.clone(doc.context);
  dict.set(name('Filter'), name('FlateDecode'));
  dict.delete(name('DecodeParms'));
  doc.context.assign(
    ref as PDFRef,
    PDFRawStream.of(dict, new Uint8Array(deflateSync(sanitiseIccProfile(profile)))),
  );
}

/** Image streams: JPEG's own metadata segments (EXIF with GPS, XMP) removed; JPEG 2000 refused. */
function cleanImageStream(stream: PDFRawStream): PDFRawStream {
  const filters = filterNames(stream.dict);
  if (filters.includes('JPXDecode')) throw new SanitiseError('JPEG 2000 image in PDF');
  if (!filters.includes('DCTDecode')) return stream;
  if (filters.length !== 1) throw new SanitiseError('JPEG behind another filter in PDF');
  const jpeg = stripJpegMetadata(Buffer.from(stream.getContents()));
  return PDFRawStream.of(stream.dict, new Uint8Array(jpeg));
}

/** Objects nothing reachable from the catalog points to (left by copying) are not written. */
function removeUnreachable(doc: PDFDocument): void {
  const context = doc.context;
  const reached = new Set<string>();
  const pending: PDFObject[] = [context.trailerInfo.Root as PDFObject];
  while (pending.length > 0) {
    const obj = pending.pop();
    if (obj instanceof PDFRef) {
      if (reached.has(obj.tag)) continue;
      reached.add(obj.tag);
      const target = context.lookup(obj);
      if (target) pending.push(target);
    } else if (obj instanceof PDFStream) {
      pending.push(obj.dict);
    } else if (obj instanceof PDFDict) {
      pending.push(...obj.values());
    } else if (obj instanceof PDFArray) {
      pending.push(...obj.asArray());
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reached.has(ref.tag)) context.delete(ref);
  }
}

/**
 * The copy is parsed again from its bytes and accepted only if it has the same number of pages, no
 * Info, ID or encryption in its trailer, none of the dropped keys, no file specification, script,
 * signature or metadata stream anywhere, and no XMP or EXIF inside any stream it keeps.
 */
async function verifyClean(bytes: Buffer, pageCount: number, budget: InflateBudget): Promise<void> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (err) {
    if (err instanceof InflateLimitError) throw err;
    throw new SanitiseError('sanitised PDF does not parse');
  }
  if (doc.getPageCount() !== pageCount) throw new SanitiseError('sanitised PDF lost pages');
  const trailer = doc.context.trailerInfo;
  if (trailer.Info || trailer.ID || trailer.Encrypt) throw new SanitiseError('trailer still identifies');
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const isStream = obj instanceof PDFStream;
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : null;
    if (!dict) continue;
    if (DROPPED_KEYS.some((key) => dict.has(key))) throw new SanitiseError('metadata key remains');
    const allowed = allowedKeys(dict, isStream);
    if (allowed && keysOutside(dict, allowed).length > 0) throw new SanitiseError('private key remains');
    const resources = dict.lookup(name('Resources'));
    if (resources instanceof PDFDict && keysOutside(resources, RESOURCE_KEYS).length > 0) {
      throw new SanitiseError('private resource remains');
    }
    if (dict.has(name('ByteRange'))) throw new SanitiseError('signature remains');
    const type = nameOf(dict.get(name('Type')));
    if (type === 'Filespec' || type === 'EmbeddedFile' || type === 'Metadata') {
      throw new SanitiseError('file or metadata stream remains');
    }
    if (nameOf(dict.get(name('S'))) === 'JavaScript') throw new SanitiseError('script remains');
    // Pixels are not where metadata hides (an image's own is its /Metadata, dropped, or a JPEG's
    // segments, stripped): every other stream is decoded and searched.
    if (obj instanceof PDFRawStream && nameOf(dict.get(name('Subtype'))) !== 'Image') {
      if (await containsEmbeddedMetadata(obj, budget)) throw new SanitiseError('XMP or EXIF inside a stream');
    }
  }
}

/** Whether the decoded stream holds an XMP packet or an EXIF block, found across chunk boundaries. */
async function containsEmbeddedMetadata(stream: PDFRawStream, budget: InflateBudget): Promise<boolean> {
  const overlap = Math.max(...EMBEDDED_METADATA.map((sig) => sig.length)) - 1;
  let tail = Buffer.alloc(0);
  let found = false;
  await forEachDecodedChunk(stream, budget, (chunk) => {
    if (found) return;
    // The chunk itself, and the seam with the one before (a signature cut in two).
    const seam = Buffer.concat([tail, chunk.subarray(0, overlap)]);
    found = EMBEDDED_METADATA.some((sig) => chunk.includes(sig) || seam.includes(sig));
    tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - overlap)));
  });
  return found;
}
