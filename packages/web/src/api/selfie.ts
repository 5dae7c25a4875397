/** Selfie check-in API (routes in @kinerja/core/api's selfie.ts). */
import type { AnomaliesAnswer, CheckinAnswer, CheckinBody, DisputesAnswer, EnrolmentBody, EnrolmentsAnswer, GeofenceBody, GeofenceItem, GeofencesAnswer, ResolutionAnswer, SelfieSetupAnswer } from '@kinerja/core/api';
import { API_BASE, request } from './client';

export type { AnomaliesAnswer, AnomalyItem, CheckinAnswer, CheckinBody, DisputeItem, EnrolmentItem, GeofenceItem, SelfieSetupAnswer } from '@kinerja/core/api';

export const fetchSelfieSetup = () => request<SelfieSetupAnswer>('GET', '/attendance/selfie/me');
export const submitEnrolment = (body: EnrolmentBody) => request<{ id: string; state: 'pending' }>('POST', '/attendance/selfie/enrolment', { json: body });
export const sendCheckin = (body: CheckinBody) => request<CheckinAnswer>('POST', '/attendance/selfie/checkins', { json: body });
export const fetchGeofences = (agencyId: string) => request<GeofencesAnswer>('GET', `/agencies/${agencyId}/attendance/geofences`);
export const saveGeofence = (agencyId: string, id: string, body: GeofenceBody) => request<GeofenceItem>('PUT', `/agencies/${agencyId}/attendance/geofences/${id}`, { json: body });
export const removeGeofence = (agencyId: string, id: string) => request<null>('DELETE', `/agencies/${agencyId}/attendance/geofences/${id}`);
export const fetchEnrolments = (agencyId: string) => request<EnrolmentsAnswer>('GET', `/agencies/${agencyId}/attendance/selfie/enrolments`);
export const decideEnrolment = (agencyId: string, id: string, approve: boolean, note?: string) =>
  request<{ id: string; state: string }>('POST', `/agencies/${agencyId}/attendance/selfie/enrolments/${id}/decision`, { json: { approve, ...(note ? { note } : {}) } });
export const fetchAnomalies = (agencyId: string, from: string, to: string) => request<AnomaliesAnswer>('GET', `/agencies/${agencyId}/attendance/selfie/anomalies`, { query: { from, to } });
export const enrolmentPhotoUrl = (agencyId: string, id: string) => `${API_BASE}/agencies/${agencyId}/attendance/selfie/enrolments/${id}/photo`;
export const checkinPhotoUrl = (agencyId: string, id: string) => `${API_BASE}/agencies/${agencyId}/attendance/selfie/checkins/${id}/photo`;
export const fetchDisputes = (agencyId: string, state: 'open' | 'resolved') => request<DisputesAnswer>('GET', `/agencies/${agencyId}/attendance/selfie/disputes`, { query: { state } });
export const resolveDispute = (agencyId: string, id: string, verdict: 'accept' | 'reject', note: string) =>
  request<ResolutionAnswer>('POST', `/agencies/${agencyId}/attendance/selfie/checkins/${id}/resolution`, { json: { verdict, note } });
