import type { InspectorApi } from '../../../shared/inspectorProtocol';
import { useInspectorClient } from './inspectorContext';

/** The proxy's request API (connect, disconnect, request, …). */
export function useInspectorApi(): InspectorApi {
  return useInspectorClient().api;
}
