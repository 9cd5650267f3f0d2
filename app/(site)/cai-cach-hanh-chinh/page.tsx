import type { Metadata } from 'next'

import { DocumentListItem } from '../_components/DocumentListItem.tsx'
import { FeedbackLinks } from '../_components/FeedbackLinks.tsx'
import { HeadlineFigures } from '../_components/HeadlineFigures.tsx'
import { PostCard } from '../_components/PostCard.tsx'
import { ProcedureSearchForm } from '../_components/ProcedureSearchForm.tsx'
import { RadioProgramme } from '../_components/RadioProgramme.tsx'
import { SiteLink } from '../_components/SiteLink.tsx'
import { figuresOverview } from '../_lib/figuresSeries.ts'
import { readQuarterlyFigures } from '../_lib/readFigures.ts'
import { searchDocuments } from '../_lib/readDocuments.ts'
import { readPostCards, readTopics } from '../_lib/readPosts.ts'
import { routes } from '../_lib/routes.ts'
import { siteConfig } from '../_lib/siteConfig.ts'
import { dayInVietnam } from '../_lib/vietnameseDates.ts'

export const metadata: Metadata = {
  title: { absolute: `${siteConfig.sectionName} – ${siteConfig.publisher}` },
  alternates: { canonical: routes.home },
  openGraph: { url: routes.home },
}

const latestPerTopic = 3

/**
 * The column's home: the procedure search first (what most visitors come for), the featured posts
 * (the newest ones when none is featured), the latest posts of each topic, and the one-stop
 * centre's latest quarter.
 */
const ColumnHome = async () => {
  const year = Number(dayInVietnam(new Date()).slice(0, 4))
  const [topics, featured, figures, documents] = await Promise.all([
    readTopics(),
    readPostCards({ featured: true, limit: 3 }),
    // The figures and documents are side panels: the home page still opens when they cannot be read.
    readQuarterlyFigures(year - 1, year).catch(() => null),
    searchDocuments({ limit: 3 }).catch(() => null),
  ])
  const [lead, perTopic] = await Promise.all([
    featured.docs.length > 0 ? featured : readPostCards({ limit: 3 }),
    Promise.all(topics.map((topic) => readPostCards({ topic: topic.id, limit: latestPerTopic }))),
  ])
  const latestQuarter = figures ? figuresOverview(figures).latest : null
  const filledTopics = topics.map((topic, index) => ({ topic, posts: perTopic[index]! })).filter(({ posts }) => posts.docs.length > 0)

  return (
    <div className="page home">
      <h1 className="home__title">{siteConfig.sectionName}</h1>

      <section className="panel panel--search" aria-labelledby="search-heading">
        <h2 id="search-heading">Tra cứu thủ tục hành chính</h2>
        <ProcedureSearchForm filters={false} />
        <p>
          <SiteLink href={routes.procedures}>Xem tất cả thủ tục</SiteLink> ·{' '}
          <SiteLink href={routes.procedureChanges}>Thủ tục mới, sửa đổi, bãi bỏ</SiteLink>
        </p>
      </section>

      <div className="home__columns">
        <div className="home__main">
          {lead.docs.length > 0 ? (
            <section aria-labelledby="lead-heading">
              <h2 id="lead-heading">{featured.docs.length > 0 ? 'Tin nổi bật' : 'Tin mới'}</h2>
              <div className="card-grid card-grid--lead">
                {lead.docs.map((post, index) => (
                  <PostCard
                    key={post.id}
                    post={post}
                    priority={index === 0}
                    sizes="(min-width: 64rem) 30rem, (min-width: 40rem) 55vw, 100vw"
                  />
                ))}
              </div>
            </section>
          ) : (
            <p>Chuyên mục chưa có bài viết.</p>
          )}

          {filledTopics.map(({ topic, posts }) => (
            <section key={topic.id} className="topic-block" aria-labelledby={`topic-${topic.slug}`}>
              <h2 id={`topic-${topic.slug}`}>
                <SiteLink href={routes.topic(topic.slug)}>{topic.name}</SiteLink>
              </h2>
              <div className="topic-block__posts">
                {posts.docs.map((post, index) => (
                  // A small picture beside the words on a phone, half the column wider up (site.css).
                  <PostCard
                    key={post.id}
                    post={post}
                    compact={index > 0}
                    sizes="(max-width: 39.99rem) 7.5rem, (min-width: 64rem) 25rem, 50vw"
                  />
                ))}
              </div>
              {posts.totalDocs > posts.docs.length ? (
                <p className="more-link">
                  <SiteLink href={routes.topic(topic.slug)}>
                    Xem thêm {posts.totalDocs - posts.docs.length} bài<span className="visually-hidden"> trong {topic.name}</span>
                  </SiteLink>
                </p>
              ) : null}
            </section>
          ))}
        </div>

        <aside className="home__aside" aria-label="Thông tin thêm">
          {latestQuarter ? (
            <section className="panel" aria-labelledby="figures-heading">
              <h2 id="figures-heading">Kết quả giải quyết hồ sơ {latestQuarter.label}</h2>
              <HeadlineFigures period={latestQuarter} compact />
              <p>
                <SiteLink href={routes.figures}>Xem số liệu các quý</SiteLink>
              </p>
            </section>
          ) : null}
          {documents && documents.docs.length > 0 ? (
            <section className="panel" aria-labelledby="documents-heading">
              <h2 id="documents-heading">Văn bản mới</h2>
              <ul className="document-list document-list--compact">
                {documents.docs.map((entry) => (
                  <DocumentListItem key={`${entry.source}-${entry.id}`} entry={entry} />
                ))}
              </ul>
              <p>
                <SiteLink href={routes.documents}>Xem tất cả văn bản</SiteLink>
              </p>
            </section>
          ) : null}
          <RadioProgramme />
          <FeedbackLinks placement="home" />
        </aside>
      </div>
    </div>
  )
}

export default ColumnHome
