import { apiPaths } from '../_lib/apiPaths.ts'
import { formatSeconds, weekdayOf, weekOf } from '../_lib/radioDays.ts'
import { airedItems, type Programme, readProgrammes } from '../_lib/readRadio.ts'
import { routes } from '../_lib/routes.ts'
import { apiBaseUrl } from '../_lib/siteConfig.ts'
import { dayInVietnam, formatDay } from '../_lib/vietnameseDates.ts'
import { SiteLink } from './SiteLink.tsx'

/** One programme: its day and title, what went out in order, and its playlist to listen again. */
export const ProgrammeEntry = ({ programme, headingLevel = 3 }: { programme: Programme; headingLevel?: 2 | 3 }) => {
  const Heading = `h${headingLevel}` as const
  const items = airedItems(programme)
  return (
    <li className="programme">
      <Heading className="programme__title">{programme.title || (programme.day ? weekdayOf(programme.day) : 'Chương trình phát thanh')}</Heading>
      <p className="programme__meta">
        {programme.day ? weekdayOf(programme.day) : null}
        {programme.totalSeconds ? ` · ${formatSeconds(programme.totalSeconds)}` : null}
      </p>
      {items.length > 0 ? (
        <ol className="programme__items">
          {items.map((item, index) => (
            <li key={item.id ?? index}>
              {item.title || 'Tin'}
              {item.seconds ? <span className="programme__length"> ({formatSeconds(item.seconds)})</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <p>
        <a href={`${apiBaseUrl()}${apiPaths.programmePlaylist(programme.id)}`} type="application/vnd.apple.mpegurl">
          Nghe lại (danh sách phát M3U8)
        </a>
      </p>
    </li>
  )
}

/**
 * The commune radio's programme of the week on the home page: what aired this week (Monday to
 * Sunday in Vietnam), when there is any; nothing otherwise.
 */
export const RadioProgramme = async () => {
  const { monday, sunday } = weekOf(dayInVietnam(new Date()))
  // A side panel: the home page still opens when the programmes cannot be read.
  const programmes = await readProgrammes(monday, sunday, 7).catch(() => [])
  if (programmes.length === 0) return null
  return (
    <section className="panel radio" aria-labelledby="radio-heading">
      <h2 id="radio-heading">Phát thanh tuần này</h2>
      <p className="radio__week">
        Từ {formatDay(monday)} đến {formatDay(sunday)}
      </p>
      <ul className="programmes">
        {programmes.slice(0, 3).map((programme) => (
          <ProgrammeEntry key={programme.id} programme={programme} />
        ))}
      </ul>
      <p>
        <SiteLink href={routes.radio}>Xem chương trình phát thanh cả tuần</SiteLink>
      </p>
    </section>
  )
}
