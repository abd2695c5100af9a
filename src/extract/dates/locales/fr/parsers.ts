// The French parsers, most trusted first (on equal spans the earlier one wins).
import type { Parser } from '../../types.js';
import { holidayParser } from '../../holidays.js';
import { CALENDAR_PARSERS_FR } from './calendarParsers.js';
import { EASTER_HOLIDAYS_FR, FIXED_HOLIDAYS_FR } from './holidays.js';
import { RELATIVE_PARSERS_FR } from './relativeParsers.js';

/** "à Noël", "cette fête de Pentecôte", "le lundi de Pâques 2024". */
const holiday = holidayParser(FIXED_HOLIDAYS_FR, EASTER_HOLIDAYS_FR, "(?:(?:cette|la)\\s+)?(?:fête\\s+(?:de\\s+(?:la\\s+)?|du\\s+|d['’]))?(?:la\\s+|le\\s+|l['’])?");

export const PARSERS_FR: Parser[] = [...CALENDAR_PARSERS_FR, holiday, ...RELATIVE_PARSERS_FR];
