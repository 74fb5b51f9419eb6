import type { FastifyRequest } from 'fastify';
import type { UploadedFile } from '../evidence/store.ts';
import type { FormFields } from '../intake/submission.ts';
import { AppError, unreadableBody } from '../platform/http/errors.ts';

/**
 * Reads a page's form post (urlencoded or multipart). Unlike the API, a file that is too large or one
 * file too many does not throw away the rest: the text fields are still read, so the form can come back
 * with everything the person typed and a message on the files field.
 */
export async function readPageForm(
  req: FastifyRequest,
  opts: { maxUploadBytes: number },
): Promise<{
  fields: FormFields;
  files: UploadedFile[];
  fileProblem: AppError | undefined;
  filesChosen: boolean;
}> {
  const fields: FormFields = {};
  const files: UploadedFile[] = [];
  let fileProblem: AppError | undefined;
  let filesChosen = false;
  if (!req.isMultipart()) {
    for (const [name, value] of Object.entries((req.body ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string') fields[name] = value;
      else if (Array.isArray(value)) fields[name] = value.filter((v): v is string => typeof v === 'string');
    }
    return { fields, files, fileProblem, filesChosen };
  }
  const tooLarge = () =>
    new AppError(413, 'error.payloadTooLarge', {
      fields: {
        evidence: {
          key: 'error.fileTooLarge',
          params: { max: Math.floor(opts.maxUploadBytes / (1024 * 1024)) },
        },
      },
    });
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        try {
          const bytes = await part.toBuffer();
          if (bytes.length === 0 && !part.filename) continue;
          filesChosen = true;
          files.push({ filename: part.filename || undefined, bytes });
        } catch (err) {
          if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
          filesChosen = true;
          fileProblem = tooLarge();
        }
      } else if (typeof part.value === 'string') {
        const existing = fields[part.fieldname];
        if (existing === undefined) fields[part.fieldname] = part.value;
        else if (Array.isArray(existing)) existing.push(part.value);
        else fields[part.fieldname] = [existing, part.value];
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') {
      filesChosen = true;
      fileProblem = new AppError(400, 'error.validation', {
        fields: { evidence: { key: 'error.tooMany', params: { max: 10 } } },
      });
    } else if (code === 'FST_REQ_FILE_TOO_LARGE') {
      filesChosen = true;
      fileProblem = tooLarge();
    } else {
      throw unreadableBody(err);
    }
  }
  return { fields, files, fileProblem, filesChosen };
}

export const single = (v: string | string[] | undefined): string | undefined =>
  Array.isArray(v) ? v.at(-1) : v;
