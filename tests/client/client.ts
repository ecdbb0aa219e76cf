// A dashboard's first lines against TradeApi, typed by openapi-typescript from openapi.yaml and compiled with tsc --strict:
// no `!`, no casts. It fetches the BLR-KAZ series and targets from a running service and checks what they say.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api.js";

type Flow = components["schemas"]["PairSeries"]["flow"];
type Status = components["schemas"]["Evaluation"]["status"];

const baseUrl = process.env.TRADEAPI_URL ?? "http://127.0.0.1:5000";
// JSON and problem+json only: the same operations also answer text/csv, which a dashboard does not ask for.
const client = createClient<paths, `application/${string}json`>({ baseUrl });

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`contract check failed: ${what}`);
}

// Compile-time checks only (never called): a misspelt enum value is a type error, as it is a 400 at run time.
export function misspelt(): void {
  void client.GET("/api/v1/pairs/{pair}/series", {
    // @ts-expect-error "export" is not a flow
    params: { path: { pair: "BLR-KAZ" }, query: { flow: "export" } },
  });
  // @ts-expect-error "late" is not a status
  const status: Status = "late";
  void status;
  // A refused import's errors are lines, as sent; a bad parameter's are a map.
  const lines: components["schemas"]["ProblemDetails"]["errors"] = [{ line: 3, problem: "refYear '20x9' is not a year" }];
  const parameters: components["schemas"]["ProblemDetails"]["errors"] = { limit: ["must be between 1 and 1000"] };
  void lines;
  void parameters;
  // A fact's id is a number in its path as in every body, and its history's snapshots are typed.
  void client.GET("/api/v1/volumes/{id}/history", { params: { path: { id: 1 } } }).then((h) => {
    const value: number | null | undefined = h.data?.items[0]?.before.value;
    const review: components["schemas"]["VolumeSnapshot"]["review"] | undefined = h.data?.items[0]?.after.review;
    void value;
    void review;
  });
  // @ts-expect-error an id is not a string
  void client.GET("/api/v1/targets/{id}", { params: { path: { id: "1" } } });
}

const withOfficial = process.env.TRADEAPI_OFFICIAL === "1";

const series = await client.GET("/api/v1/pairs/{pair}/series", {
  params: { path: { pair: "BLR-KAZ" }, query: { flow: "total", source: withOfficial ? "official" : "stated", reporter: "BLR" } },
});
if (!series.data) throw new Error(`series: ${series.response.status} ${JSON.stringify(series.error)}`);
const flow: Flow = series.data.flow;
check(flow === "total" && series.data.pair === "BLR-KAZ" && series.data.currency === "USD", "series metadata");
const point2012 = series.data.points.find((p) => p.year === 2012);
check(point2012 !== undefined, "series has 2012");
if (point2012) {
  const expected = withOfficial ? 925_922_000 : 1_000_000_000;
  check(point2012.value === expected, `2012 is ${expected}, got ${point2012.value}`);
}
const years: number[] = series.data.points.map((p) => p.year);
check(years.every((y, i) => i === 0 || y > (years[i - 1] ?? 0)), "one point per year, in order");

const targets = await client.GET("/api/v1/pairs/{pair}/targets", { params: { path: { pair: "BLR-KAZ" } } });
if (!targets.data) throw new Error(`targets: ${targets.response.status}`);
const doubling = targets.data.items.find((t) => t.target.kind === "relative" && t.target.multiplier === 2);
check(doubling !== undefined, "the doubling target is served");
if (doubling) {
  const status: Status = doubling.evaluation.status;
  const quote: string = doubling.target.provenance.quote;
  check(quote.includes("double"), "its quote is the sentence it came from");
  if (withOfficial) check(status === "missed", `doubling target is missed against official figures, got ${status}`);
  console.log(`BLR-KAZ: 2012 ${point2012?.value} USD (${series.data.source}); doubling target ${status}: "${quote}"`);
}

// A claim checked without storing it: the founding sentence against the official record.
type Verdict = components["schemas"]["VolumeCheck"]["verdict"];
const checked = await client.POST("/api/v1/check", {
  body: { title: "Belarus and Kazakhstan", text: "Belarus and Kazakhstan\nIn 2012 Belarus-Kazakhstan trade was close to $1 billion.", publishedOn: null, source: null },
});
if (!checked.data) throw new Error(`check: ${checked.response.status} ${JSON.stringify(checked.error)}`);
const claim = checked.data.volumes[0];
check(claim !== undefined && claim.fact.year === 2012, "the check finds the 2012 figure");
if (claim) {
  const verdict: Verdict = claim.verdict;
  check(withOfficial ? verdict === "consistent" && claim.own?.usd === 925_922_000 : verdict === "no_data", `2012 claim is ${verdict}`);
  console.log(`claim check: "${claim.fact.evidence.quote}" ${verdict} (${claim.explanation})`);
}

const bad = await client.GET("/api/v1/pairs/{pair}", { params: { path: { pair: "BLR-XYZ" } } });
check(bad.response.status === 404 && bad.error?.type === "/problems/unknown-country", "an unknown country is its own problem type");
console.log("typed client: ok");
