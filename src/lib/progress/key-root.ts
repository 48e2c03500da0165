/**
 * Every localStorage key the checklist progress feature owns starts with this, so "forget all"
 * can find them. In a file of its own so the start page can look for progress without loading
 * the store.
 */
export const KEY_ROOT = 'backup-rescue:progress:';
