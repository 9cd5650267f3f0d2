/** A topic (chuyên mục) of the CCHC column as the plugin seeds it on first start. */
export type TopicSeed = { slug: string; name: string; description?: string; order: number }

/** The themes the commune's letter names (DOMAIN.md §1). */
export const defaultTopics: TopicSeed[] = [
  { slug: 'tin-hoat-dong-cchc', name: 'Tin hoạt động cải cách hành chính', order: 10, description: 'Tin tức về hoạt động và kết quả CCHC của xã.' },
  { slug: 'huong-dan-dich-vu-cong-truc-tuyen', name: 'Hướng dẫn dịch vụ công trực tuyến', order: 20, description: 'Cách nộp hồ sơ, tra cứu và nhận kết quả trực tuyến.' },
  { slug: 'thanh-toan-truc-tuyen', name: 'Thanh toán trực tuyến', order: 30, description: 'Hướng dẫn nộp phí, lệ phí trực tuyến.' },
  { slug: 'guong-dien-hinh-mo-hinh-sang-kien', name: 'Gương điển hình, mô hình, sáng kiến', order: 40, description: 'Gương điển hình tốt, mô hình, sáng kiến hiệu quả trong CCHC.' },
  { slug: 'van-ban-chinh-sach-phap-luat', name: 'Văn bản, chính sách pháp luật về CCHC', order: 50, description: 'Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC.' },
  { slug: 'chuyen-doi-so', name: 'Chuyển đổi số', order: 60, description: 'Chính phủ số, dữ liệu số, nền tảng số.' },
  { slug: 'hoi-dap', name: 'Hỏi - đáp', order: 70, description: 'Giải đáp thắc mắc của người dân, doanh nghiệp.' },
]
