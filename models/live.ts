/** Live queries for components (components never import storage/): re-read when the data read changes. */
export { liveQuery } from '../storage/live';
