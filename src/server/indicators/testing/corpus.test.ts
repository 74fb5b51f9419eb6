import { describe, expect, it } from 'vitest';
import { extractFromReport } from '../extract.ts';
import { CORPUS } from './corpus.ts';
import { scoreExtraction } from './score.ts';

describe('extraction on the labelled corpus', () => {
  it('offers for linking what the narratives name, and nothing else (precision ≥ 0.95, recall ≥ 0.9)', () => {
    const score = scoreExtraction(CORPUS, (entry) =>
      extractFromReport({ narrative: entry.narrative, suspectedState: entry.suspectedState ?? 'CN' }).filter(
        (i) => i.linkable,
      ),
    );
    // biome-ignore lint/suspicious/noConsole: the figures are the point of this test; CI's log keeps them.
    console.log(
      `corpus: ${CORPUS.length} narratives, ${score.expected} identifiers expected, ${score.offered} offered, ` +
        `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`,
    );
    // biome-ignore lint/suspicious/noConsole: which narrative went wrong, when one does.
    for (const error of score.errors) console.log(JSON.stringify(error));
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('narratives that differ by one character, or share only a provider, a shortener or a video site, share no linkable value', () => {
    const offered = new Map(
      CORPUS.map((entry) => [
        entry.id,
        new Set(
          extractFromReport({ narrative: entry.narrative, suspectedState: entry.suspectedState ?? 'CN' })
            .filter((i) => i.linkable)
            .map((i) => `${i.kind} ${i.value}`),
        ),
      ]),
    );
    // Two narratives share a linkable value only if they share a tag of real infrastructure.
    for (const a of CORPUS) {
      for (const b of CORPUS) {
        if (a.id >= b.id) continue;
        const common = [...offered.get(a.id)!].filter((v) => offered.get(b.id)!.has(v));
        const sameTruth = (a.shares ?? []).some((tag) => (b.shares ?? []).includes(tag));
        expect(common.length > 0, `${a.id} ~ ${b.id}: ${common.join(', ')}`).toBe(sameTruth);
      }
    }
  });
});
