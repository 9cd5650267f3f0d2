import { MultilineText } from './MultilineText.tsx'

/** What is said in a video or audio post, as text: for readers who cannot hear it or play it. */
export const Transcript = ({ text }: { text: string | null | undefined }) =>
  text?.trim() ? (
    <section className="transcript" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">Bản ghi lời</h2>
      <MultilineText text={text} />
    </section>
  ) : null
