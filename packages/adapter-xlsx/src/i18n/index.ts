import { en } from './en.js';
import { type RosterMessages, vi } from './vi.js';

/** Importer messages by locale. A test checks that every locale has every key. */
export const rosterLocales: Readonly<Record<'vi' | 'en', RosterMessages>> = { vi, en };
export type { RosterMessages };

/** Field labels used inside messages. */
export const FIELD_LABELS: Readonly<Record<'vi' | 'en', Readonly<Record<string, string>>>> = {
  vi: {
    fullName: 'họ và tên',
    birthDate: 'ngày sinh',
    sex: 'giới tính',
    admissionDate: 'ngày vào Đảng',
    ceremonyDate: 'ngày lễ kết nạp',
    recognitionDate: 'ngày chính thức',
    transferInDate: 'ngày chuyển đến',
    transferOutDate: 'ngày chuyển đi',
    exemptionDate: 'ngày miễn sinh hoạt',
    deathDate: 'ngày mất',
    exitDate: 'ngày ra khỏi Đảng',
    exitKind: 'hình thức (xóa tên, khai trừ, ra khỏi Đảng)',
  },
  en: {
    fullName: 'full name',
    birthDate: 'birth date',
    sex: 'sex',
    admissionDate: 'admission date',
    ceremonyDate: 'admission ceremony date',
    recognitionDate: 'recognition date',
    transferInDate: 'transfer-in date',
    transferOutDate: 'transfer-out date',
    exemptionDate: 'exemption date',
    deathDate: 'date of death',
    exitDate: 'exit date',
    exitKind: 'the kind of exit (strike-off, expulsion, voluntary exit)',
  },
};
