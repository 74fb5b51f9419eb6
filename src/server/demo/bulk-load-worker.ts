import { parentPort, workerData } from 'node:worker_threads';
import type { DataKey } from '../platform/crypto/envelope.ts';
import { Vault } from '../platform/crypto/envelope.ts';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import { type PreparedBatch, Preparer, type PreparerOptions } from './bulk-batch.ts';
import { type GenerateOptions, generateReports } from './generate.ts';

/**
 * A worker thread of the bulk loader: runs the generator (cheap) and prepares its share of the batches
 * (batch i when i % workers === part), at most `AHEAD` batches ahead of the database.
 */
export type WorkerInput = {
  keys: KeyRing;
  dataKeys: DataKey[];
  generate: GenerateOptions & { count: number };
  preparer: PreparerOptions;
  workers: number;
};
export type WorkerMessage = { batch: PreparedBatch };

const AHEAD = 2;

const input = workerData as WorkerInput;
// Keys arrive as Uint8Arrays (structured clone): Buffers again.
const keys = Object.fromEntries(
  Object.entries(input.keys).map(([k, v]) => [k, Buffer.from(v as Uint8Array)]),
) as unknown as KeyRing;
const preparer = new Preparer({ keys, vault: new Vault(keys) }, input.preparer);
const port = parentPort!;
let credit = AHEAD;
let wake: (() => void) | undefined;
port.on('message', () => {
  credit++;
  wake?.();
});

const { batchSize, part } = input.preparer;
const generator = generateReports(input.generate);
for (let index = 0; index * batchSize < input.generate.count; index++) {
  const batch = [];
  for (let i = 0; i < batchSize; i++) {
    const next = generator.next();
    if (next.done) break;
    batch.push(next.value);
  }
  if (index % input.workers !== part) continue;
  while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
  credit--;
  const key = input.dataKeys[index]!;
  const dataKey = { id: key.id, key: Buffer.from(key.key) };
  port.postMessage({ batch: await preparer.prepare(batch, dataKey, index) } satisfies WorkerMessage);
}
port.close();
