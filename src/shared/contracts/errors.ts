import { z } from 'zod';

/** Every error the API answers: a code, a localised sentence, and per-field problems where there are any. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('A stable code, e.g. validation, rateLimited, receiptNotFound'),
    message: z.string().describe('A sentence in the language asked for'),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Per field (dotted path), what is wrong with it, in the language asked for'),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
