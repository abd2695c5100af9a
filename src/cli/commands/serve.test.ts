import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../main.js';
import { captureIO, tempStorePath } from '../../store/testing/fixtureStore.js';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'recoupe.js');

describe('recoupe serve', () => {
  it('refuses to bind beyond loopback without a token, and a bad port', async () => {
    const temp = tempStorePath();
    try {
      const io = captureIO();
      assert.equal(await main(['serve', '--db', temp.db, '--host', '0.0.0.0', '--port', '0'], io), 2);
      assert.match(io.stderr.join(''), /RECOUPE_TOKEN or --token/);
      assert.equal(existsSync(temp.db), false, 'nothing opened or created');
      const port = captureIO();
      assert.equal(await main(['serve', '--db', temp.db, '--port', '70000'], port), 2);
      assert.match(port.stderr.join(''), /--port takes 0 to 65535/);
    } finally {
      temp.dispose();
    }
  });

  it('serves the API over a new store until SIGTERM, then stops cleanly', { timeout: 60_000 }, async () => {
    const temp = tempStorePath();
    const child = spawn(process.execPath, [bin, 'serve', '--db', temp.db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let stderr = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const found = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
          if (found) resolve(found[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      const response = await fetch(`${url}/api/stats`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { articles: number }).articles, 0);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
      assert.match(stderr, /stopping/);
    } finally {
      child.kill('SIGKILL');
      temp.dispose();
    }
  });
});
