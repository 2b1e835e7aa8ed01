/** Keys of the background's session storage, shared by the background and the side panel (no zod here). */
export const SESSION_DETECTION_KEY = (tab: number) => `detection:${tab}`;
