import { Component, type ReactNode } from 'react';
import { ChunkFailed } from './chunk-failed.tsx';

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
    return <ChunkFailed />;
  }
}
