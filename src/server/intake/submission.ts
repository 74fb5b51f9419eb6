import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LIMITS, ReportInput } from '../../shared/contracts/report.ts';
import type { UploadedFile } from '../evidence/store.ts';
import { unreadableBody, validationError } from '../platform/http/errors.ts';
import { verifyProofOfWork } from './proof-of-work.ts';
import { countHeldCases } from './repo.ts';
import { type IntakeDeps, type SubmitReportResult, submitReport } from './service.ts';

/**
 * The glue between an HTTP request and the intake service, shared by the API route and the public form
 * (H2's pages): read the body whatever its encoding, validate, check the proof of work, apply the rate
 * limits, submit. Every refusal is an AppError (400 per field, 413, 429) that keeps nothing of the input.
 */

export type FormFields = Record<string, string | string[]>;

/**
 * Lets a plugin scope accept multipart/form-data (register inside the plugin that owns the routes).
 * Limits: LIMITS.files files of at most config.maxUploadBytes each; fields big enough for a narrative
 * of 20 000 characters in any script, and enough of them for 10 perpetrators × 20 identifiers.
 */
export async function registerPublicMultipart(app: FastifyInstance, deps: Pick<IntakeDeps, 'config'>) {
  await app.register(multipart, {
    limits: {
      fileSize: deps.config.maxUploadBytes,
      files: LIMITS.files,
      fields: 1000,
      fieldSize: 100_000,
      parts: 1000 + LIMITS.files,
      headerPairs: 100,
    },
    throwFileSizeLimit: true,
  });
}

function addField(fields: FormFields, name: string, value: string) {
  const existing = fields[name];
  if (existing === undefined) fields[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else fields[name] = [existing, value];
}

/**
 * The submitted fields and files. JSON bodies come back as `json`; form-encoded and multipart ones as
 * `fields` (to pass through formToReportInput). Empty file inputs (a browser sends one for every file
 * field left blank) are skipped.
 */
export async function readSubmission(
  req: FastifyRequest,
): Promise<{ json: unknown; fields: FormFields | null; files: UploadedFile[] }> {
  if (req.isMultipart()) {
    const fields: FormFields = {};
    const files: UploadedFile[] = [];
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (bytes.length === 0 && !part.filename) continue;
          files.push({ filename: part.filename || undefined, bytes });
        } else if (typeof part.value === 'string') {
          addField(fields, part.fieldname, part.value);
        }
      }
    } catch (err) {
      throw unreadableBody(err);
    }
    // The error handler picks the answer's language from the body; a multipart body has none until now.
    (req as { body: unknown }).body = { language: fields.language };
    return { json: undefined, fields, files };
  }
  const body = req.body;
  const type = String(req.headers['content-type'] ?? '');
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const fields: FormFields = {};
    for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string') fields[name] = value;
      else if (Array.isArray(value)) fields[name] = value.filter((v): v is string => typeof v === 'string');
    }
    return { json: undefined, fields, files: [] };
  }
  return { json: body, fields: null, files: [] };
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v);

/** The proof of work and idempotency key, from headers (API) or hidden fields (form). */
export function submissionExtras(req: FastifyRequest, fields: FormFields | null) {
  const header = (name: string) => single(req.headers[name] as string | string[] | undefined);
  return {
    idempotencyKey: header('idempotency-key') ?? single(fields?.idempotencyKey),
    proof: {
      challenge: header('x-pow-challenge') ?? single(fields?.powChallenge),
      solution: header('x-pow-solution') ?? single(fields?.powSolution),
    },
  };
}

/**
 * Validates `body` (the JSON shape: a JSON body, or formToReportInput(fields)) and submits it.
 * Throws a 400 with per-field problems, or the 429 of the public limits; proof of work is optional. During
 * a flood the report is accepted but held for review (platform/http/rate-limit.ts).
 */
export async function receiveReport(
  deps: IntakeDeps,
  req: FastifyRequest,
  opts: {
    body: unknown;
    files?: readonly UploadedFile[];
    idempotencyKey?: string | undefined;
    proof?: { challenge?: string | undefined; solution?: string | undefined };
  },
): Promise<SubmitReportResult> {
  const parsed = ReportInput.safeParse(opts.body);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const verified = verifyProofOfWork(deps, opts.proof ?? {});
  const { held } = await deps.runtime.limits.admitReport(req, {
    verified,
    heldReports: () => countHeldCases(deps.db),
  });
  return submitReport(deps, {
    input: parsed.data,
    files: opts.files ?? [],
    verified,
    held,
    idempotencyKey: opts.idempotencyKey,
  });
}
