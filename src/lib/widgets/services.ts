// Everything the engine can run, by name: its own services and those a widget adds (its compute.ts), listed
// here one by one. The worker and the main-thread fallback both load this list, and `Services` types every
// call a widget makes.
import { CORE_SERVICES } from '../engine/services';
import type { ServiceFactory, ServicesOf } from '../engine/core';
import { service as dogCircuit } from './dog-circuit/compute';

export const SERVICES = { ...CORE_SERVICES, 'dog-circuit': dogCircuit } satisfies Record<string, ServiceFactory>;

export type Services = ServicesOf<typeof SERVICES>;
