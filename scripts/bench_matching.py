"""Solves a `stagelijn match` instance with Google OR-Tools' min-cost flow and (for small instances) SciPy's
linear_sum_assignment, with exactly the eligibility rules of Stagelijn, and prints the optimum and solver time.
Usage: bench_matching.py INSTANCE.json [--scipy]"""
import json, math, sys, time
import numpy as np

def eligible_lists(doc):
    ref = doc["referenceDate"]
    ry, rm, rd = map(int, ref.split("-"))
    pos_index = {p["id"]: i for i, p in enumerate(doc["positions"])}
    positions = doc["positions"]
    lists = []
    for s in doc["students"]:
        by, bm, bd = map(int, s["birthDate"].split("-"))
        age = ry - by - (1 if (rm, rd) < (bm, bd) else 0)
        certs = set(s.get("certificates") or [])
        excluded = set(s.get("excludedCompanies") or [])
        lat1, lon1 = math.radians(s["location"]["lat"]), math.radians(s["location"]["lon"])
        out = []
        for rank, pid in enumerate(s["preferences"], start=1):
            p = positions[pos_index[pid]]
            if age < (p.get("minimumAge") or 0): continue
            if not set(p.get("requiredCertificates") or []) <= certs: continue
            if p["companyId"] in excluded: continue
            lat2, lon2 = math.radians(p["location"]["lat"]), math.radians(p["location"]["lon"])
            a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
            if 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a))) > s["maxDistanceKm"]: continue
            out.append((pos_index[pid], rank))
        lists.append(out)
    return lists

def ortools(doc, lists):
    from ortools.graph.python import min_cost_flow
    n, m = len(doc["students"]), len(doc["positions"])
    source, sink = 0, n + m + 1
    tails, heads, caps, costs = [], [], [], []
    for s in range(n):
        tails.append(source); heads.append(1 + s); caps.append(1); costs.append(0)
    for s, lst in enumerate(lists):
        for p, rank in lst:
            tails.append(1 + s); heads.append(1 + n + p); caps.append(1); costs.append(rank)
    for p, pos in enumerate(doc["positions"]):
        tails.append(1 + n + p); heads.append(sink); caps.append(max(0, pos["capacity"])); costs.append(0)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(np.array(tails), np.array(heads), np.array(caps), np.array(costs))
    # Offer every student at the source and ask for as many at the sink; max-flow-with-min-cost takes what fits.
    flow.set_node_supply(source, n)
    flow.set_node_supply(sink, -n)
    start = time.perf_counter()
    status = flow.solve_max_flow_with_min_cost()
    seconds = time.perf_counter() - start
    assert status == flow.OPTIMAL, status
    return flow.maximum_flow(), flow.optimal_cost(), seconds

def scipy_assignment(doc, lists):
    from scipy.optimize import linear_sum_assignment
    n = len(doc["students"])
    slots, first = [], []
    for p, pos in enumerate(doc["positions"]):
        first.append(len(slots)); slots.extend([p] * max(0, pos["capacity"]))
    bonus, forbidden = 100 * n + 1000, 1e12
    cost = np.full((n, len(slots) + n), forbidden)
    for s in range(n):
        cost[s, len(slots) + s] = 0.0                     # "unmatched"
        for p, rank in lists[s]:
            for k in range(max(0, doc["positions"][p]["capacity"])):
                cost[s, first[p] + k] = rank - bonus
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(cost)
    seconds = time.perf_counter() - start
    matched = int(sum(1 for c in cols if c < len(slots)))
    rank_sum = int(sum(cost[r, c] + bonus for r, c in zip(rows, cols) if c < len(slots)))
    return matched, rank_sum, seconds

if __name__ == "__main__":
    doc = json.load(open(sys.argv[1]))
    lists = eligible_lists(doc)
    matched, total, seconds = ortools(doc, lists)
    print(json.dumps({"solver": "ortools-min-cost-flow", "matched": matched, "rankSum": total, "seconds": seconds}))
    if "--scipy" in sys.argv:
        matched, total, seconds = scipy_assignment(doc, lists)
        print(json.dumps({"solver": "scipy-linear_sum_assignment", "matched": matched, "rankSum": total, "seconds": seconds}))
