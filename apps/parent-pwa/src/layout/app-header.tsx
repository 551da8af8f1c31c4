export function AppHeader() {
  return (
    <header className="app-header">
      <span className="app-name">EduTrack Meet</span>
    </header>
  );
}
