/** Kernel messages in Vietnamese (the default locale). Rule messages live with their rules. */
export const vi = {
  'record.unreadable': 'Không đọc được bản ghi ({detail}); bản ghi chưa được kiểm tra.',
  'record.notObject': 'Bản ghi không phải là một đối tượng JSON.',
  'record.kindMissing': 'Bản ghi thiếu trường "kind" (loại bản ghi).',
  'record.kindUnknown': 'Loại bản ghi "{kind}" không được hỗ trợ (các loại hợp lệ: {known}).',
  'schema.invalid_type': 'Trường "{field}": kiểu dữ liệu không đúng (cần {expected}, nhận được {received}).',
  'schema.required': 'Thiếu trường bắt buộc "{field}".',
  'schema.too_small': 'Trường "{field}": giá trị quá nhỏ (tối thiểu {minimum}).',
  'schema.too_big': 'Trường "{field}": giá trị quá lớn (tối đa {maximum}).',
  'schema.invalid_format': 'Trường "{field}": sai định dạng ({format}).',
  'schema.invalid_value': 'Trường "{field}": giá trị không hợp lệ (cho phép: {values}).',
  'schema.unrecognized_keys': 'Có trường không được hỗ trợ: {keys}.',
  'schema.invalid_union': 'Trường "{field}": không khớp với dạng nào được hỗ trợ.',
  'schema.other': 'Trường "{field}": {detail}',
  'rule.internal': 'Lỗi nội bộ khi kiểm tra quy tắc {rule}: {detail}. Bản ghi chưa được kiểm tra đầy đủ.',
} as const;

/** The set of kernel message keys; every locale must define each one. */
export type KernelMessages = { readonly [K in keyof typeof vi]: string };
