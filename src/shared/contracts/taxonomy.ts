import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';
import { VOCABULARIES, type Vocabulary } from '../taxonomy.ts';

/**
 * The taxonomy as admins manage it: every term and community pack, enabled or not, with its labels.
 * Disabling hides a term (or a pack's communities) from the form; reports keep their codes, which stay
 * valid and are counted and labelled as before.
 */

export const VocabularyCode = z.enum(Object.keys(VOCABULARIES) as [Vocabulary, ...Vocabulary[]]);

const Labels = z
  .record(z.string(), z.string())
  .describe('The label in every locale that has one (en, fr, zh-Hans, zh-Hant, bo, ug, ru, fa, pa, ar)');

export const AdminTerm = z.object({
  vocabulary: VocabularyCode,
  code: z.string(),
  labels: Labels,
  attributes: z.record(z.string(), z.string()).describe('An institution’s province and kind'),
  active: z.boolean(),
});
export type AdminTerm = z.infer<typeof AdminTerm>;

export const AdminPack = z.object({
  code: z.string(),
  suspectedState: z.string().nullable().describe('ISO 3166-1 alpha-2; null for the pack of any state'),
  labels: Labels,
  active: z.boolean(),
  communities: z.array(z.string()).describe('Codes of its communities, in order'),
});
export type AdminPack = z.infer<typeof AdminPack>;

export const AdminTaxonomy = z.object({ terms: z.array(AdminTerm), packs: z.array(AdminPack) });
export type AdminTaxonomy = z.infer<typeof AdminTaxonomy>;

export const PackParams = z.object({ code: z.string().regex(/^[a-z0-9_]{1,40}$/) });
export const TermParams = z.object({
  vocabulary: VocabularyCode,
  code: z.string().regex(/^[a-zA-Z0-9_]{1,60}$/),
});

export const UpdatePack = z.object({ active: z.boolean() });
export type UpdatePack = z.infer<typeof UpdatePack>;

export const UpdateTerm = z
  .object({
    active: z.boolean().optional(),
    labels: z
      .partialRecord(z.enum(LOCALES), z.string().trim().min(1).max(200))
      .optional()
      .describe('Labels to set, by locale; locales left out keep theirs'),
  })
  .refine((u) => u.active !== undefined || u.labels !== undefined, {
    message: 'nothing to change',
    params: { key: 'error.required' },
  });
export type UpdateTerm = z.infer<typeof UpdateTerm>;
