/**
 * The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's well-known algorithm ("Âm lịch Việt
 * Nam", based on Meeus' "Astronomical Algorithms"). Days are Julian day numbers; "local" means UTC+7, which is
 * what makes Vietnamese Tết differ from Chinese (UTC+8) Tết in years such as 1985 and 2007.
 */
const TIME_ZONE_HOURS = 7;
const RAD = Math.PI / 180;
/** Julian day number of 1970-01-01, the calendar's day index 0. */
export const JULIAN_DAY_OF_DAY_INDEX_0 = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2_415_021.076998695;

/** Julian date (TT, approximately) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * RAD * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * mpr);
  c1 -= 0.0004 * Math.sin(RAD * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(RAD * 2 * f) - 0.0051 * Math.sin(RAD * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(RAD * (m - mpr)) + 0.0004 * Math.sin(RAD * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(RAD * (2 * f - m)) - 0.0006 * Math.sin(RAD * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(RAD * (2 * f - mpr)) + 0.0005 * Math.sin(RAD * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at Julian date `jdn`. */
function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * m) + 0.00029 * Math.sin(RAD * 3 * m);
  const l = (l0 + dl) * RAD;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** Julian day number of the local day holding the k-th new moon. */
export function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Which 30° sector (0–11) the sun is in at the start of local day `dayNumber`; sector 9 starts at winter solstice. */
export function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** New-moon index k of the lunation that contains (or starts just after) Julian day `dayNumber`. */
export function lunationIndex(dayNumber: number): number {
  return Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

export function nearestLunationIndex(dayNumber: number): number {
  return Math.floor(0.5 + (dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** Julian day the 11th lunar month (the one holding the winter solstice) starts in solar year `year`. */
export function lunarMonth11Start(year: number): number {
  const dec31 = Math.floor(Date.UTC(year, 11, 31) / 86_400_000) + JULIAN_DAY_OF_DAY_INDEX_0;
  const k = Math.floor((dec31 - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/**
 * In a 13-month year starting at month 11 (`a11`), the offset of the leap month: the first month with no
 * principal term (the sun stays in one sector through it).
 */
export function leapMonthOffset(a11: number): number {
  const k = nearestLunationIndex(a11);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}
