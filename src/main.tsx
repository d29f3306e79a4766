import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App';
import { ErrorBoundary } from './ui/app/ErrorBoundary';
import './ui/app/theme.css';
import './ui/app/header.css';
import './ui/app/layout.css';
import './ui/panels/panels.css';
import './ui/panels/request.css';
import './ui/panels/decision.css';
import './ui/panels/fixes/fixes.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary area="the playground">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
