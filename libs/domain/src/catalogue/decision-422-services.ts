import type {
  AgencyCode,
  DataDomain,
  EssentialService,
  ServiceLevel,
  ServiceProvenance,
} from './catalogue.types';
import { buildService } from './service-builder';

/**
 * The 28 essential services of QĐ 422/QĐ-TTg (2022). Nothing in the seeds gives their level or time limit, so
 * every level and processing time here is assumed (plausible values, flagged).
 * - The 10 rows of the Thanh Hóa report (appendix III) keep its keys and names; they are the services the
 *   province itself provides ("Địa phương có 10/28 DVC"), hence `runByProvince: true`.
 * - 7 more are named in the domain reference; the rest, its "several electricity services", are reconstructed
 *   EVN services. Those 18 run on ministries' / BHXH's / courts' / EVN's systems: `runByProvince: false`.
 *   (The domain reference's "22 run by provinces" contradicts the report's 10/28; we follow the report.)
 */
function qd422(
  ordinal: number,
  key: string,
  name: string,
  agencies: readonly [AgencyCode, ...AgencyCode[]],
  level: ServiceLevel,
  days: number,
  domains: readonly DataDomain[],
  provenance: ServiceProvenance,
): EssentialService {
  return buildService('decision-422', ordinal, `qd422-${key}`, name, {
    agencies,
    level,
    levelIsAssumed: true,
    days,
    daysIsAssumed: true,
    domains,
    runByProvince: provenance === 'reference-report',
    provenance,
  });
}

const REPORT: ServiceProvenance = 'reference-report';
const DOMAIN: ServiceProvenance = 'domain-reference';
const RECONSTRUCTED: ServiceProvenance = 'reconstructed';
const EVN = ['dien-luc'] as const;

/** Reconstructed EVN customer services; names are typical EVN procedures, not the QĐ 422 wording. */
const ELECTRICITY: readonly (readonly [key: string, name: string, days: number])[] = [
  ['dien-trungap', 'Cấp điện mới từ lưới điện trung áp', 7],
  ['dien-congsuat', 'Thay đổi công suất sử dụng điện', 3],
  ['dien-giahan', 'Gia hạn hợp đồng mua bán điện', 3],
  ['dien-mucdich', 'Thay đổi mục đích sử dụng điện', 3],
  ['dien-dinhmuc', 'Thay đổi định mức sử dụng điện', 3],
  ['dien-thanhtoan', 'Thay đổi hình thức thanh toán tiền điện', 1],
  ['dien-thongtin', 'Thay đổi thông tin khách hàng trên hợp đồng mua bán điện', 1],
  ['dien-congto', 'Kiểm tra công tơ điện', 3],
  ['dien-vitri', 'Di dời công tơ, đường dây cấp điện', 5],
  ['dien-hoadon', 'Điều chỉnh hóa đơn tiền điện', 3],
  ['dien-thanhly', 'Chấm dứt hợp đồng mua bán điện', 3],
];

export const DECISION_422_SERVICES: readonly EssentialService[] = Object.freeze([
  qd422(
    1,
    'thamvieng',
    'Thăm viếng mộ liệt sĩ (cấp giấy giới thiệu; chi hỗ trợ thăm viếng)',
    ['ldtbxh'],
    'partial',
    5,
    ['meritorious'],
    REPORT,
  ),
  qd422(
    2,
    'gpld-lltp',
    'Liên thông cấp giấy phép lao động cho người lao động nước ngoài và cấp phiếu lý lịch tư pháp',
    ['ldtbxh', 'tu-phap'],
    'partial',
    15,
    ['labour', 'criminal-record'],
    REPORT,
  ),
  qd422(
    3,
    'hkd-thue',
    'Liên thông đăng ký thành lập hộ kinh doanh và đăng ký thuế',
    ['khdt', 'thue'],
    'full',
    3,
    ['business', 'tax'],
    REPORT,
  ),
  qd422(
    4,
    'htx-thue',
    'Liên thông đăng ký thành lập hợp tác xã/liên hiệp hợp tác xã và đăng ký thuế',
    ['khdt', 'thue'],
    'full',
    3,
    ['business', 'tax'],
    REPORT,
  ),
  qd422(
    5,
    'cchn-lltp',
    'Liên thông cấp chứng chỉ hành nghề khám bệnh, chữa bệnh/dược và cấp phiếu lý lịch tư pháp',
    ['y-te', 'tu-phap'],
    'partial',
    20,
    ['health', 'criminal-record'],
    REPORT,
  ),
  qd422(
    6,
    'biendong-dat',
    'Đăng ký biến động quyền sử dụng đất (chuyển nhượng, cho thuê, thừa kế, tặng cho)',
    ['tnmt'],
    'partial',
    10,
    ['land'],
    REPORT,
  ),
  qd422(
    7,
    'dtm-bien',
    'Liên thông thẩm định báo cáo đánh giá tác động môi trường; giấy phép nhận chìm ở biển; giao khu vực biển',
    ['tnmt'],
    'partial',
    30,
    ['environment'],
    REPORT,
  ),
  qd422(
    8,
    'xoano-dat',
    'Liên thông xóa nợ nghĩa vụ tài chính đất đai và đăng ký biến động',
    ['tnmt', 'thue'],
    'partial',
    10,
    ['land', 'tax'],
    REPORT,
  ),
  qd422(
    9,
    'nvtc-dn',
    'Thanh toán nghĩa vụ tài chính đất đai đối với doanh nghiệp',
    ['tnmt', 'thue'],
    'full',
    0,
    ['land', 'payment'],
    REPORT,
  ),
  qd422(
    10,
    'honnhan-kethon',
    'Liên thông cấp Giấy xác nhận tình trạng hôn nhân và Đăng ký kết hôn',
    ['tu-phap'],
    'partial',
    3,
    ['civil-status'],
    REPORT,
  ),
  qd422(11, 'xacnhan-cutru', 'Xác nhận thông tin về cư trú', ['cong-an'], 'full', 1, ['residence'], DOMAIN),
  qd422(
    12,
    'bhxh-tunguyen',
    'Đăng ký tham gia bảo hiểm xã hội tự nguyện',
    ['bhxh'],
    'full',
    5,
    ['insurance'],
    DOMAIN,
  ),
  qd422(
    13,
    'bhyt-chithamgia',
    'Cấp thẻ bảo hiểm y tế cho người chỉ tham gia bảo hiểm y tế',
    ['bhxh'],
    'full',
    5,
    ['insurance'],
    DOMAIN,
  ),
  qd422(
    14,
    'bhxh-motlan',
    'Giải quyết hưởng bảo hiểm xã hội một lần',
    ['bhxh'],
    'full',
    10,
    ['insurance'],
    DOMAIN,
  ),
  qd422(15, 'vienphi', 'Thanh toán viện phí', ['y-te'], 'full', 0, ['health', 'payment'], DOMAIN),
  qd422(16, 'anphi', 'Nộp án phí, lệ phí Tòa án', ['toa-an'], 'full', 0, ['court', 'payment'], DOMAIN),
  qd422(17, 'khoikien', 'Nộp đơn khởi kiện', ['toa-an'], 'partial', 3, ['court'], DOMAIN),
  ...ELECTRICITY.map(([key, name, days], i) =>
    qd422(18 + i, key, name, EVN, 'full', days, ['electricity'], RECONSTRUCTED),
  ),
]);
