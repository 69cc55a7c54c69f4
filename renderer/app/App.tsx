import { CheatSheet } from '../commands/CheatSheet';
import { ArticleList } from '../features/articles/ArticleList';
import { ReadingPane } from '../features/reader/ReadingPane';
import { SearchField } from '../features/search/SearchField';
import { SettingsPanel } from '../features/settings/SettingsPanel';
import { SourcesPane } from '../features/sources/SourcesPane';
import { useUi } from '../state/store';
import { StorageFullBanner } from '../features/storage/StorageFullBanner';
import { CountsProvider } from './CountsContext';
import { Splitter } from './Splitter';
import { useAppCommands } from './useAppCommands';

/** The three panes: sources · article list · reading pane. */
export function App() {
  const sourcesWidth = useUi((state) => state.sourcesWidth);
  const listWidth = useUi((state) => state.listWidth);
  const resize = useUi((state) => state.resize);
  const settingsOpen = useUi((state) => state.settingsOpen);
  useAppCommands();
  // On a narrow window the sources and the list give up width before the reading pane goes below a readable measure.
  return (
    <CountsProvider>
      <div className="app" style={{ gridTemplateColumns: `minmax(120px, ${sourcesWidth}px) 5px minmax(200px, ${listWidth}px) 5px minmax(360px, 1fr)` }}>
        <SourcesPane />
        <Splitter label="Resize the sources pane" width={sourcesWidth} onResize={(width) => resize('sourcesWidth', width)} />
        <div className="list-column">
          <SearchField />
          <ArticleList />
        </div>
        <Splitter label="Resize the article list" width={listWidth} onResize={(width) => resize('listWidth', width)} />
        {settingsOpen ? <SettingsPanel /> : <ReadingPane />}
        <StorageFullBanner />
        <CheatSheet />
      </div>
    </CountsProvider>
  );
}
