import { OrgChart, type OrgSnapshot } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { agencyOrgVersion } from './queries.js';
import { loadOrgSnapshot } from './snapshot.js';

/**
 * Supervisor resolution needs the whole agency's chart. Loading it is a few milliseconds even for
 * a 10,000-person agency, but not per request: charts are cached per (agency, org_version, date)
 * and every change to an agency's organisation bumps its org_version, so a stale chart is never used.
 */
export class OrgChartCache {
  private readonly charts = new Map<string, OrgChart>();
  private readonly loading = new Map<string, Promise<OrgChart>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly capacity = 64,
  ) {}

  async get(agencyId: string, date: string, knownVersion?: number): Promise<OrgChart> {
    const version = knownVersion ?? (await this.versionOf(agencyId));
    const key = `${agencyId}|${version}|${date}`;
    const hit = this.charts.get(key);
    if (hit) {
      // Refresh recency: Map keeps insertion order, so re-inserting makes it the newest.
      this.charts.delete(key);
      this.charts.set(key, hit);
      return hit;
    }
    let pending = this.loading.get(key);
    if (!pending) {
      pending = loadOrgSnapshot(this.db, agencyId).then((snapshot: OrgSnapshot) => new OrgChart(snapshot, date));
      this.loading.set(key, pending);
    }
    try {
      const chart = await pending;
      this.charts.set(key, chart);
      while (this.charts.size > this.capacity) this.charts.delete(this.charts.keys().next().value!);
      return chart;
    } finally {
      this.loading.delete(key);
    }
  }

  private async versionOf(agencyId: string): Promise<number> {
    const row = await agencyOrgVersion(this.db, agencyId);
    return row?.org_version ?? 0;
  }
}
