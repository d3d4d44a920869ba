// The engine's own services, beside those each widget adds (its compute.ts).
import type { ServiceFactory } from '../core';
import { handset } from './handset';
import { toy } from './toy';
import { trained } from './trained';
import { vis } from './vis';

export const CORE_SERVICES: Record<string, ServiceFactory> = { handset, trained, vis, toy };
