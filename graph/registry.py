"""Named handlers in a registry: a plain dict filled by a decorator, in registration order.

The actor stage keeps its recognisers, phrase and composition handlers and coreference handlers
in :class:`Registry` tables (``graph.actors.recognise.RECOGNISERS``,
``graph.actors.coref.HANDLERS``...), so adding one is writing a function, not a branch.

Example
-------
>>> GREETINGS = Registry("greeting")
>>> @GREETINGS.register("en", "en-GB")
... def hello(name):
...     return f"Hello, {name}"
>>> list(GREETINGS), GREETINGS["en-GB"]("Ana")
(['en', 'en-GB'], 'Hello, Ana')
>>> GREETINGS.register("en")(hello)
Traceback (most recent call last):
...
ValueError: greeting 'en' is registered twice
"""

from __future__ import annotations

from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


class Registry(dict):
    """``name -> handler``; :meth:`register` adds one and refuses a second handler of a name.
    ``what`` names the kind of handler in the error."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def register(self, *names: str) -> Callable[[F], F]:
        """Register the decorated function under each of ``names``."""

        def add(fn: F) -> F:
            taken = [name for name in names if name in self]
            if taken:
                raise ValueError(f"{self.what} '{taken[0]}' is registered twice")
            self.update((name, fn) for name in names)
            return fn

        return add
