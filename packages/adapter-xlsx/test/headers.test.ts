import { describe, expect, it } from 'vitest';
import { fieldOfHeader, mapHeaders } from '../src/index.js';

describe('headers', () => {
  it.each([
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Ho va ten', 'fullName'],
    ['Họ tên đảng viên', 'fullName'],
    ['Ngày sinh', 'birthDate'],
    ['Ngay sinh (dd/mm/yyyy)', 'birthDate'],
    ['Ngày tháng năm sinh', 'birthDate'],
    ['Giới tính', 'sex'],
    ['Số CCCD', 'citizenId'],
    ['Số định danh cá nhân', 'citizenId'],
    ['CMND/CCCD', 'citizenId'],
    ['Số thẻ đảng viên', 'partyCardNumber'],
    ['Số thẻ ĐV', 'partyCardNumber'],
    ['Ngày vào Đảng', 'admissionDate'],
    ['Ngày kết nạp', 'admissionDate'],
    ['Ngày chính thức', 'recognitionDate'],
    ['Ngày công nhận chính thức', 'recognitionDate'],
    ['Chi bộ', 'organization'],
    ['Trạng thái', 'status'],
    ['Ngày chuyển đi', 'transferOutDate'],
    ['Ngày miễn sinh hoạt', 'exemptionDate'],
    ['Ngày từ trần', 'deathDate'],
    ['Xếp loại 2024', 'ranking:2024'],
    ['Xếp loại năm 2025', 'ranking:2025'],
    ['Kết quả xếp loại chất lượng đảng viên năm 2023', 'ranking:2023'],
  ])('%s → %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));

  it('reports unknown and repeated columns; the user mapping wins (by header or letter)', () => {
    const cols = mapHeaders(['STT', 'Họ và tên', 'Nghề nghiệp', 'Ngày sinh', 'Ngay sinh', 'Ngày KN'], {
      'Ngày KN': 'admissionDate',
      C: 'note',
    });
    expect(cols.map((c) => [c.letter, c.field ?? c.unmapped])).toEqual([
      ['A', 'seq'],
      ['B', 'fullName'],
      ['C', 'note'],
      ['D', 'birthDate'],
      ['E', 'duplicate'],
      ['F', 'admissionDate'],
    ]);
  });
});
