/** The built CLI's entry (dist-cli/winnow.js, started by bin/winnow.js): runs the dispatcher on this process. */
import { runCli } from './cli';
import { processIO } from './io';

// `winnow analyze big/ | head` closes the pipe early: that's not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`winnow: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 70;
  },
);
