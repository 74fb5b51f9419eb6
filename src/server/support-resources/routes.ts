import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  SupportResource,
  SupportResourceInput,
  SupportResourceList,
  SupportResourcePatch,
} from '../../shared/contracts/support-resources.ts';
import { isLocale, LOCALES, negotiateLocale } from '../../shared/i18n/locales.ts';
import { t, translator } from '../../shared/i18n/translate.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { toAppError } from '../platform/http/errors.ts';
import { logIfOurs, sendPage, sendPublicPage } from '../public-site/page-replies.ts';
import { errorPage } from '../public-site/views/error.ts';
import { addSupportResource, changeSupportResource, listSupportResources } from './manage-resources.ts';
import { RESOURCE_EDITORS } from './policy.ts';
import { listResources } from './repo.ts';
import { supportPage } from './support-page.ts';

const HIDDEN = { schema: { hide: true } } as const;
const security = [{ session: [] }];
const tags = ['support resources'];

/** The public support page in every language (no JavaScript needed) and the admins' API for its list. */
export function supportResourceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const editors = staffGuard(deps, RESOURCE_EDITORS);
  return async (app) => {
    // A problem on the page is a page in its language, like every public page's.
    // The API's answers stay JSON: the app's own handler (a custom handler that throws passes it up).
    app.setErrorHandler(async (err, req, reply) => {
      if (req.url.startsWith('/api/')) throw err;
      const e = toAppError(err);
      logIfOurs(req, err, e);
      const first = req.url.split('/')[1]?.split('?')[0];
      const locale = isLocale(first) ? first : negotiateLocale(req.headers['accept-language']);
      return sendPage(
        reply,
        e.status,
        errorPage({ locale, t: translator(locale) }, t(locale, e.key, e.params)),
        e,
      );
    });

    app.get('/support', HIDDEN, async (req, reply) =>
      reply
        .header('vary', 'Accept-Language')
        .redirect(`/${negotiateLocale(req.headers['accept-language'])}/support`, 302),
    );
    for (const locale of LOCALES) {
      const ctx = { locale, t: translator(locale) };
      app.get(`/${locale}/support`, HIDDEN, async (req, reply) =>
        sendPublicPage(
          req,
          reply,
          supportPage(ctx, await listResources(deps.db, { includeInactive: false })),
        ),
      );
    }

    app.get(
      '/api/v1/support-resources',
      {
        preHandler: editors,
        schema: {
          tags,
          security,
          summary: 'Every support resource, retired ones included (admins)',
          response: { 200: SupportResourceList },
        },
      },
      async () => listSupportResources(deps),
    );

    app.post(
      '/api/v1/support-resources',
      {
        preHandler: editors,
        schema: {
          tags,
          security,
          summary: 'Add a helpline or service to the public support page (admins)',
          body: SupportResourceInput,
          response: { 201: SupportResource },
        },
      },
      async (req, reply) => reply.status(201).send(await addSupportResource(deps, principal(req), req.body)),
    );

    app.patch(
      '/api/v1/support-resources/:id',
      {
        preHandler: editors,
        schema: {
          tags,
          security,
          summary: 'Change a support resource, or retire it (active false)',
          params: z.object({ id: z.string().max(64) }),
          body: SupportResourcePatch,
          response: { 200: SupportResource },
        },
      },
      async (req) => changeSupportResource(deps, principal(req), req.params.id, req.body),
    );
  };
}
