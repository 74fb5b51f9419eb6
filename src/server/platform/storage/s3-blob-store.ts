import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { type BlobStore, blobIdIsSafe, type StoredBlob } from './blob-store.ts';

export type S3Settings = {
  bucket: string;
  /** An S3-compatible server's address (MinIO, Garage, Ceph, s3rver); unset for AWS itself. */
  endpoint: string | undefined;
  region: string;
  /** Unset: the SDK's own chain (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** bucket in the path (http://host/bucket/key), which most self-hosted servers need. */
  forcePathStyle: boolean;
  /** Keys are `<prefix><blob id>`, so one bucket may hold other things (or several installations). */
  prefix: string;
};

/** Objects larger than this go up in parts of this size, two at a time: memory stays ~16 MB a file. */
const PART_BYTES = 8 * 1024 * 1024;

/**
 * Sealed file bytes in an S3-compatible bucket, so that every instance behind a load balancer reads what
 * any of them received. The bytes are sealed before they get here (AES-256-GCM under a per-file data
 * key): the bucket's operator holds ciphertext only, as with the file store.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3';
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #prefix: string;

  constructor(settings: S3Settings) {
    this.#bucket = settings.bucket;
    this.#prefix = settings.prefix;
    this.#client = new S3Client({
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
      // Checksums on every request where the server supports them; S3-compatible servers that do not
      // (older MinIO, s3rver) would refuse the newer default trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  #key(id: string): string {
    if (!blobIdIsSafe(id)) throw new Error('invalid blob id');
    return `${this.#prefix}${id}`;
  }

  async put(id: string, sealed: Buffer | Readable): Promise<void> {
    // lib-storage sends a small body in one PUT and a large one in parts; an object appears whole or not
    // at all (S3 never shows a half-uploaded object), like the file store's write-then-rename.
    await new Upload({
      client: this.#client,
      params: { Bucket: this.#bucket, Key: this.#key(id), Body: sealed },
      partSize: PART_BYTES,
      queueSize: 2,
      leavePartsOnError: false,
    }).done();
  }

  async get(id: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.read(id)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async read(id: string): Promise<Readable> {
    const answer = await this.#client.send(
      new GetObjectCommand({ Bucket: this.#bucket, Key: this.#key(id) }),
    );
    return answer.Body as Readable;
  }

  async stat(id: string): Promise<StoredBlob | null> {
    try {
      const head = await this.#client.send(
        new HeadObjectCommand({ Bucket: this.#bucket, Key: this.#key(id) }),
      );
      return { bytes: head.ContentLength ?? 0 };
    } catch (err) {
      if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw err;
    }
  }

  async delete(id: string): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: this.#key(id) }));
  }

  async *list(): AsyncIterable<string> {
    const pages = paginateListObjectsV2(
      { client: this.#client },
      { Bucket: this.#bucket, Prefix: this.#prefix },
    );
    // S3 lists keys in byte order: the ids come in the file store's order, page by page.
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        const id = object.Key?.slice(this.#prefix.length);
        if (id && blobIdIsSafe(id)) yield id;
      }
    }
  }

  close(): void {
    this.#client.destroy();
  }
}

/** SHA-256 of a stream's bytes and their count (the migration's verification). */
export async function digestOf(stream: AsyncIterable<unknown>): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    hash.update(b);
    bytes += b.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
