import { parentPort } from 'node:worker_threads';
import { type Examined, examineFile } from './examine.ts';

/**
 * A file worker's thread (started by file-workers.ts): examines one file at a time and sends back what
 * it found. The sanitised copy travels in a buffer of its own, transferred rather than copied.
 */
const port = parentPort;
if (!port) throw new Error('file-worker.ts runs as a worker thread');

port.on('message', async (task: { bytes: Uint8Array; maxInflateBytes: number }) => {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  let result: Examined;
  try {
    result = await examineFile(bytes, { maxInflateBytes: task.maxInflateBytes });
  } catch {
    // Detection itself failed (a bug): the main thread refuses the file rather than guess its type.
    port.postMessage({ outcome: 'failed' });
    return;
  }
  if (result.outcome === 'examined' && result.sanitised) {
    const own = new Uint8Array(result.sanitised.length);
    own.set(result.sanitised);
    port.postMessage({ ...result, sanitised: own }, [own.buffer]);
  } else {
    port.postMessage(result);
  }
});
