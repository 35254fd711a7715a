// Everything the UI knows about the proxy, in one object: the API to call and the stores that the
// socket's snapshot and events keep current. A saved-session source can provide the same shape.
import type { InspectorApi } from '../../../shared/inspectorProtocol';
import { ConnectionsStore } from './connectionsStore';
import { FindingsStore } from './findingsStore';
import { InspectorSocket, type SocketStatus } from './InspectorSocket';
import { LogStore } from './logStore';
import { OlderEventsStore } from './olderEventsStore';
import { ProgressStore } from './progressStore';
import { ServerRequestsStore } from './serverRequestsStore';
import { SnapshotLoadStore } from './snapshotLoadStore';

export interface InspectorClient {
  api: InspectorApi;
  connections: ConnectionsStore;
  log: LogStore;
  /** The log's events older than the snapshot's, read from the proxy page by page as rows ask for them. */
  olderEvents: OlderEventsStore;
  findings: FindingsStore;
  /** The server's requests waiting for the person (the inbox). */
  serverRequests: ServerRequestsStore;
  /** Progress of the requests the UI sent with a key. */
  progress: ProgressStore;
  /** How much of the attach snapshot's log has arrived (it streams after the attach answer). */
  snapshotLoad: SnapshotLoadStore;
  getStatus(): SocketStatus;
  subscribeStatus(listener: () => void): () => void;
  /** Called after each snapshot (first attach and re-attach) and on each removal, to drop cached data. */
  onReset(listener: (removedConnectionId?: string) => void): () => void;
}

/** Wires a live socket to fresh stores; the socket starts at once. */
export function createLiveClient(url: () => string): InspectorClient {
  const socket = new InspectorSocket({ url });
  const connections = new ConnectionsStore();
  const log = new LogStore();
  const olderEvents = new OlderEventsStore(async (range) => (await socket.readEvents(range)).events);
  // What the page lets go past its limit is read back from the proxy like the events before the attach.
  log.onEvicted((evicted) => olderEvents.grow(evicted));
  const findings = new FindingsStore();
  const serverRequests = new ServerRequestsStore();
  const progress = new ProgressStore();
  const snapshotLoad = new SnapshotLoadStore();
  const resetListeners = new Set<(removedConnectionId?: string) => void>();

  socket.onAttached((snapshot) => {
    connections.reset(snapshot.launch, snapshot.connections);
    olderEvents.reset(snapshot.olderEventCounts);
    log.setLimit(snapshot.pageEventLimit);
    log.reset(snapshot.events);
    snapshotLoad.start(snapshot.eventCount, snapshot.events.length);
    findings.reset(snapshot.findings);
    serverRequests.reset(snapshot.serverRequests);
    for (const listener of resetListeners) listener();
  });
  socket.on('connectionChanged', (summary) => connections.upsert(summary));
  socket.on('connectionRemoved', ({ connectionId }) => {
    connections.remove(connectionId);
    log.removeConnection(connectionId);
    olderEvents.removeConnection(connectionId);
    findings.removeConnection(connectionId);
    serverRequests.removeConnection(connectionId);
    for (const listener of resetListeners) listener(connectionId);
  });
  socket.on('eventsRecorded', ({ events }) => {
    log.append(events);
    snapshotLoad.arrived(events.length);
  });
  socket.on('diagnosisRaised', (raised) => findings.append(raised.findings));
  socket.on('serverRequestPending', (request) => serverRequests.add(request));
  socket.on('serverRequestSettled', (settled) => serverRequests.settle(settled));
  socket.on('requestProgress', (update) => progress.record(update));
  socket.start();

  return {
    api: socket,
    connections,
    log,
    olderEvents,
    findings,
    serverRequests,
    progress,
    snapshotLoad,
    getStatus: socket.getStatus,
    subscribeStatus: socket.subscribeStatus,
    onReset: (listener) => {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };
}
