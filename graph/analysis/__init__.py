"""Stance-network analysis with NetworkX: who backs whom, mediators, blocs, balance, change.

One topic per module:

- :mod:`.networks`: event ``MultiDiGraph`` and signed, weighted ``DiGraph`` / ``Graph`` from
  events (weights: Goldstein weight / 10 x confidence), roll-up levels and filters;
- :mod:`.centrality`: support and opposition given and received, PageRank and betweenness per
  sign layer;
- :mod:`.mediators`: third parties bridging pairs in conflict;
- :mod:`.blocs`: signed spectral blocs and their frustration;
- :mod:`.balance`: signed triangle census, balance ratio, unbalanced triads;
- :mod:`.temporal`: per-pair stance series and sign flips;
- :mod:`.frames`: pandas DataFrames for notebooks;
- :mod:`.report` and :mod:`.plots`: ``report.md``, ``report.json`` and PNG plots;
- :mod:`.gephi`: GEXF and GraphML export.

See ``docs/analysis.md`` for what each measure means and the references.
"""
