/** Text an editor typed with line breaks (steps, requirements), one paragraph per line. */
export const MultilineText = ({ text }: { text: string | null | undefined }) => (
  <>
    {(text ?? '')
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line, index) => (
        <p key={index}>{line}</p>
      ))}
  </>
)
