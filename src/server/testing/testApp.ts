// An app over a temporary store filled with the fixture corpus by the tiny analyzer.
import { SqliteStore } from '../../store/sqlite/SqliteStore.js';
import { FIXTURE_RAWS, fillStore, tempStorePath } from '../../store/testing/fixtureStore.js';
import { tinyAnalyzer } from '../../store/testing/tinyAnalyzer.js';
import { createApp, type AppOptions } from '../createApp.js';

export async function testApp(options: Omit<AppOptions, 'store' | 'ingestor'> = {}) {
  const temp = tempStorePath();
  await fillStore(temp.db, FIXTURE_RAWS);
  const store = SqliteStore.open(temp.db, { analyzer: tinyAnalyzer });
  const logged: string[] = [];
  const app = createApp({ log: (text) => logged.push(text), ...options, store, ingestor: store });
  return {
    app,
    store,
    logged,
    get: async (path: string, init?: RequestInit) => {
      const response = await app.request(path, init);
      return { status: response.status, headers: response.headers, body: (await response.json()) as any };
    },
    postJson: async (path: string, body: unknown, headers: Record<string, string> = {}) => {
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as any };
    },
    async dispose() {
      await store.close();
      temp.dispose();
    },
  };
}
