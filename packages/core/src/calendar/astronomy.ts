/**
 * The few astronomical quantities the lunar calendar needs, from Jean Meeus, *Astronomical Algorithms* (2nd ed.,
 * 1998): the instant of a mean-corrected new moon (ch. 49), the Sun's apparent longitude (ch. 25, low-accuracy
 * method, ≈ 0.01°) and ΔT (TT − UT), from the polynomial fits of Espenak & Meeus (NASA, 2006).
 *
 * Times are Julian Ephemeris Days (JDE, Terrestrial Time) unless a name says UT. Pure arithmetic: no `Date`.
 * @internal
 */

const RAD = Math.PI / 180;
const sin = (deg: number) => Math.sin(deg * RAD);

/** Julian Day at 0h UT of day number 0 (1970-01-01). */
export const JD_UNIX_EPOCH = 2440587.5;

/** Mean synodic month in days. */
export const SYNODIC_MONTH = 29.530588861;

/**
 * ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus 2006 fits; good to a few seconds for 1900–2050 and an
 * extrapolation after that, which matters only when a new moon falls within minutes of local midnight).
 */
export function deltaTSeconds(year: number): number {
  if (year < 1860) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  if (year < 2150) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u;
}

/** Decimal year of a Julian Day (close enough for ΔT). */
function decimalYear(jd: number): number {
  return 2000 + (jd - 2451544.5) / 365.2425;
}

/** JDE (TT) → JD (UT). */
export function toUniversalTime(jde: number): number {
  return jde - deltaTSeconds(decimalYear(jde)) / 86400;
}

/** JD (UT) → JDE (TT). */
export function toDynamicalTime(jd: number): number {
  return jd + deltaTSeconds(decimalYear(jd)) / 86400;
}

/**
 * Instant (JDE) of the new moon with lunation number `k` (k = 0 is the new moon of 6 January 2000), by the periodic
 * terms of Meeus ch. 49 including the planetary arguments (accuracy of a few seconds over our range).
 */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const O = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  jde +=
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(O) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp);
  // Planetary arguments (Meeus table 49.B).
  jde +=
    0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * T2) +
    0.000165 * sin(251.88 + 0.016321 * k) +
    0.000164 * sin(251.83 + 26.651886 * k) +
    0.000126 * sin(349.42 + 36.412478 * k) +
    0.00011 * sin(84.66 + 18.206239 * k) +
    0.000062 * sin(141.74 + 53.303771 * k) +
    0.00006 * sin(207.14 + 2.453732 * k) +
    0.000056 * sin(154.84 + 7.30686 * k) +
    0.000047 * sin(34.52 + 27.261239 * k) +
    0.000042 * sin(207.19 + 0.121824 * k) +
    0.00004 * sin(291.34 + 1.844379 * k) +
    0.000037 * sin(161.72 + 24.198154 * k) +
    0.000035 * sin(239.56 + 25.513099 * k) +
    0.000023 * sin(331.55 + 3.592518 * k);
  return jde;
}

/** Normalizes an angle to [0, 360). */
function normalize(deg: number): number {
  const r = deg % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * The Sun's apparent geocentric longitude in degrees [0, 360) at a JDE, by Meeus ch. 25 (low accuracy: mean
 * longitude + equation of centre, corrected for nutation and aberration; error ≈ 0.01°, i.e. about 15 minutes of
 * time).
 */
export function sunLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) +
    (0.019993 - 0.000101 * T) * sin(2 * M) +
    0.000289 * sin(3 * M);
  const omega = 125.04 - 1934.136 * T;
  return normalize(L0 + C - 0.00569 - 0.00478 * sin(omega));
}

/**
 * The JDE at which the Sun's apparent longitude equals `target` degrees, searched near `guess` (Meeus ch. 27's
 * correction step, iterated to well under a second).
 */
export function sunLongitudeCrossing(target: number, guess: number): number {
  let jde = guess;
  for (let i = 0; i < 20; i++) {
    const delta = 58 * sin(target - sunLongitude(jde));
    jde += delta;
    if (Math.abs(delta) < 1e-6) break;
  }
  return jde;
}
