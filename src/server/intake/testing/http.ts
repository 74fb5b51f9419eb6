import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { solveChallenge } from '../proof-of-work.ts';

/** A multipart/form-data body as a browser builds it, for `app.inject`. */
export function multipartBody(
  fields: Record<string, string | string[]>,
  files: { field?: string; filename: string; contentType?: string; bytes: Buffer }[] = [],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----fp${randomBytes(12).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`),
      );
    }
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'evidence'}"; filename="${f.filename}"\r\n` +
          `Content-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Fetches and solves a proof-of-work challenge, as the browser script does. */
export async function solvedProof(app: FastifyInstance): Promise<{ challenge: string; solution: string }> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/reports/challenge' });
  const { challenge, difficulty } = res.json() as { challenge: string; difficulty: number };
  return { challenge, solution: solveChallenge(challenge, difficulty) };
}

let n = 0;
/** A distinct source address per call, so tests do not share rate-limit buckets by accident. */
export const nextAddress = () => `198.51.100.${(n++ % 250) + 1}`;

/** Submits a report through the public API from a fresh source address; throws unless it is accepted. */
export async function postReport(
  app: FastifyInstance,
  payload: Record<string, unknown>,
): Promise<{ reference: string; receipt: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    remoteAddress: nextAddress(),
    payload,
  });
  if (res.statusCode !== 201) throw new Error(`report not accepted: ${res.statusCode} ${res.body}`);
  return res.json() as { reference: string; receipt: string };
}

/** Submits a report with files (multipart, as the browser sends it) from a fresh source; throws unless accepted. */
export async function postReportWithFiles(
  app: FastifyInstance,
  fields: Record<string, string | string[]>,
  files: Parameters<typeof multipartBody>[1],
): Promise<{ reference: string; receipt: string }> {
  const { payload, headers } = multipartBody(fields, files);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload,
    headers,
    remoteAddress: nextAddress(),
  });
  if (res.statusCode !== 201) throw new Error(`report not accepted: ${res.statusCode} ${res.body}`);
  return res.json() as { reference: string; receipt: string };
}
