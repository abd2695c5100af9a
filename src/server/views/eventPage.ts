import type { EventDetail } from '../../store/Store.js';
import type { EventPage } from '../schemas/responses.js';
import { sourceView } from './sourceView.js';

export function eventPage(detail: EventDetail): EventPage {
  const { articles, ...rest } = detail;
  return { ...rest, sources: articles.map((stored) => sourceView(stored, detail.conflicts)) };
}
