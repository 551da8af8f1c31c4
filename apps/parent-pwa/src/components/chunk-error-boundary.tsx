import { Component, type ReactNode } from 'react';

/**
 * A screen loaded on demand could not be fetched (offline, or the app was updated and the old
 * file is gone). Offer a reload instead of a blank screen.
 */
export class ChunkErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="message error">
        <p>This screen could not be loaded. Check your internet connection, then reload the app.</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
