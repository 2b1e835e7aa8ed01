/** Keys of the background's session storage, shared by the background and the side panel (no zod here). */
export const SESSION_DETECTION_PREFIX = 'detection:';
export const SESSION_DETECTION_KEY = (tab: number) => `${SESSION_DETECTION_PREFIX}${tab}`;
/** What "Add to Fiche" (context menu) asks the side panel to open pre-filled. */
export const SESSION_PENDING_PREFILL = 'pendingPrefill';
