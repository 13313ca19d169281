import { type DuesSituation, monthlyDues } from '@dieule/core';
import { formatCitation } from '@dieule/core/legal';
import { ExitCode, UsageError } from '../exit-codes.js';
import { cliText } from '../i18n/index.js';
import { localeOption } from '../options.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

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

const amount = (flag: string, v: string, locale: 'vi' | 'en' | undefined): number => {
  const n = Number(v.replace(/[.\s_]/g, ''));
  if (!Number.isFinite(n) || n < 0 || v.trim() === '')
    throw new UsageError(cliText(locale, 'dues.amount', { flag, value: v }));
  return n;
};

/** `dieule dues`: the party dues a member owes for a month, with its basis (QĐ 01-QĐ/TW, 2026). */
export const registerDues: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  program
    .command('dues')
    .description(t('dues.description'))
    .requiredOption('--month <YYYY-MM>', t('dues.month'))
    .option('--insured <salary>', t('dues.insured'))
    .option('--pension <amount>', t('dues.pension'))
    .option('--student', t('dues.student'))
    .option('--minimum-wage <amount>', t('dues.minimumWage'))
    .option('--retired', t('dues.retired'))
    .option('--party-age <years>', t('dues.partyAge'))
    .option('--social-pension', t('dues.socialPension'))
    .option('--hardship', t('dues.hardship'))
    .option('--reduction <percent>', t('dues.reduction'))
    .option('--reduction-month <n>', t('dues.reductionMonth'), '1')
    .option('--locale <vi|en>', t('dues.locale'), 'vi')
    .option('--json', t('opt.json'))
    .action((opts: DuesOptions) => {
      const locale = localeOption(opts.locale);
      const chosen = [opts.insured, opts.pension, opts.student, opts.minimumWage].filter((x) => x !== undefined);
      if (chosen.length !== 1) throw new UsageError(t('dues.oneSituation'));
      const situation: DuesSituation =
        opts.insured !== undefined
          ? { kind: 'insured', insuredSalaryLastMonth: amount('--insured', opts.insured, ctx.locale) }
          : opts.pension !== undefined
            ? { kind: 'pensioner', pension: amount('--pension', opts.pension, ctx.locale) }
            : opts.student
              ? { kind: 'student' }
              : {
                  kind: 'other',
                  regionalMinimumWage: amount('--minimum-wage', opts.minimumWage!, ctx.locale),
                  retirementAge: Boolean(opts.retired),
                };
      const result = monthlyDues({
        month: opts.month!,
        situation,
        ...(opts.partyAge !== undefined ? { partyAgeYears: amount('--party-age', opts.partyAge, ctx.locale) } : {}),
        ...(opts.socialPension ? { socialPension: true } : {}),
        ...(opts.hardship ? { hardshipExemption: true } : {}),
        ...(opts.reduction !== undefined
          ? {
              reduction: {
                percent: amount('--reduction', opts.reduction, ctx.locale),
                monthOfGrant: amount('--reduction-month', opts.reductionMonth ?? '1', ctx.locale),
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
          : `Party dues for ${opts.month!.slice(5)}/${opts.month!.slice(0, 4)}: ${money} VND (${result.basis.en}).\nBasis: ${basis} — confidence: ${cliText('en', `rules.confidence.${result.confidence}`)}.\n`,
      );
      ctx.setExit(ExitCode.OK);
    });
};
