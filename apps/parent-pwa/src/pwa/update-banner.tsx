/** A new version of the app has been downloaded and is waiting; one tap switches to it. */
export function UpdateBanner({ onReload }: { onReload: () => void }) {
  return (
    <div role="status" className="banner update-banner">
      <p>A new version is ready.</p>
      <button type="button" className="button secondary" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
