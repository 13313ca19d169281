/**
 * Labels of enum values in Vietnamese (the default locale), by domain. A message placeholder named after a domain
 * (see `PLACEHOLDER_DOMAINS` in `../labels.ts`) shows the label, never the raw value. `en.ts` must have every key
 * (a test checks it).
 */
export const vi = {
  eventType: {
    awarenessCourse: 'lớp bồi dưỡng nhận thức về Đảng',
    application: 'đơn xin vào Đảng',
    introduction: 'giới thiệu người vào Đảng',
    verification: 'thẩm tra lý lịch',
    admissionVote: 'chi bộ xét kết nạp',
    admissionDecision: 'quyết định kết nạp',
    admissionCeremony: 'lễ kết nạp',
    newMemberCourse: 'lớp bồi dưỡng đảng viên mới',
    recognitionVote: 'chi bộ xét công nhận đảng viên chính thức',
    recognitionDecision: 'quyết định công nhận đảng viên chính thức',
    probationStrikeOff: 'xóa tên đảng viên dự bị',
    transferOut: 'giới thiệu chuyển sinh hoạt đảng đi',
    transferIn: 'tiếp nhận sinh hoạt đảng',
    temporaryTransferEnd: 'kết thúc sinh hoạt đảng tạm thời',
    exemptionStart: 'miễn công tác và sinh hoạt đảng',
    exemptionEnd: 'trở lại công tác và sinh hoạt đảng',
    discipline: 'thi hành kỷ luật',
    strikeOff: 'xóa tên',
    voluntaryExit: 'cho ra khỏi Đảng',
    expulsion: 'khai trừ',
    lostContact: 'mất liên lạc',
    contactRestored: 'nối lại liên lạc',
    readmission: 'kết nạp lại',
    death: 'từ trần',
    badgeAwarded: 'tặng Huy hiệu Đảng',
    missedMonth: 'tháng không sinh hoạt hoặc không đóng đảng phí',
    remedialEducation: 'giáo dục, giúp đỡ đảng viên',
    standingViolation: 'vi phạm tư cách đảng viên',
  },
  sex: { male: 'nam', female: 'nữ' },
  disciplineForm: {
    reprimand: 'khiển trách',
    warning: 'cảnh cáo',
    removalFromPost: 'cách chức',
    expulsion: 'khai trừ',
  },
  exitCause: {
    corruption: 'tham nhũng',
    seriousCrime: 'bị kết án tội nghiêm trọng trở lên',
    abandonedActivity: 'bỏ sinh hoạt đảng',
    applicationToLeave: 'xin ra khỏi Đảng (không vì hoàn cảnh gia đình đặc biệt khó khăn)',
    disunity: 'gây mất đoàn kết nghiêm trọng',
  },
  decidingBody: {
    cell: 'chi bộ',
    grassrootsCommittee: 'đảng ủy cơ sở',
    superiorStandingCommittee: 'ban thường vụ cấp ủy cấp trên',
  },
  exemptionReason: {
    ageOrHealth: 'tuổi cao, sức yếu',
    longTreatment: 'điều trị bệnh dài ngày',
    abroadPrivate: 'ra nước ngoài việc riêng',
    remoteWork: 'làm việc ở nơi chưa có tổ chức đảng',
    mobileWork: 'lao động tự do lưu động',
    awaitingRetirement: 'nghỉ chờ hưu',
    maternity: 'nghỉ sinh con',
    other: 'lý do khác',
  },
  strikeOffGround: {
    inactivity: 'bỏ sinh hoạt đảng 3 tháng trong năm',
    duesUnpaid: 'không đóng đảng phí 3 tháng trong năm',
    cardReturned: 'tự ý trả hoặc hủy thẻ đảng viên',
    noProgress: 'giáo dục 12 tháng không tiến bộ',
    repeatedViolations: 'hai năm liền vi phạm tư cách đảng viên',
    politicalStandard: 'không bảo đảm tiêu chuẩn chính trị',
    lateTransfer: 'quá hạn không nộp hồ sơ chuyển sinh hoạt đảng',
    wrongAdmission: 'kết nạp không đúng tiêu chuẩn',
  },
  authorityLevel: {
    cell: 'chi bộ',
    grassroots: 'cấp cơ sở',
    district: 'cấp huyện',
    commune: 'cấp xã',
    province: 'cấp tỉnh',
    central: 'Trung ương',
  },
} as const;

type Domains = typeof vi;
/** Every locale gives a label for every value of every domain. */
export type LabelTable = { readonly [D in keyof Domains]: { readonly [V in keyof Domains[D]]: string } };
