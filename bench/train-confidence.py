#!/usr/bin/env python3
"""Fits the extractor's confidence model and measures it on publishers it was not fitted on.

Usage, from the repository root (../shared/corpus beside it for the studied sets):
  bench/train-confidence.py           print the held-out calibration table; change nothing
  bench/train-confidence.py --write   also write src/TradeApi.Extraction/ConfidenceModel.cs
  bench/train-confidence.py --reviews http://localhost:5000 [--write]
                                      also learn from the facts analysts reviewed on a running service: a confirmed fact is right,
                                      a corrected or rejected one was wrong as extracted; each stored text is extracted again with
                                      its source and date to read the features the model sees

What it learns from is facts judged on texts the rules were not written on: bench/judged/facts.jsonl (real pages read fact by fact
before any rule was changed for them, with the features the build of the day gave each fact; bench/judged/README.md) and, with
--reviews, reviewed facts. The studied sets (dev, real-dev) are not in the fit: the rules were developed on them, every fact there is
right, and a model fitted there said 0.99 for everything. A logistic regression with an L2 penalty (written out below: 23 binary
features and a few hundred facts need no library) turns the features into a probability. The table is leave-one-publisher-out: each
publisher's facts are scored by a model fitted without them. The features are used only if that held-out model beats the base rate
(the share of right facts, also computed without the held-out publisher) on the Brier score by MARGIN, and only from MIN_WRONG wrong
facts on;
otherwise the model is the base rate: the share of facts right on unseen texts (judged and reviewed facts, and the sealed set's
totals), the same for every fact, which says what a fact from a new text is worth and no more.
"""
import json, math, os, subprocess, sys, tempfile, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
sys.path.insert(0, CORPUS)
import score  # noqa: E402  the scorer's own matching rules

DLL = os.path.join(ROOT, "src", "TradeApi", "bin", "Release", "net10.0", "TradeApi.dll")
L2 = 1.0
# The floor below which facts are not emitted starts at 0.3 (issue 19). It drops facts only where the held-out facts say it should:
# at least MIN_WRONG of them below it, fewer than half of those right; else there is no floor (0). Then it is lowered, in steps of
# 0.05, until no fact of the studied sets is below it: those are right by construction (dev must stay at 1.000).
FLOOR_MAX = 0.3
# Fewer wrong facts than this and the features cannot be told apart from noise: the model is then the base rate alone.
MIN_WRONG = 10
# How much lower (relative) the held-out Brier score of the features must be than the base rate's for the model to use them.
MARGIN = 0.02
JUDGED = os.path.join(ROOT, "bench", "judged", "facts.jsonl")
# ../shared/corpus/sealed, totals only (bench/score.sh): 17 of 21 facts right on 13 texts nobody here reads (2026-12-04, build 72b2f22;
# 16 of 20 at 2bbbba7, 15 of 20 for builds 577949b to b3a2d92). Pooled with the judged and reviewed facts for the base rate.
SEALED_RIGHT, SEALED_FACTS = 17, 21


def publisher(address):
    host = urllib.parse.urlparse(address).hostname or address
    parts = host.split(".")
    return ".".join(parts[-3:]) if parts[-2] in ("gov", "govt", "gc", "co", "com") else ".".join(parts[-2:])


def facts_of(corpus_set):
    folder = os.path.join(CORPUS, corpus_set)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    sources = {}
    tsv = os.path.join(folder, "sources.tsv")
    if os.path.exists(tsv):
        for line in open(tsv, encoding="utf-8"):
            name, _, address = line.rstrip("\n").partition("\t")
            sources[name] = address.strip()
    args = ["dotnet", DLL, "extract", "--features"]
    by_source = {}
    for f in files:
        by_source.setdefault(sources.get(f), []).append(f)
    for src, names in by_source.items():
        if src:
            args += ["--source", src]
        args += [os.path.join(folder, n) for n in names]
    out = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    rows = []
    for doc in out:
        gold = json.load(open(os.path.join(folder, doc["file"][:-4] + ".gold.json"), encoding="utf-8"))
        group = publisher(sources[doc["file"]]) if doc["file"] in sources else "team-written"
        for kind, match in (("volumes", score.vol_match), ("targets", score.tgt_match)):
            for p in doc[kind]:
                right = any(match(g, p) for g in gold[kind])
                rows.append((group, [float(v) for v in p["features"].values()], 1 if right else 0, list(p["features"].keys())))
    return rows


def judged_facts(names):
    """Rows from bench/judged/facts.jsonl: each fact as the build of the day emitted it, judged right or wrong by reading its sentence."""
    rows, missed = [], 0
    for line in open(JUDGED, encoding="utf-8"):
        page = json.loads(line)
        missed += page["missed"]
        for fact in page["facts"]:
            if list(fact["features"].keys()) != names:
                sys.exit(f"{JUDGED}: the features of build {page['build']} are not the extractor's today ({', '.join(names)}); "
                         "judge again with the new features (bench/judged/README.md)")
            rows.append((publisher(page["url"]), [float(v) for v in fact["features"].values()], 1 if fact["right"] else 0, names))
    return rows, missed


def get_json(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/json"}), timeout=60) as r:
        return json.load(r)


def reviewed_facts(base):
    """Rows from the review trail of a running service: every stored document with at least one reviewed fact."""
    rows, cursor = [], None
    tmp = tempfile.mkdtemp()
    while True:
        page = get_json(f"{base}/api/v1/documents?limit=1000" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else ""))
        for summary in page["items"]:
            doc = get_json(f"{base}/api/v1/documents/{summary['id']}")
            reviewed = [(k, f) for k in ("volumes", "targets") for f in doc[k] if f["review"]["state"] != "unreviewed"]
            if not reviewed:
                continue
            path = os.path.join(tmp, doc["id"] + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc["text"])
            args = ["dotnet", DLL, "extract", "--features"]
            if doc.get("source"):
                args += ["--source", doc["source"]]
            if doc.get("publishedOn"):
                args += ["--published-on", doc["publishedOn"]]
            out = json.loads(subprocess.run(args + [path], capture_output=True, text=True, check=True).stdout)[0]
            group = publisher(doc["source"]) if doc.get("source") else "no source"
            for kind, fact in reviewed:
                # The extraction as it was: a corrected fact keeps it beside the correction.
                was = {**fact, **(fact["review"].get("original") or {})}
                span = fact["provenance"]["start"], fact["provenance"]["end"]
                same = [p for p in out[kind] if (p["evidence"]["start"], p["evidence"]["end"]) == span
                        and p["flow"] == was["flow"] and p.get("year") == was.get("year")
                        and score.close(p.get("value"), was.get("value"), 0.001)]
                if same:
                    right = 1 if fact["review"]["state"] == "confirmed" else 0
                    rows.append((group, [float(v) for v in same[0]["features"].values()], right, list(same[0]["features"].keys())))
        cursor = page.get("nextCursor")
        if not cursor:
            return rows


def fit(rows):
    """Gradient descent on the mean log loss with an L2 penalty. Facts with the same features are one term counted as often as they
    occur, and each term sums only its nonzero features: the same gradient as a sum over every fact, about ten times faster, so that
    leave-one-publisher-out (one fit per publisher) takes minutes, not an hour."""
    n = len(rows[0][1])
    terms = {}
    for _, x, y, _ in rows:
        t = terms.setdefault(tuple(x), [0, 0])
        t[0] += 1
        t[1] += y
    terms = [([(i, v) for i, v in enumerate(x) if v], count, right) for x, (count, right) in terms.items()]
    w, b = [0.0] * n, 0.0
    m = len(rows)
    for _ in range(3000):
        gw, gb = [0.0] * n, 0.0
        for nonzero, count, right in terms:
            p = 1 / (1 + math.exp(-(b + sum(w[i] * v for i, v in nonzero))))
            r = count * p - right
            for i, v in nonzero:
                gw[i] += r * v
            gb += r
        w = [wi - 0.5 * (g / m + L2 * wi / m) for wi, g in zip(w, gw)]
        b -= 0.5 * gb / m
    return w, b


def prob(model, x):
    w, b = model
    return 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))


def table(pairs, title, floor):
    print(f"== {title}: {len(pairs)} facts, {sum(y for _, y in pairs)} right")
    print("confidence   facts   right")
    for lo, hi in ((0, 0.3), (0.3, 0.5), (0.5, 0.8), (0.8, 1.01)):
        b = [y for p, y in pairs if lo <= p < hi]
        share = f"{100 * sum(b) / len(b):5.1f} %" if b else "    -"
        print(f"{lo:.1f}-{min(hi, 1):.1f}   {len(b):6}   {share}")
    kept = [(p, y) for p, y in pairs if p >= floor]
    print(f"kept at the floor {floor:.2f}: {len(kept)} facts, {sum(y for _, y in kept)} right; dropped {len(pairs) - len(kept)} "
          f"({sum(y for p, y in pairs if p < floor)} of them right)")
    print(f"Brier score {sum((p - y) ** 2 for p, y in pairs) / len(pairs):.3f}")


def base_rate(rows):
    return (sum(y for _, _, y, _ in rows) + SEALED_RIGHT) / (len(rows) + SEALED_FACTS)


def logit(p):
    return math.log(p / (1 - p))


def main():
    studied = facts_of("dev") + facts_of("real-dev")
    names = studied[0][3]
    print(f"studied (dev, real-dev; not in the fit): {len(studied)} facts, {sum(1 - y for _, _, y, _ in studied)} wrong")
    rows, missed = judged_facts(names)
    right = sum(y for _, _, y, _ in rows)
    print(f"judged (bench/judged): {len(rows)} facts, {len(rows) - right} wrong, {missed} missed: precision {right / len(rows):.3f}, "
          f"recall {right / (right + missed):.3f} for the build each page was judged with")
    if "--reviews" in sys.argv:
        from_reviews = reviewed_facts(sys.argv[sys.argv.index("--reviews") + 1].rstrip("/"))
        print(f"{len(from_reviews)} reviewed facts from the service, {sum(1 - y for _, _, y, _ in from_reviews)} of them wrong as extracted")
        rows += from_reviews
    wrong = sum(1 - y for _, _, y, _ in rows)
    groups = sorted({g for g, _, _, _ in rows})
    held, held_base = [], []
    for g in groups:
        rest = [r for r in rows if r[0] != g]
        model = fit(rest)
        held += [(prob(model, x), y) for gg, x, y, _ in rows if gg == g]
        held_base += [(base_rate(rest), y) for gg, _, y, _ in rows if gg == g]
    brier = lambda pairs: sum((p - y) ** 2 for p, y in pairs) / len(pairs)
    # A Brier score a hair below the base rate's is noise on a few hundred facts: the features must do clearly better.
    use_features = wrong >= MIN_WRONG and brier(held) < (1 - MARGIN) * brier(held_base)
    floor = FLOOR_MAX
    below = [y for p, y in held if p < FLOOR_MAX]
    if not use_features or len(below) < MIN_WRONG or 2 * sum(below) >= len(below):
        floor = 0.0
    if use_features:
        model = fit(rows)
        lowest = min(prob(model, x) for _, x, _, _ in studied)
        while floor > 0 and floor > lowest:
            floor = round(floor - 0.05, 2)
    table(held, f"features, leave-one-publisher-out ({len(groups)} publishers)", floor)
    table(held_base, "base rate, leave-one-publisher-out", floor)
    if use_features:
        print(f"the features beat the base rate on held-out publishers: the model uses them; {len(below)} held-out facts are below "
              f"{FLOOR_MAX} ({sum(below)} right) and the lowest studied fact gets {lowest:.2f}, so the floor is {floor:.2f}")
    else:
        model = [0.0] * len(names), logit(base_rate(rows))
        print(f"the features do not beat the base rate clearly on held-out publishers (Brier {brier(held):.3f} against {brier(held_base):.3f}, margin {MARGIN:.0%})"
              if wrong >= MIN_WRONG else f"only {wrong} wrong facts (fewer than {MIN_WRONG})",
              f"- the model is the base rate {base_rate(rows):.3f} for every fact")
    print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, model[0])), f"intercept {model[1]:+.2f}")
    if "--write" in sys.argv:
        path = os.path.join(ROOT, "src", "TradeApi.Extraction", "ConfidenceModel.cs")
        weights = ", ".join(f"{w:.4f}" for w in model[0])
        how = (f"// Confidence.FeatureNames, fitted on {len(rows)} facts judged on unseen texts (bench/judged) and reviewed facts.\n" if use_features else
               f"// Confidence.FeatureNames. On {len(rows)} facts judged on unseen texts (bench/judged) the features did not beat the base rate\n"
               f"// with each publisher held out, so every weight is 0 and the intercept is the share of facts right on unseen texts\n"
               f"// ({base_rate(rows):.3f}: the judged facts and ../shared/corpus/sealed's totals).\n")
        with open(path, "w", encoding="utf-8") as f:
            f.write("namespace TradeApi.Extraction;\n\n"
                    "// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of\n"
                    + how
                    + "internal static class ConfidenceModel\n{\n"
                    f"    public const double Intercept = {model[1]:.4f};\n"
                    f"    public const double Floor = {floor:.2f};\n"
                    f"    public static readonly double[] Weights = [{weights}];\n}}\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
