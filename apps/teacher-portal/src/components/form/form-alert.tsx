/** A form's own error (a conflict, a refused request): announced at once, shown next to the button. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" className={message ? 'form-alert' : undefined}>
      {message}
    </div>
  );
}
