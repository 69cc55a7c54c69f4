import type { CSSProperties } from 'react';
import { CheatSheet } from '../commands/CheatSheet';
import { ArticleList } from '../features/articles/ArticleList';
import { HealthView } from '../features/health/HealthView';
import { OpmlDialog } from '../features/opml/OpmlDialog';
import { useOpmlDrop } from '../features/opml/useOpmlDrop';
import { ReadingPane } from '../features/reader/ReadingPane';
import { SearchField } from '../features/search/SearchField';
import { SettingsPanel } from '../features/settings/SettingsPanel';
import { SourcesPane } from '../features/sources/SourcesPane';
import { useTranslation } from '../i18n';
import { useUi } from '../state/store';
import { StorageFullBanner } from '../features/storage/StorageFullBanner';
import { DatabaseClosedBanner } from './DatabaseClosedBanner';
import { BackToList } from './BackToList';
import { CountsProvider } from './CountsContext';
import { PaneSplitter } from './Splitter';
import { useAppCommands } from './useAppCommands';
import { useLaunchRequests } from './useLaunchRequests';
import { useNarrowPaneFocus } from './useNarrowPaneFocus';
import { usePaneKeys } from './usePaneKeys';
import { useRestoredSelection } from './useRestoredSelection';
import { useWindowLayout } from './windowLayout';

export const listPaneId = 'list-pane';

/**
 * The three panes: sources · article list · reading pane. styles.css lays them out for the window's width (the
 * sources as a drawer below 1100 px, the list and the article one at a time below 800 px); the widths dragged to are
 * handed to it as variables.
 */
export function App() {
  const sourcesWidth = useUi((state) => state.sourcesWidth);
  const listWidth = useUi((state) => state.listWidth);
  const settingsOpen = useUi((state) => state.settingsOpen);
  const narrowPane = useUi((state) => state.narrowPane);
  const layout = useWindowLayout();
  const { t } = useTranslation();
  useAppCommands();
  useLaunchRequests();
  useOpmlDrop();
  usePaneKeys();
  useRestoredSelection();
  useNarrowPaneFocus(layout, narrowPane);
  const widths = { '--sources-width': `${sourcesWidth}px`, '--list-width': `${listWidth}px` } as CSSProperties;
  return (
    <CountsProvider>
      <div className="app" data-layout={layout} data-narrow-pane={narrowPane} style={widths}>
        <SourcesPane layout={layout} />
        <div className="list-column" id={listPaneId}>
          <SearchField />
          <ArticleList />
        </div>
        <PaneSplitter pane="listWidth" className="list-splitter" label={t('layout.resizeList')} controls={listPaneId} />
        <div className="reader-column">
          {layout === 'narrow' && <BackToList />}
          {settingsOpen ? <SettingsPanel /> : <ReadingPane />}
        </div>
        <StorageFullBanner />
        <DatabaseClosedBanner />
        <CheatSheet />
        <OpmlDialog />
        <HealthView />
      </div>
    </CountsProvider>
  );
}
