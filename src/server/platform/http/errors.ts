import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isLocale, type Locale, negotiateLocale } from '../../../shared/i18n/locales.ts';
import { type MessageKey, type Params, t } from '../../../shared/i18n/translate.ts';
import { DatabaseUnavailableError } from '../db/db.ts';

/** A field problem: a message key and its parameters, localised when the answer is written. */
export type FieldProblem = { key: MessageKey; params?: Params };

/**
 * The one error type services throw. The handler below turns it into a localised HTTP answer;
 * it never carries a submitted value, only keys and parameters such as limits.
 */
export class AppError extends Error {
  readonly status: number;
  readonly key: MessageKey;
  readonly params: Params | undefined;
  readonly fields: Record<string, FieldProblem> | undefined;
  readonly headers: Record<string, string> | undefined;
  constructor(
    status: number,
    key: MessageKey,
    opts: { params?: Params; fields?: Record<string, FieldProblem>; headers?: Record<string, string> } = {},
  ) {
    super(key);
    this.name = 'AppError';
    this.status = status;
    this.key = key;
    this.params = opts.params;
    this.fields = opts.fields;
    this.headers = opts.headers;
  }
}

export const notFound = () => new AppError(404, 'error.notFound');
export const forbidden = () => new AppError(403, 'error.forbidden');
export const unauthenticated = () => new AppError(401, 'error.unauthenticated');

/**
 * What a body reader throws when the body cannot be read as the encoding it claims: a multipart form cut
 * short, without its boundary or with a broken part header. The parsers throw plain errors for these
 * (which would be a 500 with a stack in the log); reading the body was all the caller was doing, so
 * anything but our own error or a parser's 4xx (a limit: 413) is the sender's fault — a 400.
 */
export function unreadableBody(err: unknown): AppError | Error {
  if (err instanceof AppError) return err;
  const status = (err as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return err as Error;
  return new AppError(400, 'error.badRequest');
}

/** Maps one zod issue to a message a person understands, without echoing what they typed. */
export function problemFromIssue(issue: z.core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? { key: 'error.required' }
        : { key: 'error.invalid' };
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'error.tooMany', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'string') return { key: 'error.tooLong', params: { max: Number(issue.maximum) } };
      return { key: 'error.invalid' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'error.required' };
      if (issue.origin === 'string') return { key: 'error.tooShort', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array') return { key: 'error.required' };
      return { key: 'error.invalid' };
    case 'invalid_value':
      return { key: 'error.invalidChoice' };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'error.invalidEmail' };
      if (issue.format === 'date') return { key: 'error.invalidDate' };
      return { key: 'error.invalid' };
    case 'custom': {
      const key = (issue.params as { key?: MessageKey } | undefined)?.key;
      return key ? { key, params: (issue.params as { params?: Params }).params } : { key: 'error.invalid' };
    }
    default:
      return { key: 'error.invalid' };
  }
}

export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= problemFromIssue(issue);
  }
  return fields;
}

export function validationError(issues: readonly z.core.$ZodIssue[]): AppError {
  return new AppError(400, 'error.validation', { fields: fieldsFromIssues(issues) });
}

/** The locale of an API answer: the body's `language` if it names one, else Accept-Language. */
export function requestLocale(req: FastifyRequest): Locale {
  const body = req.body as { language?: unknown } | undefined;
  if (body && typeof body === 'object' && isLocale(body.language)) return body.language;
  const fromPath = (req.params as { locale?: unknown } | undefined)?.locale;
  if (isLocale(fromPath)) return fromPath;
  return negotiateLocale(req.headers['accept-language']);
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  const e = err as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && (CONNECTION_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    e.message ?? '',
  );
}

import type { ErrorBody } from '../../../shared/contracts/errors.ts';

export type { ErrorBody };

export function renderError(locale: Locale, err: AppError): ErrorBody {
  const fields = err.fields
    ? Object.fromEntries(Object.entries(err.fields).map(([k, p]) => [k, t(locale, p.key, p.params)]))
    : undefined;
  return {
    error: {
      code: err.key.replace(/^error\./, ''),
      message: t(locale, err.key, err.params),
      ...(fields ? { fields } : {}),
    },
  };
}

/** Converts anything thrown into an AppError; unknown errors become a 500 that reveals nothing. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: Record<string, FieldProblem> = {};
    for (const v of err.validation) {
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
      // The provider flattens each zod issue into {keyword: code, params: rest, message}.
      const issue = {
        code: v.keyword,
        ...v.params,
        path: [],
        message: v.message,
      } as unknown as z.core.$ZodIssue;
      if (issue.code === 'invalid_type' && /received undefined|received null/.test(v.message ?? '')) {
        fields[path] ??= { key: 'error.required' };
      } else {
        fields[path] ??= problemFromIssue(issue);
      }
    }
    return new AppError(400, 'error.validation', { fields });
  }
  if (isDatabaseUnavailable(err))
    return new AppError(503, 'error.unavailable', { headers: { 'retry-after': '5' } });
  const fe = err as Partial<FastifyError>;
  if (
    fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    fe.code === 'FST_REQ_FILE_TOO_LARGE' ||
    fe.statusCode === 413
  ) {
    return new AppError(413, 'error.payloadTooLarge');
  }
  if (fe.statusCode === 429) return new AppError(429, 'error.rateLimited', { params: { minutes: 1 } });
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(
      fe.statusCode === 404 ? 404 : fe.statusCode === 415 ? 415 : 400,
      fe.statusCode === 404 ? 'error.notFound' : 'error.badRequest',
    );
  }
  return new AppError(500, 'error.internal');
}

export function sendError(req: FastifyRequest, reply: FastifyReply, appError: AppError) {
  if (appError.headers) reply.headers(appError.headers);
  return reply
    .status(appError.status)
    .header('cache-control', 'no-store')
    .send(renderError(requestLocale(req), appError));
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err, req, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) {
      // The error's message and stack stay in the server log; the answer carries neither.
      req.log.error(
        { err: { type: (err as Error).name, code: (err as FastifyError).code, stack: (err as Error).stack } },
        'request failed',
      );
    }
    return sendError(req, reply, appError);
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, new AppError(404, 'error.notFound')));
}
