import { defineRuleFor, wholeRecord } from '../../kernel/rule.js';
import { closingDay, congressDeadlines } from '../deadlines.js';
import type { Congress } from '../model/congress.js';
import { afterCongressWorkingDays } from '../parameters.js';
import { dmy } from '../text.js';
import { exampleCongress } from './select.js';

const parameters = { days: afterCongressWorkingDays };
type M = 'lateReport' | 'lateApproval' | 'lateHandover' | 'reportDue' | 'approvalDue' | 'handoverDue' | 'dateOrder';

const LATE: Record<string, M> = { report: 'lateReport', approval: 'lateApproval', handover: 'lateHandover' };
const DUE: Record<string, M> = { report: 'reportDue', approval: 'approvalDue', handover: 'handoverDue' };
const DATE_NAMES = {
  openedOn: { vi: 'khai mạc', en: 'opening' },
  closedOn: { vi: 'bế mạc', en: 'closing' },
  reportedOn: { vi: 'báo cáo kết quả', en: 'report of the results' },
  approvedOn: { vi: 'chuẩn y', en: 'approval' },
  handedOverOn: { vi: 'bàn giao', en: 'handover' },
} as const;
const FIELD = { report: 'reportedOn', approval: 'approvedOn', handover: 'handedOverOn' } as const;

/**
 * `congress.after.deadlines`: after a congress the new committee reports the results to the superior committee
 * within 7 working days of the closing (QĐ 294 point 16.1.1); the superior approves within 15 working days of the
 * report when there is no complaint, and the old and new committees hand over within 15 working days (points
 * 15.2, 16.1). Done late is an error (a warning for the superior's approval); not done by the reporting date once
 * due is a warning.
 */
export const afterCongress = defineRuleFor<Congress>()({
  id: 'congress.after.deadlines',
  family: 'congress',
  title: {
    vi: 'Báo cáo, chuẩn y, bàn giao sau đại hội đúng thời hạn',
    en: 'Report, approval and handover after a congress on time',
  },
  description: {
    vi: 'Trong 7 ngày làm việc kể từ ngày bế mạc, cấp ủy khóa mới báo cáo kết quả lên cấp trên; cấp trên chuẩn y trong 15 ngày làm việc nếu không có khiếu nại; bàn giao giữa cấp ủy khóa cũ và khóa mới trong 15 ngày làm việc.',
    en: 'Within 7 working days of the closing the new committee reports the results; the superior approves within 15 working days when there is no complaint; the old and new committees hand over within 15 working days.',
  },
  severity: 'error',
  appliesTo: ['congress'],
  parameters,
  messages: {
    lateReport: {
      vi: 'Báo cáo kết quả đại hội ngày {doneOn}, quá hạn {workingDays} ngày làm việc từ ngày bế mạc ({due}).',
      en: 'Results reported on {doneOn}, after the {workingDays} working days from the closing ({due}).',
    },
    lateApproval: {
      vi: 'Cấp trên chuẩn y ngày {doneOn}, quá hạn {workingDays} ngày làm việc từ ngày nhận báo cáo ({due}).',
      en: 'Approved on {doneOn}, after the {workingDays} working days from the report ({due}).',
    },
    lateHandover: {
      vi: 'Bàn giao ngày {doneOn}, quá hạn {workingDays} ngày làm việc từ ngày bế mạc ({due}).',
      en: 'Handover on {doneOn}, after the {workingDays} working days from the closing ({due}).',
    },
    reportDue: {
      vi: 'Chưa ghi nhận báo cáo kết quả đại hội; hạn là ngày {due}.',
      en: 'No report of the results recorded; it was due on {due}.',
    },
    approvalDue: {
      vi: 'Chưa ghi nhận quyết định chuẩn y; hạn là ngày {due}.',
      en: 'No approval recorded; it was due on {due}.',
    },
    dateOrder: {
      vi: 'Ngày {what} ({date}) không được trước ngày {before} ({beforeDate}).',
      en: 'The {whatEn} ({date}) cannot be before the {beforeEn} ({beforeDate}).',
    },
    handoverDue: {
      vi: 'Chưa ghi nhận việc bàn giao giữa cấp ủy khóa cũ và khóa mới; hạn là ngày {due}.',
      en: 'No handover recorded; it was due on {due}.',
    },
  },
  select: (c) => wholeRecord(c, closingDay(c)),
  versions: [
    {
      from: '2025-07-01',
      to: '2026-04-07',
      citations: [
        { document: 'qd-294-2025', point: '15.2' },
        { document: 'qd-294-2025', point: '16.1' },
      ],
      confidence: 'verified',
    },
    {
      from: '2026-04-08',
      citations: [{ document: 'qd-20-2026' }],
      confidence: 'secondary',
      note: {
        vi: 'Giữ nguyên từ QĐ 294; chưa thấy trong văn bản năm 2026.',
        en: 'Carried over from QĐ 294, not seen in the 2026 text.',
      },
    },
  ],
  check(ctx) {
    const c = ctx.record;
    const closed = closingDay(c);
    const order: [keyof typeof DATE_NAMES, string | undefined, keyof typeof DATE_NAMES, string][] = [
      ['closedOn', c.closedOn, 'openedOn', c.openedOn],
      ['reportedOn', c.reportedOn, 'closedOn', closed],
      ['handedOverOn', c.handedOverOn, 'closedOn', closed],
      ['approvedOn', c.approvedOn, 'reportedOn', c.reportedOn ?? closed],
    ];
    let disordered = false;
    for (const [field, date, beforeField, before] of order)
      if (date && date < before) {
        disordered = true;
        ctx.report('dateOrder', {
          path: [field],
          facts: { field, date, before },
          args: {
            what: DATE_NAMES[field].vi,
            whatEn: DATE_NAMES[field].en,
            before: DATE_NAMES[beforeField].vi,
            beforeEn: DATE_NAMES[beforeField].en,
            date: dmy(date),
            beforeDate: dmy(before),
          },
        });
      }
    // one root cause once: deadlines are not judged on dates out of order
    if (disordered) return;
    for (const d of congressDeadlines(c, ctx.calendar)) {
      const facts = {
        deadline: d.id,
        due: d.due,
        workingDays: d.workingDays,
        ...(d.doneOn ? { doneOn: d.doneOn } : {}),
      };
      const args = { due: dmy(d.due), workingDays: d.workingDays, ...(d.doneOn ? { doneOn: dmy(d.doneOn) } : {}) };
      if (d.doneOn) {
        if (d.doneOn > d.due)
          ctx.report(LATE[d.id]!, {
            path: [FIELD[d.id]],
            facts,
            args,
            ...(d.id === 'approval' ? { severity: 'warning' as const } : {}),
          });
      } else if (ctx.asOf > d.due) ctx.report(DUE[d.id]!, { path: [FIELD[d.id]], facts, args, severity: 'warning' });
    }
  },
  examples: [
    {
      title: { vi: 'Báo cáo, chuẩn y, bàn giao đúng hạn', en: 'All on time' },
      record: exampleCongress({
        openedOn: '2025-09-10',
        closedOn: '2025-09-11',
        reportedOn: '2025-09-15',
        approvedOn: '2025-10-01',
        handedOverOn: '2025-09-25',
      }),
      expect: [],
    },
    {
      title: { vi: 'Báo cáo sau 7 ngày làm việc', en: 'Report after 7 working days' },
      record: exampleCongress({
        openedOn: '2025-09-10',
        closedOn: '2025-09-11',
        reportedOn: '2025-09-23',
        approvedOn: '2025-10-01',
        handedOverOn: '2025-09-25',
      }),
      expect: ['lateReport'],
    },
  ],
});
