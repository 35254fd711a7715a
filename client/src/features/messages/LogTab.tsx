import { EmptyState } from '../../ui/EmptyState';
import { SplitPane } from '../../ui/SplitPane';
import { LogDetailView } from './LogDetailView';
import { LogGridView } from './LogGridView';
import { useLogModel } from './useLogModel';

export interface LogTabProps {
  connectionId: string;
  selectedSeq: number | undefined;
  onSelectSeq: (seq: number | undefined) => void;
}

/** Every recorded event of the connection, with the selected one in full below. */
export function LogTab(props: LogTabProps) {
  const model = useLogModel(props);
  if (model.log.count === 0) {
    return (
      <EmptyState title="No events recorded yet">
        Messages, stderr lines and transport events appear here as soon as the connection sends or receives anything. If it stays
        empty, check the connection settings and press Connect.
      </EmptyState>
    );
  }
  return (
    <SplitPane
      orientation="vertical"
      storageKey="log-detail"
      defaultSize={360}
      minSize={100}
      dividerLabel="Resize message details"
      first={
        <LogGridView
          log={model.log}
          firstTime={model.firstTime}
          selectedIndex={model.selectedIndex}
          pairSeq={model.selected?.pairSeq}
          findings={model.findings}
          onSelectIndex={model.selectIndex}
        />
      }
      second={<LogDetailView entry={model.selected} pair={model.pair} finding={model.selectedFinding} onJump={model.selectSeq} />}
    />
  );
}
