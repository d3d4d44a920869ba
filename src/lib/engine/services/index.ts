// The engine's own services, beside those a widget adds (its compute.ts, listed in widgets/services.ts).
import type { ServiceFactory } from '../core';
import { handset } from './handset';
import { toy } from './toy';
import { trained } from './trained';
import { units } from './units';
import { vis } from './vis';

export const CORE_SERVICES = { handset, trained, vis, toy, units } satisfies Record<string, ServiceFactory>;
