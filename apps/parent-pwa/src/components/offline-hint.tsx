/** Why an action is disabled while offline. Pair it with the control through aria-describedby. */
export function OfflineHint({ id, action }: { id?: string; action: string }) {
  return (
    <p id={id} className="hint">
      You're offline. {action} needs an internet connection.
    </p>
  );
}
