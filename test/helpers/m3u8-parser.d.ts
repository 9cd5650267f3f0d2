// m3u8-parser ships no types: what the radio test reads of it.
declare module 'm3u8-parser' {
  export class Parser {
    push(chunk: string): void
    end(): void
    manifest: { segments: { duration: number; uri: string; title?: string }[] }
  }
}
