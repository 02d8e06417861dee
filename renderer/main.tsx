import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openRegisterStore } from './db/dexie-store';
import { StoreProvider } from './db/DatabaseContext';
import './styles.css';

const store = openRegisterStore();
// Ask the browser engine never to evict the register under storage pressure.
void navigator.storage?.persist?.();

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
