"""Generated content: ``::before`` and ``::after`` (CSS 2.1 §12.1), the
``content`` property (§12.2), quotes (§12.3) and counters (§12.4,
css-lists-3 §4).

:class:`ContentState` walks with the document in tree order: counters are
created, set and incremented as elements and pseudo-elements are reached,
and ``content`` values are turned into text and image nodes.
"""

from __future__ import annotations

from ..nodes import Text
from ..style.values import FunctionValue, String, Url
from .counter_styles import format_counter

# The quotes of ``quotes: auto`` (css-content-3 §3): English curly quotes.
AUTO_QUOTES = (("\u201c", "\u201d"), ("\u2018", "\u2019"))


class ContentState:
    """Counters in scope and the quote depth, in document order.

    Counter scopes follow css-lists-3 §4.4: a counter an element creates is
    in scope for the element, its descendants and its following siblings
    with their descendants; :meth:`leave` is called when the element's parent
    is done, and pops the counters its children created.
    """

    def __init__(self):
        self.counters: dict[str, list[int]] = {}
        self.quote_depth = 0
        self._created: list[list[str]] = [[]]  # per open element: counters its children made

    # -- scopes -----------------------------------------------------------------

    def enter(self) -> None:
        """An element's children are about to be processed."""
        self._created.append([])

    def leave(self) -> None:
        """An element's children are done: their counters go out of scope."""
        for name in self._created.pop():
            instances = self.counters[name]
            instances.pop()
            if not instances:
                del self.counters[name]

    # -- counter properties -------------------------------------------------------

    def apply_counters(self, computed, is_list_item: bool = False) -> None:
        """counter-reset, then counter-increment, then counter-set
        (css-lists-3 §4, "Automatic Numbering With Counters": set is applied
        after increment), with the implicit ``list-item`` increment of list
        items (css-lists-3 §4.6)."""
        resets = computed["counter-reset"]
        if resets != "none":
            siblings = self._created[-1]
            for counter in resets:
                instances = self.counters.get(counter.name)
                if instances and counter.name in siblings:
                    instances[-1] = counter.value  # a sibling's counter: reset it in place
                else:
                    self._instantiate(counter.name, counter.value)
        increments = computed["counter-increment"]
        incremented = set()
        if increments != "none":
            for counter in increments:
                self._top(counter.name)
                self.counters[counter.name][-1] += counter.value
                incremented.add(counter.name)
        if is_list_item and "list-item" not in incremented:
            self._top("list-item")
            self.counters["list-item"][-1] += 1
        sets = computed["counter-set"]
        if sets != "none":
            for counter in sets:
                self._top(counter.name)
                self.counters[counter.name][-1] = counter.value

    def _instantiate(self, name: str, value: int) -> None:
        self.counters.setdefault(name, []).append(value)
        self._created[-1].append(name)

    def _top(self, name: str) -> None:
        if not self.counters.get(name):
            self._instantiate(name, 0)

    def value(self, name: str) -> int:
        instances = self.counters.get(name)
        return instances[-1] if instances else 0

    # -- content ------------------------------------------------------------------

    def content_items(self, computed, element) -> list:
        """The strings and images ``content`` generates, in order: each item is
        a ``str`` or a :class:`Url`."""
        content = computed["content"]
        if isinstance(content, str):  # normal, none
            return []
        quotes = computed["quotes"]
        pairs = (
            AUTO_QUOTES
            if quotes == "auto"
            else (
                ()
                if quotes == "none"
                else tuple((quotes[i].value, quotes[i + 1].value) for i in range(0, len(quotes), 2))
            )
        )
        items = []
        for item in content:
            if isinstance(item, String):
                items.append(item.value)
            elif isinstance(item, Url):
                items.append(item)
            elif isinstance(item, FunctionValue):
                items.append(self._function(item, element))
            elif item == "open-quote":
                if pairs:
                    items.append(pairs[min(self.quote_depth, len(pairs) - 1)][0])
                self.quote_depth += 1
            elif item == "close-quote":
                if self.quote_depth > 0:
                    self.quote_depth -= 1
                    if pairs:
                        items.append(pairs[min(self.quote_depth, len(pairs) - 1)][1])
            elif item == "no-open-quote":
                self.quote_depth += 1
            elif item == "no-close-quote":
                self.quote_depth = max(0, self.quote_depth - 1)
        return items

    def _function(self, item: FunctionValue, element) -> str:
        if item.name == "attr":
            return element.attributes.get(item.arguments[0], "")
        if item.name == "counter":
            style = item.arguments[1] if len(item.arguments) > 1 else "decimal"
            return format_counter(self.value(item.arguments[0]), style)
        name, separator = item.arguments[0], item.arguments[1].value
        style = item.arguments[2] if len(item.arguments) > 2 else "decimal"
        instances = self.counters.get(name) or [0]
        return separator.join(format_counter(value, style) for value in instances)


def content_nodes(items) -> list:
    """Text nodes and generated images for content items; adjacent strings
    join into one text node."""
    from .tree import GeneratedImage

    nodes = []
    text = []
    for item in items:
        if isinstance(item, Url):
            if text:
                nodes.append(Text("".join(text)))
                text = []
            nodes.append(GeneratedImage(item.value))
        else:
            text.append(item)
    if text and "".join(text):
        nodes.append(Text("".join(text)))
    return nodes
