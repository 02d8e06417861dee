// IndexedDB for unit tests (fake-indexeddb); volume tests run in Chromium instead.
import 'fake-indexeddb/auto';
