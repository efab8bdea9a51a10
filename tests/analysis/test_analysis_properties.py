"""Measures checked against independent computations on random signed graphs (fixed seeds)."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from graph.analysis.balance import triangle_census
from graph.analysis.blocs import signed_blocs


def random_signed(seed: int, n: int = 12, p: float = 0.4) -> nx.Graph:
    rng = random.Random(seed)
    S = nx.Graph()
    S.add_nodes_from(f"n{i:02d}" for i in range(n))
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < p:
                S.add_edge(f"n{i:02d}", f"n{j:02d}", weight=rng.choice([-1, 1]) * rng.uniform(0.1, 2))
    return S


@pytest.mark.parametrize("seed", range(8))
def test_census_matches_trace_of_cubed_sign_matrix(seed):
    # trace(Sigma^3) / 6 = (balanced - unbalanced) triangles, and trace(|Sigma|^3) / 6 = all of them
    S = random_signed(seed)
    nodes = sorted(S)
    sigma = np.sign(nx.to_numpy_array(S, nodelist=nodes, weight="weight"))
    c = triangle_census(S)
    assert c["total"] == round(np.trace(np.linalg.matrix_power(np.abs(sigma), 3)) / 6)
    assert c["balanced"] - (c["total"] - c["balanced"]) == round(np.trace(np.linalg.matrix_power(sigma, 3)) / 6)


@pytest.mark.parametrize("seed", range(8))
def test_balanced_random_graph_splits_with_zero_frustration(seed):
    # Harary (1953): a balanced connected graph splits into two camps with no frustrated edge
    rng = random.Random(100 + seed)
    S = random_signed(seed, p=0.5)
    side = {n: rng.random() < 0.5 for n in S}
    for u, v, d in S.edges(data=True):
        d["weight"] = abs(d["weight"]) * (1 if side[u] == side[v] else -1)
    p = signed_blocs(S)
    assert p.frustration == 0
    camps = {frozenset(n for n in S if side[n]), frozenset(n for n in S if not side[n])} - {frozenset()}
    if nx.is_connected(S):
        assert {frozenset(b) for b in p.blocs} == camps


@pytest.mark.parametrize("seed", range(5))
def test_blocs_never_worse_than_one_bloc_or_singletons(seed):
    S = random_signed(seed)
    p = signed_blocs(S)
    pos = sum(w for *_, w in S.edges(data="weight") if w > 0)
    neg = sum(-w for *_, w in S.edges(data="weight") if w < 0)
    assert p.weighted_frustration <= min(pos, neg) + 1e-9  # all singletons cost pos; one bloc costs neg
    assert sorted(n for b in p.blocs for n in b) == sorted(S)
