import { EmptyState } from '../../ui/EmptyState';
import { SplitPane } from '../../ui/SplitPane';
import { LogDetailView } from './LogDetailView';
import { LogFilterBar } from './LogFilterBar';
import { LogGridView } from './LogGridView';
import { OlderEventsNotice } from './OlderEventsNotice';
import { SnapshotLoadNotice } from './SnapshotLoadNotice';
import { useLogExport } from './useLogExport';
import { useLogModel } from './useLogModel';

export interface LogTabProps {
  connectionId: string;
  selectedSeq: number | undefined;
  onSelectSeq: (seq: number | undefined) => void;
  /** Opens the Raw composer with this text. */
  onEditAndSend: (text: string) => void;
}

/** Every recorded event of the connection (or of all), filtered, with the selected one in full below. */
export function LogTab(props: LogTabProps) {
  const model = useLogModel(props);
  const { rows, view } = model;
  const exportRows = useLogExport(rows, props.connectionId);
  const filtering = rows.count !== rows.scopeCount || view.state.hiddenThroughSeq >= 0;
  const grid =
    rows.count === 0 ? (
      <EmptyState title={filtering ? 'No rows match' : 'No events recorded yet'}>
        {filtering
          ? 'Nothing recorded so far passes the filter (or Clear view hid it). Change the filter or show the cleared rows.'
          : 'Messages, stderr lines and transport events appear here as soon as the connection sends or receives anything. If it stays empty, check the connection settings and press Connect.'}
      </EmptyState>
    ) : (
      <LogGridView
        rows={rows}
        firstTime={model.firstTime}
        selectedRow={model.selectedRow}
        pairSeq={model.selected?.pairSeq}
        findings={model.findings}
        pinned={model.pinned}
        labelOf={model.labelOf}
        onSelectRow={model.selectRow}
      />
    );
  return (
    <div className="flex h-full min-h-0 flex-col">
      <LogFilterBar
        filter={view.state.filter}
        onFilterChange={view.setFilter}
        errors={model.errors}
        allConnections={view.state.allConnections}
        onAllConnectionsChange={view.setAllConnections}
        shownCount={rows.count}
        scopeCount={rows.scopeCount}
        buildMs={rows.buildMs}
        hidden={view.state.hiddenThroughSeq >= 0}
        onClearView={model.clearView}
        onShowCleared={() => view.hideThrough(-1)}
        onExport={exportRows}
      />
      <SnapshotLoadNotice />
      <OlderEventsNotice rows={rows} />
      <div className="min-h-0 flex-1">
        <SplitPane
          orientation="vertical"
          storageKey="log-detail"
          defaultSize={360}
          minSize={100}
          dividerLabel="Resize message details"
          first={grid}
          second={
            <LogDetailView
              entry={model.selected}
              pair={model.pair}
              finding={model.selectedFinding}
              hiddenByFilter={model.selectedHidden}
              connection={model.selected ? model.connectionOf(model.selected) : undefined}
              onJump={model.selectSeq}
              onEditAndSend={props.onEditAndSend}
            />
          }
        />
      </div>
    </div>
  );
}
