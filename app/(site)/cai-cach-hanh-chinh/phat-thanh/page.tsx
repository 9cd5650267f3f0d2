import type { Metadata } from 'next'

import { Breadcrumbs } from '../../_components/Breadcrumbs.tsx'
import { ProgrammeEntry } from '../../_components/RadioProgramme.tsx'
import { weekOf } from '../../_lib/radioDays.ts'
import { readProgrammes } from '../../_lib/readRadio.ts'
import { routes } from '../../_lib/routes.ts'
import { dayInVietnam, formatDay, shiftDay } from '../../_lib/vietnameseDates.ts'

export const metadata: Metadata = { title: 'Phát thanh', alternates: { canonical: routes.radio } }

/** The commune radio's programmes of this week that have aired; else those of the last four weeks. */
const RadioPage = async () => {
  const today = dayInVietnam(new Date())
  const { monday, sunday } = weekOf(today)
  const thisWeek = await readProgrammes(monday, sunday)
  const earlier = thisWeek.length > 0 ? [] : (await readProgrammes(shiftDay(monday, -28), shiftDay(monday, -1))).reverse()
  return (
    <div className="page page--article">
      <Breadcrumbs trail={[{ label: 'Cải cách hành chính', href: routes.home }]} />
      <h1>Phát thanh về cải cách hành chính</h1>
      <p className="lead">
        Chương trình của đài truyền thanh xã tuần từ {formatDay(monday)} đến {formatDay(sunday)}.
      </p>
      {thisWeek.length > 0 ? (
        <ul className="programmes">
          {thisWeek.map((programme) => (
            <ProgrammeEntry key={programme.id} programme={programme} headingLevel={2} />
          ))}
        </ul>
      ) : (
        <>
          <p>Tuần này chưa có chương trình nào đã phát.</p>
          {earlier.length > 0 ? (
            <section aria-labelledby="earlier-heading">
              <h2 id="earlier-heading">Các chương trình bốn tuần trước</h2>
              <ul className="programmes">
                {earlier.map((programme) => (
                  <ProgrammeEntry key={programme.id} programme={programme} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  )
}

export default RadioPage
