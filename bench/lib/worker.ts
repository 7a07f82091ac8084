/** Worker-thread entry: runs jobs posted by the pool, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './jobs';

const port = parentPort;
if (!port) throw new Error('bench/lib/worker.ts must run in a worker thread');
port.on('message', (msg: { seq: number; job: Job }) => {
  port.postMessage({ seq: msg.seq, result: runJob(msg.job) });
});
port.postMessage({ ready: true });
