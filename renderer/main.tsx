import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db } from './db/instance';
import { bridge } from './ipc/bridge';
import { startPollerSync } from './sync/pollerSync';
import './styles.css';

startPollerSync(db, bridge);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
