// npm run bench store: query latency of the SQLite store at 100,000 articles.
export { run } from '../src/store/sqlite/benchStore.js';
