/** Whether the screen is a phone's: details that can wait start folded there. Prerendered pages assume a wide screen. */
import { MediaQuery } from 'svelte/reactivity';

export const narrowScreen = new MediaQuery('max-width: 40rem', false);
