// English feasts and holidays used as dates in news ("on Christmas Day", "over Easter").

export const FIXED_HOLIDAYS_EN: Record<string, { month: number; day: number }> = {
  christmas: { month: 12, day: 25 }, 'christmas day': { month: 12, day: 25 }, 'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 }, "new year's eve": { month: 12, day: 31 }, 'boxing day': { month: 12, day: 26 },
  "valentine's day": { month: 2, day: 14 }, 'independence day': { month: 7, day: 4 }, 'bastille day': { month: 7, day: 14 },
};

export const EASTER_HOLIDAYS_EN: Record<string, number> = {
  easter: 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2, 'ash wednesday': -46, 'whit sunday': 49, pentecost: 49,
};
