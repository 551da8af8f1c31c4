/** Start times every `stepMinutes` from a session's start to its end (both included), as ISO instants. */
export function windowChoices(session: { startsAt: string; endsAt: string }, stepMinutes = 5): string[] {
  const start = Date.parse(session.startsAt);
  const end = Date.parse(session.endsAt);
  const choices: string[] = [];
  for (let t = start; t < end; t += stepMinutes * 60_000) choices.push(new Date(t).toISOString());
  choices.push(new Date(end).toISOString());
  return choices;
}
