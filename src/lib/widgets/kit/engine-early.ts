// Imported by a page whose figures run a network: the page's engine (its worker and the trained network)
// starts loading while the page hydrates, not when the first figure asks for it.
import { startEngineEarly } from './engine';

startEngineEarly();
