import type { AgencyCode, DataDomain, EssentialService, ServiceLevel } from './catalogue.types';
import { buildService } from './service-builder';

/**
 * The 25 essential services of Đề án 06. Keys and names: report-thanh-hoa-2023-09.json. Agency and level: the
 * domain reference (Bắc Giang plan, level 4 → `full`, 3 → `partial`). All 25 are deployed and reported by each
 * province (Thanh Hóa: "đã triển khai đầy đủ 25 DVCTT"), hence `runByProvince`.
 * Processing days come from the governing law as we understand it, not from the seeds, so they are marked
 * assumed — except the two linked procedures (3 working days, 5 with verification: QĐ 296 via the reference).
 */
function da06(
  ordinal: number,
  name: string,
  agencies: readonly [AgencyCode, ...AgencyCode[]],
  level: ServiceLevel,
  days: number,
  domains: readonly DataDomain[],
  daysWithVerification?: number,
): EssentialService {
  const linked = ordinal === 15 || ordinal === 16;
  return buildService('decision-06', ordinal, `da06-${String(ordinal).padStart(2, '0')}`, name, {
    agencies,
    level,
    levelIsAssumed: false,
    days,
    daysIsAssumed: !linked,
    ...(linked
      ? { daysWithVerification: 5 }
      : daysWithVerification === undefined
        ? {}
        : { daysWithVerification }),
    domains,
    linked,
    runByProvince: true,
    provenance: 'reference-report',
  });
}

const POLICE = ['cong-an'] as const;

export const DECISION_06_SERVICES: readonly EssentialService[] = Object.freeze([
  da06(1, 'Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ CCCD', POLICE, 'full', 3, [
    'identity-document',
  ]),
  // Luật Căn cước: 7 working days to re-issue or exchange a card.
  da06(2, 'Cấp lại, đổi thẻ căn cước công dân', POLICE, 'partial', 7, ['identity-document']),
  // Luật Cư trú 2020: permanent 7, temporary 3, absence 1 working day; lodging is a notification.
  da06(3, 'Đăng ký thường trú', POLICE, 'full', 7, ['residence']),
  da06(4, 'Đăng ký tạm trú', POLICE, 'full', 3, ['residence']),
  da06(5, 'Khai báo tạm vắng', POLICE, 'full', 1, ['residence']),
  da06(6, 'Thông báo lưu trú', POLICE, 'full', 0, ['residence']),
  da06(7, 'Đăng ký, cấp biển số mô tô, xe gắn máy', POLICE, 'partial', 2, ['vehicle']),
  da06(
    8,
    'Thu tiền nộp phạt xử lý vi phạm hành chính trong lĩnh vực giao thông đường bộ qua thiết bị ghi hình',
    POLICE,
    'full',
    0,
    ['traffic-fine', 'payment'],
  ),
  // Luật Hộ tịch: within the day (after 15:00 → next working day); marriage 5 days when verification is needed.
  da06(9, 'Đăng ký khai sinh', ['tu-phap'], 'partial', 0, ['civil-status']),
  da06(10, 'Đăng ký khai tử', ['tu-phap'], 'partial', 0, ['civil-status']),
  da06(11, 'Đăng ký kết hôn', ['tu-phap'], 'partial', 0, ['civil-status'], 5),
  // Luật Xuất cảnh, nhập cảnh 2019: 8 working days.
  da06(12, 'Cấp, cấp lại, sửa đổi, bổ sung hộ chiếu phổ thông', POLICE, 'partial', 8, ['identity-document']),
  da06(13, 'Thủ tục làm con dấu mới và cấp Giấy chứng nhận đã đăng ký mẫu dấu', POLICE, 'full', 3, ['seal']),
  da06(
    14,
    'Thủ tục làm con dấu thu nhỏ, dấu nổi, dấu xi và cấp Giấy chứng nhận đã đăng ký mẫu con dấu',
    POLICE,
    'full',
    3,
    ['seal'],
  ),
  da06(
    15,
    'Liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
    ['tu-phap', 'cong-an', 'bhxh'],
    'partial',
    3,
    ['civil-status', 'residence', 'insurance'],
  ),
  da06(
    16,
    'Liên thông đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí',
    ['tu-phap', 'cong-an', 'ldtbxh'],
    'partial',
    3,
    ['civil-status', 'residence', 'social-allowance'],
  ),
  da06(
    17,
    'Tích hợp tính giảm trừ mức đóng trong gia hạn thẻ bảo hiểm y tế theo hộ gia đình',
    ['bhxh'],
    'full',
    5,
    ['insurance', 'payment'],
  ),
  // Luật Quản lý thuế 2019: 3 working days.
  da06(
    18,
    'Đăng ký thuế lần đầu, đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân',
    ['thue'],
    'full',
    3,
    ['tax'],
  ),
  da06(
    19,
    'Đăng ký biến động về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy chứng nhận',
    ['tnmt'],
    'full',
    10,
    ['land'],
  ),
  da06(20, 'Cấp đổi, cấp lại giấy phép lái xe', ['gtvt'], 'full', 5, ['driving-licence']),
  da06(21, 'Đăng kí dự thi tốt nghiệp THPT quốc gia và xét tuyển đại học, cao đẳng', ['gddt'], 'full', 0, [
    'education',
  ]),
  // Luật Lý lịch tư pháp: at most 10 days.
  da06(22, 'Cấp phiếu lý lịch tư pháp', ['tu-phap'], 'full', 10, ['criminal-record']),
  // Luật Việc làm: 20 working days.
  da06(23, 'Giải quyết hưởng trợ cấp thất nghiệp', ['ldtbxh'], 'full', 20, ['labour', 'insurance']),
  da06(24, 'Cấp điện mới từ lưới điện hạ áp (220/380V)', ['dien-luc'], 'full', 3, ['electricity']),
  da06(25, 'Thay đổi chủ thể hợp đồng mua bán điện', ['dien-luc'], 'full', 3, ['electricity']),
]);
