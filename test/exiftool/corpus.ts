import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import {
  exifWithGps,
  makeGif,
  makeIccProfile,
  makeJpeg,
  makePng,
  makeWebp,
  pngColourChunks,
} from '../../src/server/evidence/testing/fixtures.ts';
import { makeMp3, makeMp4, makePdf, makeWav } from '../../src/server/evidence/testing/media-fixtures.ts';

/** Every sanitised type, each file carrying the metadata a phone, a camera or an editor would add. */
export async function plantedCorpus(canary: string): Promise<{ name: string; file: Buffer }[]> {
  const exif = exifWithGps({ latitude: [48, 51, 24], artist: `Artist-${canary}` });
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Xmp-${canary}"/></rdf:RDF></x:xmpmeta>`;
  const profile = makeIccProfile({
    description: `Icc-${canary}`,
    copyright: `Copyright-${canary}`,
    device: 'Cam1',
  });
  const pdf = await PDFDocument.load(
    await makePdf({ canary, pages: 2, jpeg: makeJpeg({ exif }), attachment: `Attachment-${canary}` }),
    { updateMetadata: false },
  );
  pdf.getPage(0).node.set(PDFName.of('AcmePrivate'), PDFString.of(`Private-${canary}`));
  return [
    { name: 'photo.jpg', file: makeJpeg({ exif, xmp, comment: `Comment-${canary}` }) },
    {
      name: 'screenshot.png',
      file: makePng({
        text: `Text-${canary}`,
        exif,
        extra: pngColourChunks({
          profileName: `Profile-${canary}`,
          profile,
          paletteName: `Palette-${canary}`,
        }),
      }),
    },
    { name: 'image.webp', file: makeWebp({ exif, xmp, icc: profile }) },
    { name: 'animation.gif', file: makeGif({ comment: `Comment-${canary}`, xmp: `Xmp-${canary}` }).file },
    { name: 'letter.pdf', file: Buffer.from(await pdf.save({ useObjectStreams: false })) },
    {
      name: 'video.mov',
      file: makeMp4({ canary, iso6709: '+48.8577+002.2950+035.000/', inSampleEntry: true }).file,
    },
    { name: 'voice.mp3', file: makeMp3({ title: `Title-${canary}`, artist: `Artist-${canary}` }) },
    { name: 'call.wav', file: makeWav({ artist: `Artist-${canary}` }).file },
  ];
}
