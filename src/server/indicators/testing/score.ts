import type { CorpusEntry, CorpusIdentifier } from './corpus.ts';

/** What an extractor offers for linking, per narrative. */
export type Offered = readonly CorpusIdentifier[];

export type Score = {
  precision: number;
  recall: number;
  truePositives: number;
  offered: number;
  expected: number;
  /** Per narrative, what was offered but not expected and what was expected but missed. */
  errors: { id: string; falsePositives: string[]; missed: string[] }[];
};

const key = (i: CorpusIdentifier) => `${i.kind} ${i.value}`;

/** Micro-averaged precision and recall of (kind, value) pairs over the corpus. */
export function scoreExtraction(
  corpus: readonly CorpusEntry[],
  offer: (entry: CorpusEntry) => Offered,
): Score {
  let truePositives = 0;
  let offered = 0;
  let expected = 0;
  const errors: Score['errors'] = [];
  for (const entry of corpus) {
    const got = new Set(offer(entry).map(key));
    const want = new Set(entry.expected.map(key));
    offered += got.size;
    expected += want.size;
    const hits = [...got].filter((k) => want.has(k));
    truePositives += hits.length;
    const falsePositives = [...got].filter((k) => !want.has(k));
    const missed = [...want].filter((k) => !got.has(k));
    if (falsePositives.length > 0 || missed.length > 0) errors.push({ id: entry.id, falsePositives, missed });
  }
  return {
    precision: offered === 0 ? 1 : truePositives / offered,
    recall: expected === 0 ? 1 : truePositives / expected,
    truePositives,
    offered,
    expected,
    errors,
  };
}
