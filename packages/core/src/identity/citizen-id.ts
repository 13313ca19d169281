import { CITIZEN_ID_PROVINCES } from './provinces.js';

/** What a personal identification number tells (and what it cannot: digits 7–12 are random, there is no check digit). */
export type CitizenIdInfo =
  | {
      readonly ok: true;
      readonly kind: 'personal-id';
      /** Birth-registration place: a province name, or `abroad` for country codes (first digit 1 or 2). */
      readonly birthPlace: string;
      readonly placeCode: string;
      readonly sex: 'male' | 'female';
      readonly birthYear: number;
      readonly masked: string;
    }
  | { readonly ok: true; readonly kind: 'legacy-cmnd'; readonly masked: string }
  | { readonly ok: false; readonly reason: 'format' | 'place'; readonly masked: string };

/**
 * Masks an identification number for messages and logs: only the first 3 and last 2 characters stay
 * (`001******89`). A full number never appears in a message, a log or an error.
 * @example
 * maskCitizenId('087084000999') // '087*******99'
 */
export function maskCitizenId(id: string): string {
  const s = id.replace(/\s+/g, '');
  if (s.length <= 5) return '*'.repeat(s.length);
  return s.slice(0, 3) + '*'.repeat(s.length - 5) + s.slice(-2);
}

/**
 * Decodes a 12-digit personal identification number (số định danh cá nhân / CCCD) or recognises a 9-digit CMND.
 * Structure per Thông tư 07/2016/TT-BCA Điều 7 and Luật Căn cước 2023 Điều 12: place code (3), century-sex (1),
 * year of birth (2), random (6).
 * @example
 * decodeCitizenId('087084000999') // { ok: true, birthPlace: 'Đồng Tháp', sex: 'male', birthYear: 1984, … }
 */
export function decodeCitizenId(raw: string): CitizenIdInfo {
  // Several rules decode the same number one after another: remember the last answer (results are frozen).
  if (raw === lastRaw && lastInfo) return lastInfo;
  const info = Object.freeze(decode(raw));
  lastRaw = raw;
  lastInfo = info;
  return info;
}

let lastRaw: string | undefined;
let lastInfo: CitizenIdInfo | undefined;

function decode(raw: string): CitizenIdInfo {
  const id = raw.replace(/\s+/g, '');
  const masked = maskCitizenId(id);
  if (/^\d{9}$/.test(id)) return { ok: true, kind: 'legacy-cmnd', masked };
  if (!/^\d{12}$/.test(id)) return { ok: false, reason: 'format', masked };
  const placeCode = id.slice(0, 3);
  let birthPlace: string | undefined;
  if (id[0] === '0') birthPlace = CITIZEN_ID_PROVINCES[placeCode];
  else if (id[0] === '1' || id[0] === '2') birthPlace = 'abroad';
  if (!birthPlace) return { ok: false, reason: 'place', masked };
  const d4 = Number(id[3]);
  return {
    ok: true,
    kind: 'personal-id',
    birthPlace,
    placeCode,
    sex: d4 % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + 100 * Math.floor(d4 / 2) + Number(id.slice(4, 6)),
    masked,
  };
}
