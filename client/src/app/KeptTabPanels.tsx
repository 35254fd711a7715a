// Every tab visited so far stays mounted, so switching tabs keeps what the person was doing (the
// selected tool, its arguments, its last result). Hidden tabs sit in a hidden <Activity>: their DOM is
// display:none and their effects (store subscriptions included) are torn down until shown again, and
// the memo below skips re-rendering them when the workspace re-renders, e.g. for a new finding.
import { Activity, memo, useState } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { TAB_ORDER, TABS, type TabContext, type TabId } from './tabRegistry';

export interface KeptTabPanelsProps {
  selected: TabId;
  /** The context one tab renders with (its own focus request included). */
  contextFor: (tab: TabId) => TabContext;
}

interface TabPanelProps {
  tab: TabId;
  hidden: boolean;
  context: TabContext;
}

const TabPanel = memo(
  function TabPanel({ tab, context }: TabPanelProps) {
    return (
      <div className="h-full min-h-0">
        <ErrorBoundary what={`the ${TABS[tab].label} tab`} resetKey={`${context.connection.id}:${tab}`}>
          {TABS[tab].render(context)}
        </ErrorBoundary>
      </div>
    );
  },
  // A tab that stays hidden needs no new render; it gets one with fresh props when shown.
  (previous, next) => previous.hidden && next.hidden,
);

export function KeptTabPanels({ selected, contextFor }: KeptTabPanelsProps) {
  const [visited, setVisited] = useState<readonly TabId[]>([selected]);
  if (!visited.includes(selected)) setVisited([...visited, selected]);
  const mounted = TAB_ORDER.filter((tab) => tab === selected || visited.includes(tab));
  return mounted.map((tab) => (
    <Activity key={tab} mode={tab === selected ? 'visible' : 'hidden'}>
      <TabPanel tab={tab} hidden={tab !== selected} context={contextFor(tab)} />
    </Activity>
  ));
}
