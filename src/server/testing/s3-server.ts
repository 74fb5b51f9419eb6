import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import type { S3Settings } from '../platform/storage/s3-blob-store.ts';
import { freePort } from './free-port.ts';

/**
 * A real S3 API server (s3rver: the S3 REST protocol over HTTP, objects on disk) for tests: the AWS SDK
 * signs, sends and parses exactly as it would against AWS, MinIO or Garage.
 */
export class TestS3Server {
  readonly settings: S3Settings;
  readonly #server: { close: () => Promise<void> };
  readonly #dir: string;

  private constructor(settings: S3Settings, server: { close: () => Promise<void> }, dir: string) {
    this.settings = settings;
    this.#server = server;
    this.#dir = dir;
  }

  static async start(bucket = 'focalpoint-test'): Promise<TestS3Server> {
    const dir = await mkdtemp(path.join(tmpdir(), 'fp-s3-'));
    const port = await freePort();
    const server = new S3rver({
      address: '127.0.0.1',
      port,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: bucket }],
    });
    await server.run();
    return new TestS3Server(
      {
        bucket,
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        // s3rver's fixed credentials: it checks every request's signature against them.
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        forcePathStyle: true,
        prefix: 'files/',
      },
      server,
      dir,
    );
  }

  /** The settings as environment variables, for a FocalPoint process. */
  env(): Record<string, string> {
    const s = this.settings;
    return {
      FOCALPOINT_STORAGE: 's3',
      FOCALPOINT_S3_BUCKET: s.bucket,
      FOCALPOINT_S3_ENDPOINT: s.endpoint ?? '',
      FOCALPOINT_S3_REGION: s.region,
      FOCALPOINT_S3_ACCESS_KEY_ID: s.credentials?.accessKeyId ?? '',
      FOCALPOINT_S3_SECRET_ACCESS_KEY: s.credentials?.secretAccessKey ?? '',
      FOCALPOINT_S3_FORCE_PATH_STYLE: 'true',
      FOCALPOINT_S3_PREFIX: s.prefix,
    };
  }

  async stop(): Promise<void> {
    await this.#server.close();
    await rm(this.#dir, { recursive: true, force: true });
  }
}
