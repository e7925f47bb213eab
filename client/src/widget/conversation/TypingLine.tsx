/** "Camille is typing…", announced politely; an empty live region otherwise, so the next one is heard. */
export function TypingLine({ text }: { text: string | null }) {
  return (
    <p className="typing-line" role="status" aria-live="polite">
      {text}
    </p>
  );
}
