import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formFieldName } from '../../shared/contracts/report.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { AppError, FieldProblem } from '../platform/http/errors.ts';

const LIST_FIELDS = ['tactics', 'communities', 'channels', 'impacts', 'evidence'];

/** A service error path (`perpetrators.0.indicators.1.value`, `tactics.3`) → the form field it names. */
export function formNameOfPath(path: string): string {
  const head = path.split('.')[0] ?? path;
  if (LIST_FIELDS.includes(head)) return head;
  if (path === 'reporter' || path === 'reporter.anonymous') return 'reporter[anonymous]';
  // The form asks "what is it" once for an identifier's kind and platform.
  return formFieldName(path.replace(/(indicators\.\d+)\.(kind|platform)$/, '$1.type'));
}

/** A service's field problems, localised, by the form field each names (the first problem of each). */
export function localisedFields(
  locale: Locale,
  fields: Record<string, FieldProblem> | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, problem] of Object.entries(fields ?? {})) {
    const name = formNameOfPath(path);
    if (!out.has(name)) out.set(name, t(locale, problem.key, problem.params));
  }
  return out;
}

const acceptsGzip = (req: FastifyRequest) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/**
 * A page as it is: the answer to a POST, or a page holding a token or what the person typed. Such pages are
 * never compressed (no BREACH-style size oracle on a secret beside text the sender chose), and, like every
 * answer without a cache header of its own, go out `no-store` (security-headers.ts).
 */
export function sendPage(reply: FastifyReply, status: number, page: string, err?: AppError) {
  if (err?.headers) reply.headers(err.headers);
  return reply.status(status).type('text/html; charset=utf-8').send(page);
}

/** A page that holds no secret goes compressed to browsers that accept it. */
export function sendPublicPage(req: FastifyRequest, reply: FastifyReply, page: string, status = 200) {
  reply.header('vary', 'Accept-Encoding');
  if (!acceptsGzip(req)) return sendPage(reply, status, page);
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-encoding', 'gzip')
    .send(gzipSync(page));
}

/** Logs what went wrong on our side, without anything the person sent. */
export function logIfOurs(req: FastifyRequest, err: unknown, appError: AppError) {
  if (appError.status >= 500) {
    req.log.error(
      { err: { type: (err as Error)?.name, code: (err as { code?: string })?.code } },
      'public page failed',
    );
  }
}

export { acceptsGzip };
