import { z } from 'zod';
import type { ColumnTable } from 'arquero';
import type { TopLevelSpec } from 'vega-lite';

/** What the report says about the run itself: the input, the time zone and why, the site, what changed. */
export const ReportMeta = z.object({
  /** The input folder as the user gave it. */
  input_label: z.string(),
  /** The IANA time zone used for local times. */
  zone: z.string(),
  /** Why that zone, one line. */
  zone_evidence: z.string(),
  /** Base URL of the blog; post titles link to `${site}/${post_id}/` when set. */
  site: z.string().nullable(),
  /** One line about what is new since the last run, or null. */
  changes_summary: z.string().nullable(),
});
export type ReportMeta = z.infer<typeof ReportMeta>;

/** The UMD builds of vega, vega-lite and vega-embed, inlined into the page as scripts. */
export const ReportAssets = z.object({
  vega: z.string(),
  vegaLite: z.string(),
  vegaEmbed: z.string(),
});
export type ReportAssets = z.infer<typeof ReportAssets>;

/** Everything `buildReport` reads: the named tables (any may be missing or empty), the meta and the assets. */
export type ReportInput = {
  tables: Readonly<Record<string, ColumnTable | undefined>>;
  meta: ReportMeta;
  assets: ReportAssets;
};

/** What `buildReport` returns: the page and every chart's spec by chart id. */
export type ReportOutput = {
  html: string;
  specs: Record<string, TopLevelSpec>;
};
