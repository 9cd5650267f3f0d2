/** The site's own URLs, built in one place (the section lives under one path, as on a portal). */
export const sectionPath = '/cai-cach-hanh-chinh'

export const routes = {
  home: sectionPath,
  topic: (slug: string) => `${sectionPath}/chuyen-muc/${encodeURIComponent(slug)}`,
  post: (slug: string) => `${sectionPath}/bai-viet/${encodeURIComponent(slug)}`,
  procedures: `${sectionPath}/thu-tuc`,
  procedure: (code: string) => `${sectionPath}/thu-tuc/${encodeURIComponent(code)}`,
  procedureChanges: `${sectionPath}/thu-tuc/thay-doi`,
  figures: `${sectionPath}/ket-qua-giai-quyet`,
  // phản ánh, kiến nghị: citizens' feedback; gửi: send; tra cứu: look up
  feedback: `${sectionPath}/phan-anh-kien-nghi`,
  feedbackSend: `${sectionPath}/phan-anh-kien-nghi/gui`,
  feedbackTrack: (code?: string) => (code ? `${sectionPath}/phan-anh-kien-nghi/tra-cuu?ma=${encodeURIComponent(code)}` : `${sectionPath}/phan-anh-kien-nghi/tra-cuu`),
  radio: `${sectionPath}/phat-thanh`,
  // văn bản: documents
  documents: `${sectionPath}/van-ban`,
  document: (id: number | string) => `${sectionPath}/van-ban/${encodeURIComponent(String(id))}`,
} as const

/** A path with its query string, leaving out empty values; `trang` 1 is the default and left out. */
export const withQuery = (path: string, query: Record<string, string | number | null | undefined>): string => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue
    if (name === 'trang' && Number(value) === 1) continue
    params.set(name, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
