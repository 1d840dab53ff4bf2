#!/usr/bin/env bash
# Issue 10 benchmark: five jobs of one material (benchmarks/stock-jobs, S235 3 mm) run one after the other
#   without the inventory: each job on its own 2000 x 1000 sheets (the remnant it leaves goes nowhere), and
#   with the inventory:    nest run --stock, then nest stock commit, so each job finds the remnants of the earlier ones.
# Prints new sheets, kg of new sheet and the remnant reuse rate for both; then the time nest run --stock spends
# choosing plates from an inventory of 1,000 remnants. Usage: benchmarks/stock-sequence.sh [SECONDS_PER_JOB]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
dotnet build src/Nesting.Cli -c Release -v q -nologo >/dev/null
nest=src/Nesting.Cli/bin/Release/net10.0/nest
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/shop.db"
"$nest" stock add --db "$db" --material carbon_steel --grade S235 --thickness 3 --size 2000x1000 --qty 50 >/dev/null
for i in 1 2 3 4 5; do
  job=benchmarks/stock-jobs/job-$i.json
  "$nest" run "$job" --out "$work/without/$i" --time "$seconds" --threads 1 --db "$work/without.db" --json >"$work/without-$i.json"
  "$nest" run "$job" --stock --out "$work/with/$i" --time "$seconds" --threads 1 --db "$db" --json >"$work/with-$i.json"
  "$nest" stock commit "$work/with/$i/result.json" --db "$db" >/dev/null
done

# 1,000 remnants of the jobs' material (rectangles and L shapes 200..1500 mm) in a second inventory.
python3 - "$work/remnants.csv" <<'PY'
import json, random, sys
random.seed(7)
with open(sys.argv[1], "w") as f:
    f.write("kind,family,grade,thickness_mm,outline\n")
    for i in range(1000):
        w, h = random.randint(200, 1500), random.randint(200, 1500)
        ring = [[0, 0], [w, 0], [w, h / 2], [w / 2, h / 2], [w / 2, h], [0, h]] if i % 3 == 0 else [[0, 0], [w, 0], [w, h], [0, h]]
        f.write('remnant,carbon_steel,S235,3,"%s"\n' % json.dumps({"outer": ring, "holes": []}).replace('"', '""'))
PY
big="$work/big.db"
"$nest" stock add --db "$big" --material carbon_steel --grade S235 --thickness 3 --size 2000x1000 --qty 50 >/dev/null
"$nest" stock import "$work/remnants.csv" --db "$big" >/dev/null
"$nest" run benchmarks/stock-jobs/job-1.json --stock --out "$work/big" --time 1 --threads 1 --db "$big" --json >"$work/big.json"

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
sheet_kg = 2.0 * 1.0 * 0.003 * 7850
def report(path):
    return json.load(open(path))
rows, totals = [], {"without": 0, "with": 0}
created = reused = 0.0
for i in range(1, 6):
    without = json.load(open(f"{work}/without-{i}.json"))
    with_ = json.load(open(f"{work}/with-{i}.json"))
    n_without = sum(p["repeat"] for p in without["plates"])
    n_with = sum(p["repeat"] for p in with_["plates"] if p["stock"].startswith("S"))
    used = [p["stock"] for p in with_["plates"] if p["stock"].startswith("R-")]
    job = report(f"{work}/with/{i}/report.json")
    created += job["remnant_created_area_m2"]
    reused += job["remnant_used_area_m2"]
    totals["without"] += n_without
    totals["with"] += n_with
    rows.append(f"| {i} | {n_without} | {n_with} | {', '.join(used) or '-'} | {job['remnant_created_area_m2']:.3f} |")
print("| job | new sheets without inventory | new sheets with inventory | remnants used | remnant created m² |")
print("|---|---|---|---|---|")
print("\n".join(rows))
saved = totals["without"] - totals["with"]
print(f"\nnew sheets: {totals['without']} without, {totals['with']} with the inventory: {saved} saved, {saved * sheet_kg:.1f} kg of new sheet")
print(f"remnant reuse rate (area reused / created over the sequence): {100 * reused / created:.1f} % ({reused:.3f} of {created:.3f} m²)")
big = json.load(open(f"{work}/big.json"))["stock"]
print(f"nest run --stock with 1,000 remnants in the inventory: {big['selection_ms']} ms to read the inventory and choose {len(big['remnants_offered'])} remnant(s)")
PY
