import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NewReferral,
  NewReferralMessage,
  Referral,
  ReferralList,
  ReferralListQuery,
  ReferralMessage,
  ReferralMessageList,
  ReferralPatch,
} from '../../shared/contracts/referrals.ts';
import { STAFF_LOCALES } from '../../shared/i18n/locales.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import type { PackageDownload } from './access.ts';
import { answerReferral } from './answer-referral.ts';
import { approveOverride } from './approve-override.ts';
import { createReferral } from './create-referral.ts';
import { downloadReferralEvidence } from './download-evidence.ts';
import { downloadPackage } from './download-package.ts';
import { listReferrals } from './list-referrals.ts';
import { listReferralMessages, postReferralMessage } from './messages.ts';
import {
  MESSAGE_WRITERS,
  OVERRIDE_APPROVERS,
  REFERRAL_ANSWERERS,
  REFERRAL_READERS,
  REFERRERS,
} from './policy.ts';
import { viewReferral } from './view-referral.ts';

// Ids are plain strings here, not uuid-validated: a malformed id answers 404 exactly like an unknown one.
const IdParams = z.object({ id: z.string().max(64) });
const FileParams = z.object({ id: z.string().max(64), fileId: z.string().max(64) });
const PackageQuery = z.object({ lang: z.enum(STAFF_LOCALES).optional() });
const security = [{ session: [] }];
const tags = ['referrals'];

function sendDownload(reply: FastifyReply, file: PackageDownload) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}

/** Referrals and the partner portal's API. */
export function referralRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const readers = staffGuard(deps, REFERRAL_READERS);
  return async (app) => {
    app.post(
      '/api/v1/cases/:id/referrals',
      {
        preHandler: staffGuard(deps, REFERRERS),
        schema: {
          tags,
          security,
          summary: 'Refer a case to a partner: on consent, or under an imminent-danger override',
          description:
            'basis "consent" needs the reporter\'s consent to referral to police (police and intelligence ' +
            'partners) or to be contacted (other partners). basis "imminent_danger" needs overrideReason: a ' +
            "supervisor's referral is sent at once; a caseworker's waits for POST /api/v1/referrals/{id}/approve.",
          params: IdParams,
          body: NewReferral,
          response: { 201: Referral },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await createReferral(deps, principal(req), req.params.id, req.body)),
    );

    app.post(
      '/api/v1/referrals/:id/approve',
      {
        preHandler: staffGuard(deps, OVERRIDE_APPROVERS),
        schema: {
          tags,
          security,
          summary: "Approve a caseworker's imminent-danger override (supervisors): the referral is sent",
          params: IdParams,
          response: { 200: Referral },
        },
      },
      async (req) => approveOverride(deps, principal(req), req.params.id),
    );

    app.get(
      '/api/v1/referrals',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: "Referrals: a partner sees its own organisation's; staff those of the cases they may see",
          querystring: ReferralListQuery,
          response: { 200: ReferralList },
        },
      },
      async (req) => listReferrals(deps, principal(req), req.query),
    );

    app.get(
      '/api/v1/referrals/:id',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'One referral with its evidence manifest and history',
          params: IdParams,
          response: { 200: Referral },
        },
      },
      async (req) => viewReferral(deps, principal(req), req.params.id),
    );

    app.get(
      '/api/v1/referrals/:id/package.json',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'The package as sent: canonical JSON whose SHA-256 is packageSha256 (audited)',
          params: IdParams,
          querystring: PackageQuery,
          produces: ['application/json'],
        },
      },
      async (req, reply) =>
        sendDownload(
          reply,
          await downloadPackage(deps, principal(req), req.params.id, {
            format: 'json',
            lang: req.query.lang ?? principal(req).locale,
          }),
        ),
    );

    app.get(
      '/api/v1/referrals/:id/package.pdf',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary:
            "The package as a PDF in words (labels, names, dates) in the reader's language or ?lang, rendered from the JSON package (audited)",
          params: IdParams,
          querystring: PackageQuery,
          produces: ['application/pdf'],
        },
      },
      async (req, reply) =>
        sendDownload(
          reply,
          await downloadPackage(deps, principal(req), req.params.id, {
            format: 'pdf',
            lang: req.query.lang ?? principal(req).locale,
          }),
        ),
    );

    app.get(
      '/api/v1/referrals/:id/evidence/:fileId',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary:
            'A file the manifest lists: the sanitised copy, or ?copy=original for police and intelligence partners (audited)',
          params: FileParams,
          querystring: z.object({ copy: z.enum(['sanitised', 'original']).default('sanitised') }),
          produces: ['application/octet-stream'],
        },
      },
      async (req, reply) =>
        sendDownload(
          reply,
          await downloadReferralEvidence(
            deps,
            principal(req),
            req.params.id,
            req.params.fileId,
            req.query.copy,
          ),
        ),
    );

    app.patch(
      '/api/v1/referrals/:id',
      {
        preHandler: staffGuard(deps, REFERRAL_ANSWERERS),
        schema: {
          tags,
          security,
          summary: 'The partner acknowledges, gives its reference number, and reports an outcome with a note',
          params: IdParams,
          body: ReferralPatch,
          response: { 200: Referral },
        },
      },
      async (req) => answerReferral(deps, principal(req), req.params.id, req.body),
    );

    app.get(
      '/api/v1/referrals/:id/messages',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'Messages between the partner and the focal point on this referral (reading audited)',
          params: IdParams,
          response: { 200: ReferralMessageList },
        },
      },
      async (req) => listReferralMessages(deps, principal(req), req.params.id),
    );

    app.post(
      '/api/v1/referrals/:id/messages',
      {
        preHandler: staffGuard(deps, MESSAGE_WRITERS),
        schema: {
          tags,
          security,
          summary:
            'Write to the other side of a sent referral: the partner, or the caseworkers and supervisors (sealed; audited without its text)',
          params: IdParams,
          body: NewReferralMessage,
          response: { 201: ReferralMessage },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await postReferralMessage(deps, principal(req), req.params.id, req.body)),
    );
  };
}
