/**
 * Why a GraphQL request was refused, Vietnamese first and English second in one string, as in
 * messages.ts: every client shows both whatever its language.
 */
export const graphQLMessages = {
  requestTooLarge: (maxBytes: number) =>
    `Yêu cầu GraphQL quá lớn: tối đa ${maxBytes} byte cả truy vấn lẫn biến. / The GraphQL request is too large: at most ${maxBytes} bytes of query and variables.`,
  queryTooLarge: (bytes: number, maxBytes: number) =>
    `Truy vấn GraphQL dài ${bytes} byte, tối đa ${maxBytes} byte. Hãy chia thành nhiều truy vấn nhỏ. / The GraphQL query is ${bytes} bytes long, at most ${maxBytes}. Split it into smaller queries.`,
  tooDeep: (maxDepth: number) =>
    `Truy vấn GraphQL lồng quá sâu: tối đa ${maxDepth} cấp trường. / The GraphQL query is nested too deeply: at most ${maxDepth} levels of fields.`,
  tooManyFields: (maxFields: number) =>
    `Truy vấn GraphQL có quá nhiều trường khi viết đầy đủ các fragment: tối đa ${maxFields}. / The GraphQL query names too many fields once its fragments are written out: at most ${maxFields}.`,
  tooManyAliases: (aliases: number, maxAliases: number) =>
    `Truy vấn GraphQL có ${aliases} bí danh (alias), tối đa ${maxAliases}. / The GraphQL query has ${aliases} aliases, at most ${maxAliases}.`,
  fragmentCycle: (cycle: string[]) =>
    `Fragment "${cycle[0]}" tự gọi lại chính nó (${cycle.join(' → ')}). / Fragment "${cycle[0]}" spreads itself (${cycle.join(' → ')}).`,
  tooCostly: (cost: number, maxCost: number) =>
    `Truy vấn GraphQL quá nặng: chi phí ước tính ${cost}, tối đa ${maxCost}. Mỗi lần đếm, tìm kiếm hay lấy danh sách đều tính, kể cả khi đặt bí danh; hãy giảm limit hoặc chia thành nhiều truy vấn. / The GraphQL query is too expensive: estimated cost ${cost}, at most ${maxCost}. Every count, search and list counts, aliases included; lower the limits or split the query.`,
  rateLimited: (retryAfterSeconds: number) =>
    `Quá nhiều truy vấn GraphQL từ địa chỉ này. Vui lòng thử lại sau ${retryAfterSeconds} giây. / Too many GraphQL requests from this address. Try again in ${retryAfterSeconds} seconds.`,
} as const
