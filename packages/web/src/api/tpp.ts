/** TPP API (core/api/tpp.ts and tpp-finance.ts): my TPP, the team, runs, recalculations, what-if, rule sets, finance's downloads. */
import type {
  TppCreateRunBody,
  TppEmployeeMonthAnswer,
  TppMyAnswer,
  TppProvinceMonthAnswer,
  TppRecalculateBody,
  TppRecalculationDetail,
  TppRunActionBody,
  TppRunDetail,
  TppRunEmployeesAnswer,
  TppRunEmployeesQuery,
  TppRunsAnswer,
  TppRuleSetCheckAnswer,
  TppRuleSetDiffAnswer,
  TppRuleSetDocumentAnswer,
  TppRuleSetsAnswer,
  TppRuleSetVersion,
  TppTeamAnswer,
  TppWhatIfAnswer,
  TppWhatIfBody,
  TppNominatifFormat,
  TppPayrollBody,
  TppPayrollListAnswer,
  TppPayrollRow,
  TppSignersAnswer,
  TppSignersBody,
  TppPositionGroupsAnswer,
  TppPositionGroupsBody,
} from '@kinerja/core/api';
import { API_BASE, request } from './client';

export type {
  TppEmployeeMonth,
  TppEmployeeMonthAnswer,
  TppLineAnswer,
  TppMyAnswer,
  TppNotFinalItem,
  TppPayrollBody,
  TppPayrollRow,
  TppPositionGroupsAnswer,
  TppProvinceMonthAnswer,
  TppRecalculationDetail,
  TppResultAnswer,
  TppRunDetail,
  TppRunEmployeeRow,
  TppRunSummary,
  TppRuleSetCheckAnswer,
  TppRuleSetDiffAnswer,
  TppRuleSetDocumentAnswer,
  TppRuleSetVersion,
  TppTeamAnswer,
  TppWhatIfAnswer,
} from '@kinerja/core/api';

const enc = encodeURIComponent;
const runPath = (agencyId: string, runId: string, tail = '') => `/agencies/${enc(agencyId)}/tpp/runs/${enc(runId)}${tail}`;
// Computing a month for a whole agency may take a while before the answer starts.
const BULK = { kind: 'bulk' as const };

export const tppApi = {
  payroll(agencyId: string, signal?: AbortSignal): Promise<TppPayrollListAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/tpp/payroll`, { signal });
  },
  setPayroll(agencyId: string, employeeId: string, body: TppPayrollBody): Promise<TppPayrollRow> {
    return request('PUT', `/agencies/${enc(agencyId)}/tpp/payroll/${enc(employeeId)}`, { json: body });
  },
  signers(agencyId: string, signal?: AbortSignal): Promise<TppSignersAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/tpp/signers`, { signal });
  },
  setSigners(agencyId: string, body: TppSignersBody): Promise<TppSignersAnswer> {
    return request('PUT', `/agencies/${enc(agencyId)}/tpp/signers`, { json: body });
  },
  positionGroups(agencyId: string, signal?: AbortSignal): Promise<TppPositionGroupsAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/tpp/position-groups`, { signal });
  },
  setPositionGroups(agencyId: string, body: TppPositionGroupsBody): Promise<TppPositionGroupsAnswer> {
    return request('PUT', `/agencies/${enc(agencyId)}/tpp/position-groups`, { json: body });
  },
  my(month: string | undefined, signal?: AbortSignal): Promise<TppMyAnswer> {
    return request('GET', '/tpp/me', { query: { month }, signal });
  },
  employeeMonth(agencyId: string, employeeId: string, month: string, signal?: AbortSignal): Promise<TppEmployeeMonthAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/tpp/employees/${enc(employeeId)}/months/${enc(month)}`, { signal });
  },
  team(agencyId: string, month: string | undefined, signal?: AbortSignal): Promise<TppTeamAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/tpp/team`, { query: { month }, signal });
  },
  runs(agencyId: string, month: string, signal?: AbortSignal): Promise<TppRunsAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/tpp/runs`, { query: { month }, signal });
  },
  createRun(agencyId: string, body: TppCreateRunBody): Promise<TppRunDetail> {
    return request('POST', `/agencies/${enc(agencyId)}/tpp/runs`, { json: body, ...BULK });
  },
  run(agencyId: string, runId: string, signal?: AbortSignal): Promise<TppRunDetail> {
    return request('GET', runPath(agencyId, runId), { signal });
  },
  runEmployees(agencyId: string, runId: string, q: TppRunEmployeesQuery, signal?: AbortSignal): Promise<TppRunEmployeesAnswer> {
    return request('GET', runPath(agencyId, runId, '/employees'), { query: { ...q }, signal });
  },
  recompute(agencyId: string, runId: string): Promise<TppRunDetail> {
    return request('POST', runPath(agencyId, runId, '/recompute'), { json: {}, ...BULK });
  },
  action(agencyId: string, runId: string, action: 'check' | 'reopen' | 'lock', body: TppRunActionBody): Promise<TppRunDetail> {
    return request('POST', runPath(agencyId, runId, `/${action}`), { json: body });
  },
  recalculate(agencyId: string, runId: string, body: TppRecalculateBody): Promise<TppRecalculationDetail> {
    return request('POST', runPath(agencyId, runId, '/recalculations'), { json: body, ...BULK });
  },
  recalculation(agencyId: string, runId: string, recalculationId: string, signal?: AbortSignal): Promise<TppRecalculationDetail> {
    return request('GET', runPath(agencyId, runId, `/recalculations/${enc(recalculationId)}`), { signal });
  },
  provinceMonth(month: string, signal?: AbortSignal): Promise<TppProvinceMonthAnswer> {
    return request('GET', `/tpp/months/${enc(month)}`, { signal });
  },
  createProvinceRuns(month: string): Promise<TppProvinceMonthAnswer> {
    return request('POST', `/tpp/months/${enc(month)}/runs`, { json: {}, ...BULK });
  },
  whatIf(body: TppWhatIfBody): Promise<TppWhatIfAnswer> {
    return request('POST', '/tpp/what-if', { json: body, ...BULK });
  },
  ruleSets(signal?: AbortSignal): Promise<TppRuleSetsAnswer> {
    return request('GET', '/tpp/rule-sets', { signal });
  },
  ruleSet(ruleSetId: string, version: number, signal?: AbortSignal): Promise<TppRuleSetDocumentAnswer> {
    return request('GET', `/tpp/rule-sets/${enc(ruleSetId)}/versions/${version}`, { signal });
  },
  ruleSetDiff(ruleSetId: string, version: number, against: number, signal?: AbortSignal): Promise<TppRuleSetDiffAnswer> {
    return request('GET', `/tpp/rule-sets/${enc(ruleSetId)}/versions/${version}/diff`, { query: { against }, signal });
  },
  checkRuleSet(document: unknown): Promise<TppRuleSetCheckAnswer> {
    return request('POST', '/tpp/rule-sets/check', { json: { document } });
  },
  importRuleSet(document: unknown, note: string): Promise<TppRuleSetVersion> {
    return request('POST', '/tpp/rule-sets', { json: { document, ...(note ? { note } : {}) } });
  },
};

/** Finance's downloads (plain links: the browser saves or shows the file). */
export const nominatifUrl = (agencyId: string, runId: string, format: TppNominatifFormat) => `${API_BASE}${runPath(agencyId, runId, `/nominatif.${format}`)}`;
export const provinceNominatifUrl = (month: string, format: TppNominatifFormat) => `${API_BASE}/tpp/months/${enc(month)}/nominatif.${format}`;
