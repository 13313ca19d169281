/** Messages of the roster importer in Vietnamese (the default locale). */
export const vi = {
  'text.converted': 'Đã chuyển mã {encoding} sang Unicode: “{from}” → “{to}”.',
  'text.composed': 'Đã chuẩn hóa Unicode tổ hợp sang Unicode dựng sẵn (NFC): “{to}”.',
  'text.spaces': 'Đã bỏ khoảng trắng thừa: “{to}”.',
  'date.twoDigitYear':
    'Năm 2 chữ số “{input}” được hiểu là {date} (quy tắc thế kỷ: năm gần nhất không sau năm {pivot}). Hãy ghi đủ 4 chữ số.',
  'date.serial': 'Số “{input}” được đọc là số ngày kiểu Excel ({system}): {date}.',
  'date.partial': 'Ngày không đầy đủ “{input}” (chỉ có {known}): không dùng được để kiểm tra thời hạn.',
  'date.monthFirst': '“{input}” ghi tháng trước ngày (kiểu Mỹ); ngày tháng phải ghi theo dạng ngày/tháng/năm.',
  'date.ambiguous': '“{input}” không rõ ngày hay tháng đứng trước: cột này có cả ngày ghi kiểu tháng/ngày/năm.',
  'date.maybeSwapped':
    'Ô ngày {date} nằm trong cột có cả ngày dạng chữ ghi ngày/tháng/năm; có thể Excel đã đảo ngày và tháng (có thể là {swapped}).',
  'date.invalid': '“{input}” không phải là ngày hợp lệ (cần dd/mm/yyyy).',
  'date.future': '{field} {date} ở sau ngày báo cáo {asOf}.',
  order: '{later} ({laterDate}) không thể trước {earlier} ({earlierDate}).',
  'value.sex': 'Giới tính “{input}” không rõ (cần Nam hoặc Nữ).',
  'value.status': 'Trạng thái “{input}” không nhận biết được.',
  'value.ranking': 'Kết quả xếp loại năm {year} “{input}” không nhận biết được (HTXS, HTT, HT, KHT).',
  'value.exemptionReason': 'Lý do miễn sinh hoạt “{input}” không nhận biết được; ghi là “khác”.',
  required: 'Thiếu {field}.',
  'duplicate.citizenId': 'Trùng số định danh cá nhân {masked} với dòng {first}.',
  'duplicate.partyCard': 'Trùng số thẻ đảng viên {card} với dòng {first}.',
  'duplicate.nameBirth': 'Trùng họ tên và ngày sinh ({name}, {birth}) với dòng {first}.',
  'status.mismatch': 'Trạng thái ghi “{stated}” không khớp với các cột ngày: {reason}.',
  'event.incomplete': '{event} ngày {date} thiếu {missing}; sự kiện không được đưa vào hồ sơ.',
  'row.unclosedQuote':
    'Dòng {row}: dấu ngoặc kép (") mở mà không đóng; dòng được đọc với dấu ngoặc kép như chữ thường, các dòng sau vẫn được đọc. Hãy kiểm tra lại ô có dấu ngoặc kép.',
  'row.lineTooLong': 'Dòng {row} quá dài; chỉ phần đầu của dòng được đọc.',
  'row.extraCells': 'Dòng {row} có {cells} ô, nhiều hơn {columns} cột của dòng tiêu đề; các ô thừa không được đọc.',
  'row.json': 'Dòng {row} không phải JSON hợp lệ ({reason}); dòng không được đọc.',
  'row.notObject': 'Dòng {row} không phải một bản ghi (đối tượng JSON); dòng không được đọc.',
} as const;

/** The set of importer message keys; every locale must define each one. */
export type RosterMessages = { readonly [K in keyof typeof vi]: string };
