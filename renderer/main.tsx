import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { RegisterRoot } from './db/NetworkContext';
import './styles.css';

// Ask the browser engine never to evict the register under storage pressure.
void navigator.storage?.persist?.();

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');
createRoot(root).render(
  <StrictMode>
    {/* This PC's own register, or the shared one chosen at set-up (docs/reseau.md). */}
    <RegisterRoot>
      <App />
    </RegisterRoot>
  </StrictMode>,
);
