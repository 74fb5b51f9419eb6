import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssistedReportAccepted,
  AssistedReportInput,
  SlipRequest,
} from '../../shared/contracts/assisted-intake.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import { findSession, sessionTokenFrom } from '../auth/sessions.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../platform/http/errors.ts';
import { ASSISTED_INTAKE_STAFF } from './policy.ts';
import { recordAssistedReport } from './record-assisted-report.ts';
import { printSlip } from './slip.ts';

const security = [{ session: [] }];
const tags = ['assisted intake'];

/**
 * The slip is opened by a plain form post from the console into a new tab (so it prints as a page of its
 * own): no x-csrf-token header can travel with it. Its one-time token, which only the console that recorded
 * the report holds, stands for that; the session cookie (SameSite=Strict) and the role are checked here,
 * before the body is read, like the staff guard does.
 */
function slipGuard(deps: AppDeps) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const token = sessionTokenFrom(req.headers.cookie);
    const user = token ? await findSession(deps, token) : null;
    if (!user) throw new AppError(401, 'error.unauthenticated');
    if (user.mustChangePassword) throw new AppError(403, 'error.password_change_required');
    if (!(ASSISTED_INTAKE_STAFF as readonly string[]).includes(user.role))
      throw new AppError(403, 'error.forbidden');
    req.staff = {
      userId: user.userId,
      role: user.role,
      partnerOrgId: user.partnerOrgId,
      sessionId: user.sessionId,
      locale: user.locale,
    };
  };
}

export function assistedIntakeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/assisted-reports',
      {
        preHandler: staffGuard(deps, ASSISTED_INTAKE_STAFF),
        schema: {
          tags,
          security,
          summary:
            'Record a report received by phone, in person, by e-mail or letter, on the person’s behalf',
          description:
            'The same report and sealing as the public form, plus the channel, the interpreter’s language and ' +
            'each consent as asked. Answers the receipt once, with a one-time token for the printable slip.',
          body: AssistedReportInput,
          response: { 201: AssistedReportAccepted },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await recordAssistedReport(deps, principal(req), req.body)),
    );

    app.post(
      '/api/v1/assisted-reports/slip',
      {
        onRequest: slipGuard(deps),
        schema: {
          tags,
          security,
          summary: 'The printable slip in the person’s language (HTML, no-store), once per report',
          description:
            'A form post (application/x-www-form-urlencoded) of the slip token and the receipt, into a new tab. ' +
            'A used or expired token, or a receipt of another report, answers 410 with a page that shows nothing.',
          consumes: ['application/x-www-form-urlencoded'],
          body: SlipRequest,
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const { status, page } = await printSlip(deps, principal(req), req.body);
        return reply
          .status(status)
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(page);
      },
    );
  };
}
