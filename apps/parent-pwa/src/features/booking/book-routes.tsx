import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { BookPage } from './book-page.tsx';

// A parents' evening is its own chunk, fetched when opened (the app's Suspense boundary waits for it).
const EveningPage = lazy(() =>
  import('../evenings/evening-page.tsx').then((module) => ({ default: module.EveningPage })),
);

/**
 * Everything under "Book a meeting": single open times (/book), and parents' evenings at
 * /book/evenings/:id. Routed here rather than in the app's route table, so the first screen the
 * app loads carries nothing of the evenings.
 */
export function BookRoutes() {
  return (
    <Switch>
      <Route path="/book/evenings/:id">
        <EveningPage />
      </Route>
      <Route>
        <BookPage />
      </Route>
    </Switch>
  );
}
