import path from 'node:path';
import type { Config } from '../../config.ts';
import { type BlobStore, FileBlobStore } from './blob-store.ts';
import { S3BlobStore } from './s3-blob-store.ts';

export const FILES_DIR = 'files';

/** One of the two stores, whichever is configured or not (`focalpoint storage migrate` opens both). */
export function openBlobStore(config: Pick<Config, 'dataDir' | 's3'>, kind: BlobStore['kind']): BlobStore {
  if (kind === 'file') return new FileBlobStore(path.join(config.dataDir, FILES_DIR));
  if (!config.s3) throw new Error('the S3 store is not configured (FOCALPOINT_S3_BUCKET)');
  return new S3BlobStore(config.s3);
}
