"""A learned stance scorer beside the rules (issue 19).

- :mod:`.candidates`: high-recall candidates (every pair of coded mentions around a cue);
- :mod:`.features`: transferable features of a candidate;
- :mod:`.model`: the shipped linear model (``graph/data/scorer/model.json``) and how its
  decisions join the rules' (modes ``off``, ``combine``, ``only``);
- :mod:`.training`: gold to labelled candidates, cross-validation, fitting (``make train``).
"""
