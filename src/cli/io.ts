/** Where the CLI writes and reads, injectable so tests run it in-process. */
export interface CliIO {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** All of standard input. */
  readStdin(): Promise<Uint8Array>;
}

export function processIO(): CliIO {
  return {
    stdout: (chunk) => void process.stdout.write(chunk),
    stderr: (chunk) => void process.stderr.write(chunk),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
