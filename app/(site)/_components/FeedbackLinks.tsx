/**
 * Slot for the way in to citizens' feedback (phản ánh, kiến nghị): the form with its privacy
 * notice, the tracking-code lookup and the published answers, which land with the public
 * endpoints of the citizens' voice issue (`cchc-feedback`). Renders nothing until then.
 */
export const FeedbackLinks = (_props: { placement: 'nav' | 'home' }) => null
