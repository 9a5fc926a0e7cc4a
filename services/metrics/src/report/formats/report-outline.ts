import type { D06Report, ServiceRow } from '../report.types';
import { vnChange, vnNumber, vnPercent } from './vn-format';

export interface OutlineLine {
  readonly label: string;
  readonly value: string;
}
export interface OutlineSection {
  readonly heading: string;
  readonly lines: readonly OutlineLine[];
}
export interface Appendix {
  readonly title: string;
  readonly sheet: string;
  readonly rows: readonly ServiceRow[];
}

/** The appendix columns of the provincial report. */
export const APPENDIX_COLUMNS = [
  'STT',
  'Tên dịch vụ công',
  'Kết nối Cổng DVCQG',
  'Tổng số hồ sơ',
  'Trực tuyến',
  'Tỷ lệ trực tuyến',
  'Đúng hạn',
  'Quá hạn',
  'Khó khăn, vướng mắc',
] as const;

const PORTAL: Record<ServiceRow['portal'], string> = {
  connected: 'Đã kết nối',
  'not-connected': 'Chưa kết nối',
  'linked-done': 'Đã liên thông',
};

/** An appendix row's cells, formatted the Vietnamese way. */
export function appendixCells(row: ServiceRow, index: number): string[] {
  return [
    String(index + 1),
    row.name,
    PORTAL[row.portal],
    vnNumber(row.total),
    vnNumber(row.online),
    vnPercent(row.onlineRate),
    vnNumber(row.onTime),
    vnNumber(row.overdue),
    row.difficulty ?? '',
  ];
}

const withChange = (cumulative: number | null | undefined, change: number | null | undefined): string =>
  change === null || change === undefined
    ? vnNumber(cumulative)
    : `${vnNumber(cumulative)} (${vnChange(change)} trong kỳ)`;

/** The report as the provincial document lays it out: headings I–V, then the two appendix tables. */
export function reportOutline(report: D06Report): {
  title: string;
  subtitle: string;
  sections: OutlineSection[];
  appendices: Appendix[];
} {
  const es = report.essentialServices;
  const sum = (rows: readonly ServiceRow[], field: 'total' | 'online') =>
    rows.reduce((s, r) => s + (r[field] ?? 0), 0);
  const all = [...es.decision06, ...es.decision422];
  const hi = report.healthInsurance;
  const ss = report.socialSecurity;
  const dc = report.digitalCitizen;
  const dv = report.dataVerification as Record<string, Record<string, number | null>>;
  const linked = (report.linkedProcedures ?? {}) as Record<string, number | null>;
  const exchange = (report.dataExchange ?? {}) as Record<string, number | null>;
  const total = sum(all, 'total');
  const online = sum(all, 'online');
  return {
    title: `BÁO CÁO KẾT QUẢ TRIỂN KHAI ĐỀ ÁN 06 — ${report.province.name.toUpperCase()}`,
    subtitle: `Kỳ báo cáo ${report.period.label} (từ ${report.period.from} đến ${report.period.to}), số liệu tính đến ${report.period.asOf}`,
    sections: [
      {
        heading: 'I. Kết quả triển khai các dịch vụ công thiết yếu',
        lines: [
          { label: 'Tổng số hồ sơ tiếp nhận (25 DVC Đề án 06 và 28 DVC QĐ 422)', value: vnNumber(total) },
          {
            label: 'Trong đó trực tuyến',
            value: `${vnNumber(online)} (${vnPercent(total > 0 ? Math.round((online / total) * 10_000) / 100 : null)})`,
          },
          { label: 'Thủ tục liên thông đã thực hiện (khai sinh, khai tử)', value: vnNumber(linked.started) },
          {
            label: 'Liên thông hoàn thành đúng thời hạn luật định',
            value: `${vnNumber(linked.completedWithinLimit)}/${vnNumber(linked.completed)} (${vnPercent(linked.withinLimitRate)})`,
          },
        ],
      },
      {
        heading: 'II. Ứng dụng CCCD gắn chip trong khám chữa bệnh BHYT',
        lines: [
          {
            label: 'Cơ sở KCB triển khai CCCD gắn chip',
            value: `${vnNumber(hi.facilities.usingIdCard)}/${vnNumber(hi.facilities.total)}`,
          },
          {
            label: 'Lượt tra cứu thông tin thẻ BHYT bằng CCCD',
            value: withChange(hi.lookups.total.cumulative, hi.lookups.total.change),
          },
          {
            label: 'Lượt tra cứu thành công',
            value: withChange(hi.lookups.succeeded.cumulative, hi.lookups.succeeded.change),
          },
          {
            label: 'Tỷ lệ thành công',
            value: `${vnPercent(hi.lookups.successRate.value)} (${vnChange(hi.lookups.successRate.change)})`,
          },
          {
            label: 'Số CCCD đồng bộ với thẻ BHYT',
            value: withChange(hi.cardsSyncedWithIdCard.cumulative, hi.cardsSyncedWithIdCard.change),
          },
          {
            label: 'Mô hình điểm: lượt tra cứu / cơ sở phát sinh / hồ sơ đề nghị thanh toán',
            value: `${vnNumber(hi.pilotModelPeriod.lookups)} / ${vnNumber(hi.pilotModelPeriod.facilitiesWithLookups)} / ${vnNumber(hi.pilotModelPeriod.insuranceClaims)}`,
          },
        ],
      },
      {
        heading: 'III. Chi trả an sinh xã hội không dùng tiền mặt',
        lines: [
          {
            label: 'Đối tượng (bảo trợ xã hội / người có công)',
            value: `${vnNumber(ss.beneficiaries.total)} (${vnNumber(ss.beneficiaries.socialAssistance)} / ${vnNumber(ss.beneficiaries.meritorious)})`,
          },
          { label: 'Đã rà soát, đối chiếu', value: vnNumber(ss.reviewed) },
          {
            label: 'Có tài khoản',
            value: `${vnNumber(ss.withAccount.total)} (${vnNumber(ss.withAccount.socialAssistance)} / ${vnNumber(ss.withAccount.meritorious)})`,
          },
          {
            label: `Đã chi trả không dùng tiền mặt từ ${ss.paidCashless.since}`,
            value: `${vnNumber(ss.paidCashless.total)} (${vnNumber(ss.paidCashless.socialAssistance)} / ${vnNumber(ss.paidCashless.meritorious)})`,
          },
        ],
      },
      {
        heading: 'IV. Cấp CCCD, định danh và xác thực điện tử',
        lines: [
          {
            label: 'Hồ sơ cấp CCCD',
            value: withChange(dc.idCardApplications.cumulative, dc.idCardApplications.change),
          },
          {
            label: 'Hồ sơ định danh điện tử (chỉ tiêu)',
            value: `${withChange(dc.eidApplications.cumulative, dc.eidApplications.change)} (chỉ tiêu ${vnNumber(dc.eidApplications.target)})`,
          },
          {
            label: 'Tài khoản đã kích hoạt',
            value: `${withChange(dc.eidActivated.cumulative, dc.eidActivated.change)}, đạt ${vnPercent(dc.eidActivated.rate)} chỉ tiêu`,
          },
        ],
      },
      {
        heading: 'V. Làm sạch, xác thực dữ liệu và kết nối, chia sẻ dữ liệu',
        lines: [
          {
            label: 'Người tham gia BHYT khớp đúng',
            value: `${vnNumber(dv.insuranceParticipantsMatched.matched)}/${vnNumber(dv.insuranceParticipantsMatched.total)} (${vnPercent(dv.insuranceParticipantsMatched.rate)})`,
          },
          {
            label: 'Mã số thuế đã rà soát',
            value: `${vnNumber(dv.taxCodesReviewed.reviewed)}/${vnNumber(dv.taxCodesReviewed.total)} (${vnPercent(dv.taxCodesReviewed.rate)})`,
          },
          {
            label: 'Người có công đã làm sạch',
            value: `${vnNumber(dv.meritoriousCleaned.cleaned)}/${vnNumber(dv.meritoriousCleaned.total)} (${vnPercent(dv.meritoriousCleaned.rate)})`,
          },
          {
            label: 'Lượt khai thác dữ liệu qua LGSP/NDXP (thành công)',
            value: `${vnNumber(exchange.calls)} (${vnNumber(exchange.succeeded)})`,
          },
        ],
      },
    ],
    appendices: [
      {
        title: 'Phụ lục 1: 25 dịch vụ công thiết yếu theo Đề án 06',
        sheet: 'Phu luc 1 - DA06',
        rows: es.decision06,
      },
      {
        title: 'Phụ lục 2: 28 dịch vụ công thiết yếu theo Quyết định 422',
        sheet: 'Phu luc 2 - QD422',
        rows: es.decision422,
      },
    ],
  };
}
