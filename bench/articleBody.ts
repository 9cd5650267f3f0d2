/** A Lexical document of about 5 kB: the body of an ordinary article of the column. */
const text = (value: string, format = 0) => ({ type: 'text', detail: 0, format, mode: 'normal', style: '', text: value, version: 1 })
const block = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
const paragraph = (value: string) => ({ ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(value)] })
const heading = (value: string) => ({ ...block, type: 'heading', tag: 'h2', children: [text(value, 1)] })
const list = (items: string[]) => ({
  ...block,
  type: 'list',
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  children: items.map((item, i) => ({ ...block, type: 'listitem', value: i + 1, children: [text(item)] })),
})

export const articleBody = () => ({
  root: {
    ...block,
    type: 'root',
    children: [
      paragraph(
        'Thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2026 của UBND xã, trong quý vừa qua Trung tâm Phục vụ hành chính công xã đã tiếp nhận và giải quyết hồ sơ thủ tục hành chính đúng và trước hạn, không để tồn đọng, người dân và doanh nghiệp đánh giá hài lòng.',
      ),
      heading('Kết quả nổi bật'),
      paragraph(
        'Tỷ lệ hồ sơ nộp trực tuyến tăng rõ rệt so với cùng kỳ; phần lớn hồ sơ được số hóa ngay khi tiếp nhận. Nhiều thủ tục như đăng ký khai sinh, đăng ký kết hôn, chứng thực bản sao đã được giải quyết trong ngày, người dân nhận kết quả tại nhà qua dịch vụ bưu chính công ích.',
      ),
      list([
        'Niêm yết công khai đầy đủ thủ tục hành chính tại Trung tâm và trên trang thông tin điện tử của xã.',
        'Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến.',
        'Triển khai thanh toán phí, lệ phí không dùng tiền mặt bằng mã QR tại bộ phận một cửa.',
        'Bố trí công chức trực hướng dẫn, hỗ trợ người cao tuổi, người khuyết tật khi làm thủ tục.',
      ]),
      heading('Những khó khăn, vướng mắc'),
      paragraph(
        'Một bộ phận người dân, nhất là người cao tuổi, còn e ngại khi thực hiện thủ tục trên môi trường điện tử; hạ tầng mạng ở một số thôn chưa ổn định; việc kết nối, chia sẻ dữ liệu giữa các hệ thống có lúc còn gián đoạn, ảnh hưởng đến tiến độ giải quyết hồ sơ.',
      ),
      heading('Nhiệm vụ thời gian tới'),
      paragraph(
        'UBND xã tiếp tục chỉ đạo đẩy mạnh tuyên truyền bằng nhiều hình thức: trên hệ thống truyền thanh cơ sở vào các khung giờ 5 giờ 30 và 17 giờ hằng ngày, trên trang thông tin điện tử, mạng xã hội và qua các buổi sinh hoạt của Mặt trận Tổ quốc, các đoàn thể ở thôn, khu dân cư.',
      ),
      paragraph(
        'Các tổ công nghệ số cộng đồng sẽ đến từng hộ gia đình hướng dẫn sử dụng dịch vụ công trực tuyến toàn trình, thanh toán trực tuyến; phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt trên 80%, tỷ lệ hài lòng của người dân đạt trên 95%.',
      ),
      paragraph(
        'Mọi ý kiến phản ánh, kiến nghị về thủ tục hành chính, người dân có thể gửi trực tiếp tại Trung tâm Phục vụ hành chính công xã, qua đường dây nóng hoặc qua mục Hỏi - đáp của chuyên mục này; UBND xã cam kết tiếp nhận và trả lời công khai, đúng thời hạn.',
      ),
    ],
  },
})
