import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/contracts/errors.ts';
import {
  formToReportInput,
  PowChallenge,
  ReportAccepted,
  ReportInput,
} from '../../shared/contracts/report.ts';
import type { AppDeps } from '../deps.ts';
import { presentRefusals } from '../evidence/store.ts';
import { requestLocale } from '../platform/http/errors.ts';
import { issueChallenge } from './proof-of-work.ts';
import { readSubmission, receiveReport, registerPublicMultipart, submissionExtras } from './submission.ts';

export function intakeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerPublicMultipart(app, deps);

    app.post(
      '/api/v1/reports',
      {
        schema: {
          tags: ['intake'],
          summary: 'Submit a report (public; JSON, form-encoded or multipart with evidence files)',
          description:
            'Answers 201 with the reference and the receipt (shown once; keep it to follow up). ' +
            'Optional headers: Idempotency-Key (16–200 characters; a retry gets the same answer), ' +
            'x-pow-challenge and x-pow-solution (proof of work from GET /api/v1/reports/challenge). ' +
            'Multipart: the same field names as the public form (see formToReportInput), files in "evidence".',
          body: ReportInput,
          response: { 201: ReportAccepted, 400: ErrorBody, 413: ErrorBody, 429: ErrorBody },
        },
        // The body is validated in the handler, because it may arrive form-encoded or as multipart: the
        // schema above documents the JSON shape in the OpenAPI document.
        validatorCompiler: () => (value) => ({ value }),
        // A flooding source is refused before its body is read (the API client keeps what it sent).
        onRequest: async (req) => deps.runtime.limits.refuseExhaustedSource(req),
      },
      async (req, reply) => {
        const { json, fields, files } = await readSubmission(req);
        const extras = submissionExtras(req, fields);
        const result = await receiveReport(deps, req, {
          body: fields ? formToReportInput(fields) : json,
          files,
          ...extras,
        });
        return reply.status(201).send({
          reference: result.reference,
          receipt: result.receipt,
          ...(result.refused.length > 0
            ? { refusedFiles: presentRefusals(requestLocale(req), result.refused) }
            : {}),
        });
      },
    );

    app.get(
      '/api/v1/reports/challenge',
      {
        schema: {
          tags: ['intake'],
          summary: 'A proof-of-work challenge (optional; a solved one marks the report verified)',
          response: { 200: PowChallenge },
        },
      },
      async () => issueChallenge(deps),
    );
  };
}
