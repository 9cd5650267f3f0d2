'use client'

/** When the API cannot be read (down, too slow): a plain Vietnamese page, no stack trace. */
const SiteError = () => (
  <div className="page page--narrow">
    <h1>Chưa tải được nội dung</h1>
    <p>Hệ thống đang bận hoặc tạm thời gián đoạn. Xin vui lòng tải lại trang sau ít phút.</p>
    <p>
      <a href="">Tải lại trang</a>
    </p>
  </div>
)

export default SiteError
