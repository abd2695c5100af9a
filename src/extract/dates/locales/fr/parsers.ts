// The French parsers, most trusted first (on equal spans the earlier one wins).
import type { Parser } from '../../types.js';
import { CALENDAR_PARSERS_FR } from './calendarParsers.js';
import { RELATIVE_PARSERS_FR } from './relativeParsers.js';

export const PARSERS_FR: Parser[] = [...CALENDAR_PARSERS_FR, ...RELATIVE_PARSERS_FR];
