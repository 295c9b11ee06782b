import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError, type Io } from '../src/cli/command.js';
import { command } from '../src/cli/commands/serve.js';

function io(): Io & { out: () => string } {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  return { stdout, stderr: new PassThrough(), env: { BESLUTSGRAF_DATA: ':memory:' }, out: () => chunks.join('') };
}

describe('beslutsgraf serve', () => {
  it('explains its options, the endpoints and the limit variables with --help', async () => {
    const term = io();
    expect(await command.run(['--help'], term)).toBe(0);
    expect(term.out()).toMatch(/--port/);
    expect(term.out()).toMatch(/\/graphql/);
    expect(term.out()).toMatch(/BESLUTSGRAF_API_TIMEOUT_MS/);
  });

  it('refuses a port that is not a port number', async () => {
    await expect(command.run(['--port', 'eighty'], io())).rejects.toThrow(UsageError);
    await expect(command.run(['--port', '70000'], io())).rejects.toThrow(/--port/);
  });
});
