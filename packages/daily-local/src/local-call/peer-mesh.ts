import type { SignalPayload } from '../emulator/signalling/protocol.ts';
import type { MediaKind } from './camera-errors.ts';

export interface PeerMeshOptions {
  configuration: RTCConfiguration;
  localTrack(kind: MediaKind): MediaStreamTrack | undefined;
  sendSignal(to: string, payload: SignalPayload): void;
  onTrack(from: string, kind: MediaKind, track: MediaStreamTrack): void;
  onConnectionState(from: string, state: RTCPeerConnectionState): void;
}

interface Peer {
  connection: RTCPeerConnection;
  /** ICE candidates that came before the remote description. */
  early: RTCIceCandidateInit[];
  described: boolean;
  /** Signals are handled one after another per peer. */
  queue: Promise<void>;
}

const KINDS: readonly MediaKind[] = ['audio', 'video'];
const kindOf = (transceiver: RTCRtpTransceiver): MediaKind =>
  transceiver.receiver.track.kind === 'audio' ? 'audio' : 'video';

/**
 * A full mesh of RTCPeerConnections, one per other participant (rooms are small). Each connection
 * always carries one audio and one video transceiver, so turning a camera off and on, or switching
 * devices, is a replaceTrack with no renegotiation. The newcomer offers, so two offers never cross.
 */
export class PeerMesh {
  private readonly peers = new Map<string, Peer>();

  constructor(private readonly options: PeerMeshOptions) {}

  /** Someone already in the call: we arrived after them, so we make the offer. */
  call(remoteId: string): Promise<void> {
    return this.serially(remoteId, async (peer) => {
      for (const kind of KINDS)
        peer.connection.addTransceiver(this.options.localTrack(kind) ?? kind, { direction: 'sendrecv' });
      await peer.connection.setLocalDescription(await peer.connection.createOffer());
      this.sendDescription(remoteId, peer.connection);
    });
  }

  signal(from: string, payload: SignalPayload): Promise<void> {
    // Only an offer opens a connection. Anything else for an unknown peer is late news about someone
    // who left (their answer or candidates still in flight): a new connection for them would leak.
    if (!this.peers.has(from) && payload.description?.type !== 'offer') return Promise.resolve();
    return this.serially(from, async (peer) => {
      const { description, candidate } = payload;
      if (description !== undefined) {
        await peer.connection.setRemoteDescription(description);
        peer.described = true;
        for (const early of peer.early.splice(0)) await peer.connection.addIceCandidate(early);
        if (description.type === 'offer') {
          for (const transceiver of peer.connection.getTransceivers()) {
            await transceiver.sender.replaceTrack(this.options.localTrack(kindOf(transceiver)) ?? null);
            transceiver.direction = 'sendrecv';
          }
          await peer.connection.setLocalDescription(await peer.connection.createAnswer());
          this.sendDescription(from, peer.connection);
        }
      }
      if (candidate !== undefined) {
        if (peer.described) await peer.connection.addIceCandidate(candidate);
        else peer.early.push(candidate);
      }
    });
  }

  /** The microphone or camera changed (on, off, another device): every peer gets the new track. */
  async replaceTrack(kind: MediaKind, track: MediaStreamTrack | undefined): Promise<void> {
    const senders = [...this.peers.values()].flatMap(({ connection }) =>
      connection
        .getTransceivers()
        .filter((transceiver) => kindOf(transceiver) === kind)
        .map((transceiver) => transceiver.sender),
    );
    await Promise.all(senders.map((sender) => sender.replaceTrack(track ?? null)));
  }

  /** The open connections, for reading their stats. */
  connections(): RTCPeerConnection[] {
    return [...this.peers.values()].map((peer) => peer.connection);
  }

  remove(remoteId: string): void {
    this.peers.get(remoteId)?.connection.close();
    this.peers.delete(remoteId);
  }

  close(): void {
    for (const id of [...this.peers.keys()]) this.remove(id);
  }

  private serially(remoteId: string, work: (peer: Peer) => Promise<void>): Promise<void> {
    const peer = this.peer(remoteId);
    const current = (): boolean => this.peers.get(remoteId) === peer;
    peer.queue = peer.queue
      .then(() => (current() ? work(peer) : undefined))
      .catch((error: unknown) => {
        // A connection closed because its peer left fails whatever was still queued for it; that is expected.
        if (current()) console.error(`local call: WebRTC with ${remoteId} failed`, error);
      });
    return peer.queue;
  }

  private peer(remoteId: string): Peer {
    const existing = this.peers.get(remoteId);
    if (existing !== undefined) return existing;
    const connection = new RTCPeerConnection(this.options.configuration);
    connection.addEventListener('icecandidate', ({ candidate }) => {
      if (candidate === null || candidate.candidate === '') return;
      this.options.sendSignal(remoteId, {
        candidate: {
          candidate: candidate.candidate,
          sdpMid: candidate.sdpMid,
          sdpMLineIndex: candidate.sdpMLineIndex,
          usernameFragment: candidate.usernameFragment,
        },
      });
    });
    connection.addEventListener('track', ({ track }) =>
      this.options.onTrack(remoteId, track.kind === 'audio' ? 'audio' : 'video', track),
    );
    connection.addEventListener('connectionstatechange', () =>
      this.options.onConnectionState(remoteId, connection.connectionState),
    );
    const peer: Peer = { connection, early: [], described: false, queue: Promise.resolve() };
    this.peers.set(remoteId, peer);
    return peer;
  }

  private sendDescription(to: string, connection: RTCPeerConnection): void {
    const description = connection.localDescription;
    if (description === null || (description.type !== 'offer' && description.type !== 'answer')) return;
    this.options.sendSignal(to, { description: { type: description.type, sdp: description.sdp } });
  }
}
