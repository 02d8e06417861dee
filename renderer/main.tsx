import { StrictMode } from 'react';
import './styles.css';

// Ask the browser engine never to evict the register under storage pressure.
void navigator.storage?.persist?.();

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');

// The browser runs a script's whole module graph in one task, which holds the window: React's
// renderer and the application are imported apart, each graph run in a task of its own.
const [{ createRoot }, { App }, { RegisterRoot }] = await Promise.all([import('react-dom/client'), import('./App'), import('./db/NetworkContext')]);

createRoot(root).render(
  <StrictMode>
    {/* This PC's own register, or the shared one chosen at set-up (docs/reseau.md). */}
    <RegisterRoot>
      <App />
    </RegisterRoot>
  </StrictMode>,
);
