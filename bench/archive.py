#!/usr/bin/env python3
"""Issue 21's archive: realistic documents in any number, the team-written dev texts' phrasings moved across the gazetteer's pairs
and years. Each document is one dev text (../shared/corpus/dev) whose main pair (the first fact of its gold file) is replaced by
another pair of countries, every name, alias, demonym and capital of the old two by the new two's, and every year shifted by the same
number of years; it is dated (its own date line shifted, or a date in its years) and has a publisher address.

Pairs are drawn with a Zipf law over the pairs of the 150 countries that have a capital and a demonym in data/countries.tsv, so a few
pairs are busy (as a ministry's archive talks mostly of a few partners) and most are rare. The same index gives the same document.

    bench/archive.py N [OUT.jsonl]      writes N documents as JSON lines (stdout without OUT)
Used by bench/ingest.py.
"""
import glob, json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "dev")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DATE = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b")


def countries():
    rows = {}
    with open(os.path.join(ROOT, "data", "countries.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(head, line.rstrip("\n").split("\t")))
            rows[r["iso3"]] = r
    return rows


def names(r):
    """Every way a text names the country, longest first, each with its kind."""
    out = [(r["name"], "name")]
    out += [(a, "name") for a in r["aliases"].split("|") if a]
    out += [(d, "demonym") for d in r["demonyms"].split("|") if d]
    out += [(c, "capital") for c in r["capitals"].split("|") if c]
    return sorted(out, key=lambda x: -len(x[0]))


class Archive:
    def __init__(self, seed=21):
        self.countries = countries()
        self.texts = []
        for path in sorted(glob.glob(os.path.join(DEV, "*.txt"))):
            gold = json.load(open(path[:-4] + ".gold.json", encoding="utf-8"))
            facts = gold.get("volumes", []) + gold.get("targets", [])
            if not facts:
                continue
            pair = (facts[0]["reporter"], facts[0]["partner"])
            if not all(p in self.countries for p in pair):
                continue
            self.texts.append((open(path, encoding="utf-8").read(), pair))
        if not self.texts:
            sys.exit(f"no dev texts with gold in {DEV}")
        usable = sorted(k for k, r in self.countries.items() if r["capitals"] and r["demonyms"])[:150]
        rng = random.Random(seed)
        self.pairs = [(a, b) for i, a in enumerate(usable) for b in usable[i + 1:]]
        rng.shuffle(self.pairs)
        # Zipf weights (s = 1.1): the first pair is about twice as busy as the second, ten times the tenth.
        weights = [1 / (k + 1) ** 1.1 for k in range(len(self.pairs))]
        total = sum(weights)
        self.cumulative, acc = [], 0.0
        for w in weights:
            acc += w / total
            self.cumulative.append(acc)

    def _pair(self, u):
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative[mid] < u:
                lo = mid + 1
            else:
                hi = mid
        return self.pairs[lo]

    def _rename(self, text, old, new):
        """Every name of the old country by the same kind of name of the new one (its name where it has none of that kind)."""
        target = {"name": self.countries[new]["name"],
                  "demonym": (self.countries[new]["demonyms"].split("|") or [""])[0] or self.countries[new]["name"],
                  "capital": (self.countries[new]["capitals"].split("|") or [""])[0] or self.countries[new]["name"]}
        for name, kind in names(self.countries[old]):
            for a, b in ((name, target[kind]), (name.upper(), target[kind].upper())):
                text = re.sub(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", "\0" + b + "\0", text)
        return text

    def document(self, i):
        rng = random.Random(i * 7919 + 21)
        text, (a, b) = self.texts[i % len(self.texts)]
        x, y = self._pair(rng.random())
        if rng.random() < 0.5:
            x, y = y, x
        shift = rng.randint(-12, 8)
        text = self._rename(self._rename(text, a, x), b, y).replace("\0", "")
        years = [int(m) for m in YEAR.findall(text)]
        text = YEAR.sub(lambda m: str(int(m.group(0)) + shift), text)
        # Dated as its own date line says, else in the year after its latest year.
        dated = DATE.search(text)
        year = int(dated.group(3)) if dated else (max(years) + shift + 1) if years else 2000 + i % 20
        month = MONTHS.index(dated.group(1)) + 1 if dated else 1 + rng.randrange(12)
        day = min(int(dated.group(2)), 28) if dated else 1 + rng.randrange(28)
        title = text.partition("\n")[0]
        return {"title": title.strip()[:200] or f"Document {i}", "text": text + f"\n\nArchive reference {i}.\n",
                "publishedOn": f"{min(max(year, 1950), 2045)}-{month:02d}-{day:02d}",
                "source": f"https://archive.example.com/{x.lower()}-{y.lower()}/{i}"}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    out = open(sys.argv[2], "w", encoding="utf-8") if len(sys.argv) > 2 else sys.stdout
    archive = Archive()
    for i in range(n):
        out.write(json.dumps(archive.document(i)) + "\n")


if __name__ == "__main__":
    main()
