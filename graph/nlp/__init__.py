"""NLP stage: load the best installed spaCy pipeline per language and add dipgraph's components.

Example
-------
>>> nlp = load_pipeline("en")  # doctest: +SKIP
>>> [name for name in nlp.pipe_names if name.startswith("dipgraph")]  # doctest: +SKIP
['dipgraph_actor_ruler', 'dipgraph_actors', 'dipgraph_events']
"""

from .models import choose_model, load_pipeline, parse_model_overrides

__all__ = ["choose_model", "load_pipeline", "parse_model_overrides"]
