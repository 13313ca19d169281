import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deadlineEvent, eventsToIcs } from '@dieule/adapter-ical';
import {
  annualReport,
  annualReportHtml,
  importRoster,
  listCadreFiles,
  listConfidenceVotes,
  listRankingRounds,
  openStore,
  putRecords,
  type RankingDistribution,
  type ServerDriver,
  type Store,
  StoreError,
  storedIssues,
  validateStore,
  validateStoreRecords,
  WORK_ITEM_LABELS,
  worklist,
  worklistCsv,
} from '@dieule/adapter-postgres';
import { rosterFormat } from '@dieule/adapter-xlsx';
import { type CivilDate, formatVietnamese } from '@dieule/core/date';
import type { Command } from 'commander';
import { loadEngine } from '../engine.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { asOfOption, collect, formatOption, localeOption } from '../options.js';
import { type CommandContext, printJson, type RegisterCommand, textsOf } from './context.js';

interface DbOptions {
  databaseUrl?: string;
  driver?: string;
  data?: string;
  format?: string;
  asOf?: string;
  locale?: string;
  org?: string;
}

let t: ReturnType<typeof textsOf> = (k) => k;
const common = (c: Command) =>
  c
    .option('--database-url <url>', t('db.databaseUrl'))
    .option('--driver <node-postgres|postgres-js>', t('db.driver'))
    .option('--data <dir>', t('db.data'), './dieule-data')
    .option('--locale <vi|en>', t('opt.locale'), 'vi');

/**
 * Prints `value` as `printJson` does, its `issues` array taken from `issues` as they stream (never all in memory):
 * the same text as `printJson({ ...value, issues: [...issues] })`.
 */
async function printJsonWithIssues(
  ctx: CommandContext,
  value: Record<string, unknown>,
  issues: AsyncIterable<unknown>,
): Promise<void> {
  const mark = JSON.stringify('\u0000dieule-issues\u0000');
  const text = JSON.stringify({ ...value, issues: [JSON.parse(mark)] }, null, 2);
  const at = text.indexOf(mark);
  const head = text.slice(0, at).replace(/\n {4}$/, '');
  const tail = text.slice(at + mark.length).replace(/^\n {2}\]/, '');
  let chunk = head;
  let n = 0;
  for await (const issue of issues) {
    chunk += `${n++ ? ',' : ''}\n    ${JSON.stringify(issue, null, 2).replaceAll('\n', '\n    ')}`;
    if (chunk.length > 65536) {
      ctx.io.stdout.write(chunk);
      chunk = '';
    }
  }
  ctx.io.stdout.write(`${chunk}${n ? '\n  ]' : ']'}${tail}\n`);
}

async function withStore<T>(
  ctx: CommandContext,
  opts: DbOptions,
  fn: (s: Store) => Promise<T>,
  check = true,
): Promise<T> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  let store: Store | undefined;
  try {
    store = url
      ? await openStore({ url, ...(opts.driver !== undefined ? { driver: opts.driver as ServerDriver } : {}) })
      : await openStore({ dataDir: resolve(ctx.io.cwd, opts.data ?? './dieule-data') });
    if (check) await store.check();
    return await fn(store);
  } catch (e) {
    if (e instanceof StoreError)
      throw new UsageError(opts.locale === 'en' ? new StoreError(e.code, e.detail, 'en').message : e.message);
    throw e;
  } finally {
    await store?.close().catch(() => {});
  }
}

/** The records of a JSON file by kind: a bundle's buckets, an array of records, or one record. */
function splitRecords(input: unknown, file: string) {
  const out = {
    organizations: [] as unknown[],
    members: [] as unknown[],
    rankingRounds: [] as unknown[],
    cadreFiles: [] as unknown[],
    confidenceVotes: [] as unknown[],
  };
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const place = (r: unknown, index: string, implied?: string) => {
    const kind = isObj(r) ? (r.kind ?? implied) : undefined;
    const value = isObj(r) && r.kind === undefined && implied ? { kind: implied, ...r } : r;
    if (kind === 'organization') out.organizations.push(value);
    else if (kind === 'member') out.members.push(value);
    else if (kind === 'rankingRound') out.rankingRounds.push(value);
    else if (kind === 'appointment' || kind === 'cadrePlan') out.cadreFiles.push(value);
    else if (kind === 'confidenceVote') out.confidenceVotes.push(value);
    else throw new UsageError(t('db.errKind', { file, index, kind: String(kind ?? '—') }));
  };
  if (isObj(input) && input.kind === 'bundle') {
    for (const [bucket, implied] of [
      ['organizations', 'organization'],
      ['members', 'member'],
      ['rankingRounds', 'rankingRound'],
      ['cadreFiles', undefined],
      ['confidenceVotes', 'confidenceVote'],
      ['records', undefined],
    ] as const) {
      const list = input[bucket];
      if (Array.isArray(list))
        list.forEach((r, i) => {
          place(r, `${bucket}[${i}]`, implied);
        });
    }
  } else if (Array.isArray(input))
    input.forEach((r, i) => {
      place(r, String(i + 1));
    });
  else place(input, '1');
  return out;
}

/** The ranking part of `db report --format table`: levels of members and organizations, quota checks. */
function writeRanking(ctx: CommandContext, r: RankingDistribution, locale: 'vi' | 'en'): void {
  const vi = locale === 'vi';
  const out = (s: string) => ctx.io.stdout.write(`${s}\n`);
  out(`\n${vi ? 'Đánh giá, xếp loại chất lượng năm' : 'Quality ranking'} ${r.year}`);
  if (!r.rounds.length) {
    out(vi ? '  Chưa lưu đợt xếp loại nào của năm này.' : '  No ranking round of this year is stored.');
    return;
  }
  for (const [label, d] of [
    [vi ? 'Đảng viên' : 'Members', r.members],
    [vi ? 'Tổ chức đảng' : 'Party organizations', r.organizations],
  ] as const)
    out(
      `  ${label}: ${d.listed} ${vi ? 'được đánh giá' : 'evaluated'} — ${d.levels.map((l) => `${l.abbreviation} ${l.value} (${vi ? String(l.percent).replace('.', ',') : l.percent}%)`).join(', ')}` +
        (d.notRankable.length ? `; ${vi ? 'không xếp loại' : 'not ranked'} ${d.notRankable.length}` : '') +
        (d.unranked.length ? `; ${vi ? 'chưa có kết quả' : 'no level yet'} ${d.unranked.length}` : ''),
    );
  for (const q of r.quota.filter((x) => x.breached))
    out(
      vi
        ? `  VƯỢT TỶ LỆ HTXS — ${q.round}, ${q.list === 'members' ? 'đảng viên' : 'tổ chức'}, nhóm ${q.group}: ${q.excellent} HTXS, tối đa ${q.allowed} (${q.percent}% của ${q.good} HTT), thừa ${q.surplus}: ${q.blamed.join(', ')}`
        : `  OVER THE "EXCELLENT" QUOTA — ${q.round}, ${q.list}, group ${q.group}: ${q.excellent} excellent, at most ${q.allowed} (${q.percent} % of ${q.good} good), ${q.surplus} over: ${q.blamed.join(', ')}`,
    );
  const ok = r.quota.length - r.breaches;
  if (ok) out(vi ? `  ${ok} nhóm trong tỷ lệ HTXS.` : `  ${ok} group(s) within the "excellent" quota.`);
}

const date = (d: string, locale: 'vi' | 'en') => (locale === 'vi' ? formatVietnamese(d as CivilDate) : d);

/**
 * `dieule db …`: keep the data in PostgreSQL (embedded PGlite folder by default, a server with `--database-url` or
 * `DATABASE_URL`): init/migrate, import rosters, validate from the store, worklists, the annual report.
 */
export const registerDb: RegisterCommand = (program, ctx) => {
  t = textsOf(ctx);
  const db = program.command('db').description(t('db.description'));

  for (const name of ['init', 'migrate'] as const)
    common(db.command(name).description(t(name === 'init' ? 'db.init' : 'db.migrate')))
      .option('--format <table|json>', t('opt.format'), 'table')
      .action(async (opts: DbOptions) => {
        const format = formatOption(opts.format, ['table', 'json'] as const, 'table', ctx.locale);
        const st = await withStore(ctx, opts, (s) => s.migrate(), false);
        if (format === 'json') printJson(ctx, st);
        else
          ctx.io.stdout.write(
            `${localeOption(opts.locale) === 'vi' ? 'Cơ sở dữ liệu sẵn sàng' : 'Database ready'}: ${st.applied}/${st.known} migrations\n`,
          );
      });

  common(db.command('import').description(t('db.import')))
    .argument('<file>', t('db.file'))
    .option('--format <table|json>', t('opt.format'), 'table')
    .option('--as-of <date>', t('opt.asOf'))
    .option('--recorded-by <name>', t('db.recordedBy'))
    .action(async (file: string, opts: DbOptions & { recordedBy?: string }) => {
      const format = formatOption(opts.format, ['table', 'json'] as const, 'table', ctx.locale);
      const locale = localeOption(opts.locale);
      const asOf = asOfOption(ctx.io, opts.asOf, ctx.locale) as CivilDate;
      const path = resolve(ctx.io.cwd, file);
      if (!rosterFormat(path)) throw new UsageError(t('err.unsupportedType', { file }));
      const r = await withStore(ctx, opts, (s) =>
        importRoster(s, path, { asOf, locale, ...(opts.recordedBy ? { recordedBy: opts.recordedBy } : {}) }).catch(
          (e) => {
            if (e instanceof StoreError) throw e;
            const err = e as NodeJS.ErrnoException;
            throw new UsageError(
              t('db.errRead', { file, detail: err.code === 'ENOENT' ? t('err.ENOENT') : (err.message ?? String(e)) }),
            );
          },
        ),
      );
      if (format === 'json') printJson(ctx, r);
      else {
        const L =
          locale === 'vi'
            ? {
                dup: 'Tệp này đã được nhập (lô',
                read: 'Số dòng đọc',
                added: 'thêm mới',
                changed: 'cập nhật',
                unchanged: 'không đổi',
                rejected: 'bị từ chối',
                skipped: 'bỏ qua',
                events: 'sự kiện thêm',
              }
            : {
                dup: 'This file was imported already (batch',
                read: 'Rows read',
                added: 'added',
                changed: 'changed',
                unchanged: 'unchanged',
                rejected: 'rejected',
                skipped: 'skipped',
                events: 'events added',
              };
        if (r.duplicate) ctx.io.stdout.write(`${L.dup} ${r.batchId}).\n`);
        else
          ctx.io.stdout.write(
            `${L.read}: ${r.rowsRead} — ${L.added} ${r.added}, ${L.changed} ${r.changed}, ${L.unchanged} ${r.unchanged}, ` +
              `${L.rejected} ${r.rejected}, ${L.skipped} ${r.skipped}; ${L.events} ${r.eventsAdded}\n`,
          );
      }
      if (!r.duplicate && r.rowsRead === 0) throw new UsageError(t('db.errNoRows', { file }));
      ctx.setExit(r.rejected > 0 ? ExitCode.ISSUES : ExitCode.OK);
    });

  common(db.command('validate').description(t('db.validate')))
    .option('--org <id>', t('db.org'))
    .option('--as-of <date>', t('opt.asOf'))
    .option('--format <table|json>', t('opt.format'), 'table')
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .action(async (opts: DbOptions & { plugin: string[] }) => {
      const format = formatOption(opts.format, ['table', 'json'] as const, 'table', ctx.locale);
      const locale = localeOption(opts.locale);
      const asOf = asOfOption(ctx.io, opts.asOf, ctx.locale) as CivilDate;
      const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
      const scope = { asOf, locale, engine, ...(opts.org !== undefined ? { org: opts.org } : {}) };
      // the members, then the ranking rounds, cadre files and confidence votes judged inside their bundle; the
      // members' issues stay in the store (memory holds counts only), the JSON output reads them back page by page
      const { sum, records } = await withStore(ctx, opts, async (s) => {
        const v = await validateStore(s, { ...scope, keepIssues: false });
        const rv = await validateStoreRecords(s, scope);
        const sum = v.report.summary;
        const records = rv.runId !== undefined ? { runId: rv.runId, reused: rv.reused, ...rv.report } : undefined;
        if (format === 'json')
          await printJsonWithIssues(
            ctx,
            { runId: v.runId, reused: v.reused, ...v.report, ...(records ? { records } : {}) },
            storedIssues(s, v.runId),
          );
        else {
          const line = (id: number, reused: boolean, x: typeof sum) =>
            locale === 'vi'
              ? `Lượt kiểm tra ${id}${reused ? ' (đã có, không chạy lại)' : ''}: ${x.records} hồ sơ, ${x.errors} lỗi, ${x.warnings} cảnh báo, ${x.infos} thông tin (tính đến ${date(asOf, locale)})`
              : `Run ${id}${reused ? ' (already stored, not re-run)' : ''}: ${x.records} records, ${x.errors} errors, ${x.warnings} warnings, ${x.infos} notes (as of ${asOf})`;
          ctx.io.stdout.write(`${line(v.runId, v.reused, sum)}\n`);
          if (records)
            ctx.io.stdout.write(
              `${locale === 'vi' ? 'Đợt xếp loại, hồ sơ cán bộ, lấy phiếu tín nhiệm' : 'Ranking rounds, cadre files, confidence votes'} — ${line(records.runId, records.reused, records.summary)}\n`,
            );
        }
        return { sum, records };
      });
      ctx.setExit(sum.errors > 0 || (records?.summary.errors ?? 0) > 0 ? ExitCode.ISSUES : ExitCode.OK);
    });

  common(db.command('put').description(t('db.put')))
    .argument('<file>', t('db.recordsFile'))
    .option('--format <table|json>', t('opt.format'), 'table')
    .option('--recorded-by <name>', t('db.recordedBy'))
    .action(async (file: string, opts: DbOptions & { recordedBy?: string }) => {
      const format = formatOption(opts.format, ['table', 'json'] as const, 'table', ctx.locale);
      const locale = localeOption(opts.locale);
      let input: unknown;
      try {
        input = JSON.parse(await readFile(resolve(ctx.io.cwd, file), 'utf8'));
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        throw new UsageError(
          err.code === 'ENOENT'
            ? t('db.errRead', { file, detail: t('err.ENOENT') })
            : t('db.errJson', { file, detail: err.message ?? String(e) }),
        );
      }
      const split = splitRecords(input, file);
      const total =
        split.organizations.length +
        split.members.length +
        split.rankingRounds.length +
        split.cadreFiles.length +
        split.confidenceVotes.length;
      if (!total) throw new UsageError(t('db.errNothing', { file }));
      const by = opts.recordedBy ? { recordedBy: opts.recordedBy } : {};
      const r = await withStore(ctx, opts, async (s) => {
        const organizations = await s.putOrganizations(split.organizations as never);
        const members = { added: 0, changed: 0, unchanged: 0 };
        for (const m of split.members) {
          const p = await s.putMember(m, by);
          members[p.created ? 'added' : p.headChanged || p.eventsAdded ? 'changed' : 'unchanged']++;
        }
        const records = await putRecords(s, split, by);
        return { organizations, members, records };
      });
      if (format === 'json') printJson(ctx, r);
      else {
        const n = (kinds: string[], k: 'created' | 'changed') =>
          r.records.filter((x) => kinds.includes(x.kind) && (k === 'created' ? x.created : x.changed && !x.created))
            .length;
        const rows: [string, string, number, number][] =
          locale === 'vi'
            ? [
                ['Tổ chức', 'tổ chức', r.organizations.added, r.organizations.changed],
                ['Đảng viên', 'đảng viên', r.members.added, r.members.changed],
                ['Đợt xếp loại', 'đợt', n(['rankingRound'], 'created'), n(['rankingRound'], 'changed')],
                [
                  'Hồ sơ cán bộ',
                  'hồ sơ',
                  n(['appointment', 'cadrePlan'], 'created'),
                  n(['appointment', 'cadrePlan'], 'changed'),
                ],
                ['Lấy phiếu tín nhiệm', 'hội nghị', n(['confidenceVote'], 'created'), n(['confidenceVote'], 'changed')],
              ]
            : [
                ['Organizations', '', r.organizations.added, r.organizations.changed],
                ['Members', '', r.members.added, r.members.changed],
                ['Ranking rounds', '', n(['rankingRound'], 'created'), n(['rankingRound'], 'changed')],
                [
                  'Cadre files',
                  '',
                  n(['appointment', 'cadrePlan'], 'created'),
                  n(['appointment', 'cadrePlan'], 'changed'),
                ],
                ['Confidence votes', '', n(['confidenceVote'], 'created'), n(['confidenceVote'], 'changed')],
              ];
        for (const [label, , added, changed] of rows)
          ctx.io.stdout.write(
            locale === 'vi'
              ? `${label}: thêm mới ${added}, cập nhật ${changed}\n`
              : `${label}: ${added} added, ${changed} changed\n`,
          );
      }
    });

  common(db.command('list').description(t('db.records')))
    .option('--kind <ranking|cadre|vote>', t('db.kind'))
    .option('--year <yyyy>', t('db.year'))
    .option('--org <id>', t('db.org'))
    .option('--format <table|json>', t('opt.format'), 'table')
    .action(async (opts: DbOptions & { kind?: string; year?: string }) => {
      const format = formatOption(opts.format, ['table', 'json'] as const, 'table', ctx.locale);
      const locale = localeOption(opts.locale);
      if (opts.kind !== undefined && !['ranking', 'cadre', 'vote'].includes(opts.kind))
        throw new UsageError(t('db.errRecordKind', { value: opts.kind }));
      const year = opts.year === undefined ? undefined : Number(opts.year);
      if (year !== undefined && (!Number.isInteger(year) || year < 1930 || year > 2200))
        throw new UsageError(t('db.errYear', { value: opts.year ?? '' }));
      const want = (k: string) => opts.kind === undefined || opts.kind === k;
      const scope = opts.org !== undefined ? { org: opts.org } : {};
      const r = await withStore(ctx, opts, async (s) => ({
        rankingRounds: want('ranking')
          ? await listRankingRounds(s, { ...scope, ...(year !== undefined ? { year } : {}) })
          : [],
        cadreFiles: want('cadre') ? await listCadreFiles(s, scope) : [],
        confidenceVotes: want('vote') ? await listConfidenceVotes(s, scope) : [],
      }));
      if (format === 'json') {
        printJson(ctx, r);
        return;
      }
      const vi = locale === 'vi';
      const all = [...r.rankingRounds, ...r.cadreFiles, ...r.confidenceVotes];
      if (!all.length) ctx.io.stdout.write(vi ? 'Không có hồ sơ nào.\n' : 'No record.\n');
      const KIND = {
        rankingRound: vi ? 'Đợt xếp loại' : 'Ranking round',
        appointment: vi ? 'Hồ sơ bổ nhiệm' : 'Appointment file',
        cadrePlan: vi ? 'Quy hoạch cán bộ' : 'Cadre plan',
        confidenceVote: vi ? 'Lấy phiếu tín nhiệm' : 'Confidence vote',
      } as const;
      for (const x of all) {
        const rec = x.record as unknown as Record<string, unknown>;
        const org =
          (typeof rec.organization === 'object' ? (rec.organization as { id?: string })?.id : rec.organization) ?? '';
        const when = [rec.decidedOn, rec.heldOn, rec.approvedOn, rec.fileReceivedOn].find(
          (d) => typeof d === 'string',
        ) as string | undefined;
        const detail =
          x.kind === 'rankingRound'
            ? `${vi ? 'năm' : 'year'} ${String(rec.year)}, ${(rec.members as unknown[] | undefined)?.length ?? 0} ${vi ? 'đảng viên' : 'members'}, ${(rec.organizations as unknown[] | undefined)?.length ?? 0} ${vi ? 'tổ chức' : 'organizations'}`
            : '';
        ctx.io.stdout.write(
          `${KIND[x.kind]} ${x.id} (${vi ? 'phiên bản' : 'revision'} ${x.revision})${org ? ` — ${org}` : ''}${when ? `, ${date(when, locale)}` : ''}${detail ? `; ${detail}` : ''}\n`,
        );
      }
    });

  common(db.command('worklist').description(t('db.worklist')))
    .option('--org <id>', t('db.org'))
    .option('--as-of <date>', t('db.worklistAsOf'))
    .option('--within <Nwd>', t('db.within'), '30wd')
    .option('--format <table|json|csv|ics>', t('opt.format'), 'table')
    .action(async (opts: DbOptions & { within?: string }) => {
      const format = formatOption(opts.format, ['table', 'json', 'csv', 'ics'] as const, 'table', ctx.locale);
      const locale = localeOption(opts.locale);
      const asOf = asOfOption(ctx.io, opts.asOf, ctx.locale) as CivilDate;
      const m = /^(\d+)\s*(wd)?$/.exec(opts.within ?? '30wd');
      if (!m) throw new UsageError(t('db.errWithin', { value: opts.within ?? '' }));
      const within = Number(m[1]);
      const rows = await withStore(ctx, opts, (s) =>
        worklist(s, { asOf, withinWorkingDays: within, ...(opts.org !== undefined ? { org: opts.org } : {}) }),
      );
      if (format === 'json') printJson(ctx, { asOf, withinWorkingDays: within, items: rows });
      else if (format === 'csv') ctx.io.stdout.write(worklistCsv(rows, locale));
      else if (format === 'ics')
        ctx.io.stdout.write(
          eventsToIcs(
            rows.map((r) =>
              deadlineEvent({
                id: `${r.member}-${r.item}-${r.due}@dieule`,
                title: {
                  vi: `${WORK_ITEM_LABELS[r.item].vi}: ${r.fullName}`,
                  en: `${WORK_ITEM_LABELS[r.item].en}: ${r.fullName}`,
                },
                date: r.due,
                citations: r.citations,
              }),
            ),
            { name: 'dieule worklist', locale, stamp: new Date(`${asOf}T00:00:00Z`) },
          ),
        );
      else {
        if (!rows.length) ctx.io.stdout.write(locale === 'vi' ? 'Không có việc đến hạn.\n' : 'Nothing due.\n');
        let org: string | null | undefined;
        for (const r of rows) {
          if (r.organization !== org) {
            org = r.organization;
            ctx.io.stdout.write(`\n${org ?? (locale === 'vi' ? '(chưa rõ tổ chức)' : '(no organization)')}\n`);
          }
          const when = r.overdue
            ? locale === 'vi'
              ? `quá hạn ${-r.workingDays} ngày làm việc`
              : `${-r.workingDays} working days overdue`
            : locale === 'vi'
              ? `còn ${r.workingDays} ngày làm việc`
              : `${r.workingDays} working days left`;
          ctx.io.stdout.write(
            `  ${date(r.due, locale)}  ${WORK_ITEM_LABELS[r.item][locale]} — ${r.fullName} (${r.member}); ${when}\n`,
          );
        }
      }
    });

  common(db.command('report').description(t('db.report')))
    .requiredOption('--year <yyyy>', t('db.year'))
    .option('--org <id>', t('db.org'))
    .option('--as-of <date>', t('db.reportAsOf'))
    .option('--format <table|json|html>', t('db.reportFormat'), 'table')
    .option('--drill-limit <n>', t('db.drillLimit'))
    .action(async (opts: DbOptions & { year: string; drillLimit?: string }) => {
      const format = formatOption(opts.format, ['table', 'json', 'html'] as const, 'table', ctx.locale);
      const locale = localeOption(opts.locale);
      const year = Number(opts.year);
      if (!Number.isInteger(year) || year < 1930 || year > 2200)
        throw new UsageError(t('db.errYear', { value: opts.year }));
      const today = asOfOption(ctx.io, opts.asOf, ctx.locale) as CivilDate;
      const end = `${year}-12-31` as CivilDate;
      const asOf = [today, end].sort()[0] as CivilDate; // the end of the year or today, whichever is earlier
      const drillLimit = opts.drillLimit === undefined ? undefined : Number(opts.drillLimit);
      if (drillLimit !== undefined && !(Number.isInteger(drillLimit) && drillLimit >= 0))
        throw new UsageError(t('db.errDrillLimit', { value: opts.drillLimit! }));
      const r = await withStore(ctx, opts, (s) =>
        annualReport(s, {
          year,
          asOf,
          locale,
          ...(opts.org !== undefined ? { org: opts.org } : {}),
          ...(drillLimit !== undefined ? { drillLimit } : {}),
        }),
      );
      if (format === 'json') printJson(ctx, r);
      else if (format === 'html') ctx.io.stdout.write(annualReportHtml(r));
      else
        for (const o of r.organizations) {
          const title = o.name === o.id || o.id.startsWith('(') ? o.name : `${o.name} (${o.id})`;
          ctx.io.stdout.write(`\n${title} — ${date(r.from, locale)} – ${date(r.to, locale)}\n`);
          for (const f of o.figures) if (f.value) ctx.io.stdout.write(`  ${f.label}: ${f.value}\n`);
        }
      if (format === 'table') writeRanking(ctx, r.ranking, locale);
    });
};
