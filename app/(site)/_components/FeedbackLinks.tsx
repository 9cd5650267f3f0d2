import { routes } from '../_lib/routes.ts'
import { SiteLink } from './SiteLink.tsx'

/**
 * The way in to citizens' feedback (phản ánh, kiến nghị): in the main navigation, a link to its
 * page; on the home page, a panel with the form, the tracking-code lookup and the published answers.
 */
export const FeedbackLinks = ({ placement }: { placement: 'nav' | 'home' }) =>
  placement === 'nav' ? (
    <li>
      <SiteLink href={routes.feedback}>Phản ánh, kiến nghị</SiteLink>
    </li>
  ) : (
    <section className="panel" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Phản ánh, kiến nghị</h2>
      <p>Gửi phản ánh, kiến nghị hoặc câu hỏi về thủ tục hành chính tới UBND xã; theo dõi việc trả lời bằng mã tra cứu.</p>
      <ul className="link-list">
        <li>
          <SiteLink href={routes.feedbackSend}>Gửi phản ánh, kiến nghị</SiteLink>
        </li>
        <li>
          <SiteLink href={routes.feedbackTrack()}>Tra cứu bằng mã</SiteLink>
        </li>
        <li>
          <SiteLink href={routes.feedback}>Các câu trả lời đã công khai</SiteLink>
        </li>
      </ul>
    </section>
  )
