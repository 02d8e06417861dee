import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openRegisterDatabase } from './db/database';
import { DatabaseProvider } from './db/DatabaseContext';
import './styles.css';

const db = openRegisterDatabase();
// Ask the browser engine never to evict the register under storage pressure.
void navigator.storage?.persist?.();

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');
createRoot(root).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App />
    </DatabaseProvider>
  </StrictMode>,
);
