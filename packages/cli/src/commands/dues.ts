import { type DuesSituation, monthlyDues } from '@dieule/core';
import { formatCitation } from '@dieule/core/legal';
import { ExitCode, UsageError } from '../exit-codes.js';
import { localeOption } from '../options.js';
import { printJson, type RegisterCommand } from './context.js';

interface DuesOptions {
  month?: string;
  insured?: string;
  pension?: string;
  student?: boolean;
  minimumWage?: string;
  retired?: boolean;
  partyAge?: string;
  socialPension?: boolean;
  hardship?: boolean;
  reduction?: string;
  reductionMonth?: string;
  locale?: string;
  json?: boolean;
}

const CONFIDENCE_VI = {
  verified: 'đã đối chiếu văn bản',
  secondary: 'theo nguồn thứ cấp',
  'carried-over': 'mang sang từ văn bản cũ, chưa thấy trong văn bản mới',
  recalled: 'chưa đối chiếu văn bản',
} as const;

const amount = (flag: string, v: string): number => {
  const n = Number(v.replace(/[.\s_]/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be an amount in đồng, got "${v}"`);
  return n;
};

/** `dieule dues`: the party dues a member owes for a month, with its basis (QĐ 01-QĐ/TW, 2026). */
export const registerDues: RegisterCommand = (program, ctx) => {
  program
    .command('dues')
    .description('Compute a member’s monthly party dues with its legal basis (QĐ 01-QĐ/TW, from 02/2026)')
    .requiredOption('--month <YYYY-MM>', 'the month the dues are for')
    .option('--insured <salary>', 'in compulsory social insurance: last month’s insured salary (đồng)')
    .option('--pension <amount>', 'pensioner: the monthly pension (đồng)')
    .option('--student', 'student (học sinh, sinh viên)')
    .option('--minimum-wage <amount>', 'other members: regional minimum wage where they attend party activity (đồng)')
    .option('--retired', 'with --minimum-wage: at or above the normal retirement age')
    .option('--party-age <years>', 'completed years of party age (50 or more: exempt)')
    .option('--social-pension', 'receives the social pension allowance (exempt)')
    .option('--hardship', 'exemption granted for special hardship on application')
    .option('--reduction <percent>', 'a granted reduction: 30, 50 or 70')
    .option('--reduction-month <n>', 'month of the reduction grant this is (1 = first)', '1')
    .option('--locale <vi|en>', 'language of the output', 'vi')
    .option('--json', 'print JSON')
    .action((opts: DuesOptions) => {
      const locale = localeOption(opts.locale);
      const chosen = [opts.insured, opts.pension, opts.student, opts.minimumWage].filter((x) => x !== undefined);
      if (chosen.length !== 1)
        throw new UsageError('give exactly one of --insured, --pension, --student, --minimum-wage');
      const situation: DuesSituation =
        opts.insured !== undefined
          ? { kind: 'insured', insuredSalaryLastMonth: amount('--insured', opts.insured) }
          : opts.pension !== undefined
            ? { kind: 'pensioner', pension: amount('--pension', opts.pension) }
            : opts.student
              ? { kind: 'student' }
              : {
                  kind: 'other',
                  regionalMinimumWage: amount('--minimum-wage', opts.minimumWage!),
                  retirementAge: Boolean(opts.retired),
                };
      const result = monthlyDues({
        month: opts.month!,
        situation,
        ...(opts.partyAge !== undefined ? { partyAgeYears: amount('--party-age', opts.partyAge) } : {}),
        ...(opts.socialPension ? { socialPension: true } : {}),
        ...(opts.hardship ? { hardshipExemption: true } : {}),
        ...(opts.reduction !== undefined
          ? {
              reduction: {
                percent: amount('--reduction', opts.reduction),
                monthOfGrant: amount('--reduction-month', opts.reductionMonth ?? '1'),
              },
            }
          : {}),
      });
      if (!result.ok) throw new UsageError(result.message[locale]);
      if (opts.json) return printJson(ctx, result);
      const money = result.amount.toLocaleString('vi-VN').replace(/,/g, '.');
      const basis = result.citations.map((c) => formatCitation(c, locale)).join('; ');
      ctx.io.stdout.write(
        locale === 'vi'
          ? `Đảng phí tháng ${opts.month!.slice(5)}/${opts.month!.slice(0, 4)}: ${money} đồng (${result.basis.vi}).\nCăn cứ: ${basis} — độ tin cậy: ${CONFIDENCE_VI[result.confidence]}.\n`
          : `Party dues for ${opts.month}: ${money} VND (${result.basis.en}).\nBasis: ${basis} — confidence: ${result.confidence}.\n`,
      );
      ctx.setExit(ExitCode.OK);
    });
};
