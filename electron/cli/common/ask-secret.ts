// Asks a secret on the terminal (a package's passphrase, the reserve's recovery code):
// the question on stderr, the answer read from stdin without echoing it, so that it is
// neither on the screen nor in the shell's history. Without a terminal (a pipe, a
// script), nothing is asked: the command says which option gives the secret instead.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export async function askSecretOnTerminal(question: string): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  process.stderr.write(question);
  // readline echoes what is typed to its output: a sink, here.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await new Promise<string>((resolve) => reader.question('', resolve));
  } finally {
    reader.close();
    process.stderr.write('\n');
  }
}
