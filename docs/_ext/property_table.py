"""Sphinx extension: the property reference, generated from the property table.

Two directives, both without arguments or content:

``.. property-table::``
    every longhand in ``colosseum.style.properties.PROPERTIES``, sorted by
    name, each with its value grammar, initial value, inheritance, what
    percentages refer to, what it applies to and the specification section.

``.. shorthand-table::``
    every shorthand in ``SHORTHANDS``, with its grammar, the longhands it
    sets (linked to their entries) and the specification section.

The page is rebuilt from the table at every build, so it cannot drift from
the code. Only docutils nodes are produced (no raw HTML), so any builder works.
"""

from __future__ import annotations

import importlib

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

TABLE_MODULE = "colosseum.style.properties"


def property_id(name: str) -> str:
    return nodes.make_id(f"property-{name}")


def shorthand_id(name: str) -> str:
    return nodes.make_id(f"shorthand-{name}")


def literal(text: object) -> nodes.literal:
    text = str(text)
    return nodes.literal(text, text)


def field(label: str, *body: nodes.Node) -> nodes.field:
    """A field-list entry whose body is one paragraph holding ``body``."""
    return nodes.field(
        "",
        nodes.field_name(label, label),
        nodes.field_body("", nodes.paragraph("", "", *body)),
    )


def text(value: object) -> nodes.Text:
    return nodes.Text(str(value))


class TableDirective(SphinxDirective):
    has_content = False
    required_arguments = 0
    optional_arguments = 0

    def load_table(self, attribute: str) -> dict:
        module = importlib.import_module(TABLE_MODULE)
        # Rebuild this page whenever the table's source changes.
        if getattr(module, "__file__", None):
            self.env.note_dependency(module.__file__)
        return getattr(module, attribute)

    def run(self) -> list[nodes.Node]:
        try:
            return self.build()
        except Exception as exc:  # report any failure as a build error, with its cause
            error = self.state_machine.reporter.error(
                f"{self.name}: cannot build from {TABLE_MODULE}: {type(exc).__name__}: {exc}",
                line=self.lineno,
            )
            return [error]

    def build(self) -> list[nodes.Node]:
        raise NotImplementedError

    def entry(
        self, name: str, anchor: str, fields: list[nodes.field]
    ) -> nodes.definition_list_item:
        term = nodes.term("", "", literal(name))
        term["ids"].append(anchor)
        return nodes.definition_list_item(
            "", term, nodes.definition("", nodes.field_list("", *fields))
        )

    def index_paragraph(self, intro: str, names: list[str], make_id) -> nodes.paragraph:
        """``intro`` followed by every name, each linked to its entry."""
        para = nodes.paragraph("", intro + " ")
        for i, name in enumerate(names):
            if i:
                para += nodes.Text(", ")
            para += nodes.reference("", "", literal(name), refid=make_id(name), internal=True)
        para += nodes.Text(".")
        return para


class PropertyTable(TableDirective):
    def build(self) -> list[nodes.Node]:
        table = self.load_table("PROPERTIES")
        properties = sorted(table.values(), key=lambda p: p.name)
        items = nodes.definition_list(classes=["property-table"])
        for prop in properties:
            percentages = prop.percentages
            items += self.entry(
                prop.name,
                property_id(prop.name),
                [
                    field("Value", literal(prop.grammar)),
                    field("Initial", literal(prop.initial)),
                    field("Inherited", text("yes" if prop.inherited else "no")),
                    field(
                        "Percentages", text(percentages) if percentages else text("not applicable")
                    ),
                    field("Applies to", text(prop.applies_to)),
                    field("Defined in", text(prop.spec)),
                ],
            )
        names = [p.name for p in properties]
        return [
            self.index_paragraph(f"{len(names)} properties:", names, property_id),
            items,
        ]


class ShorthandTable(TableDirective):
    def build(self) -> list[nodes.Node]:
        table = self.load_table("SHORTHANDS")
        known = set(self.load_table("PROPERTIES"))
        shorthands = sorted(table.values(), key=lambda s: s.name)
        items = nodes.definition_list(classes=["shorthand-table"])
        for short in shorthands:
            sets: list[nodes.Node] = []
            for i, longhand in enumerate(short.longhands):
                if i:
                    sets.append(nodes.Text(", "))
                if longhand in known:
                    sets.append(
                        nodes.reference(
                            "", "", literal(longhand), refid=property_id(longhand), internal=True
                        )
                    )
                else:
                    sets.append(literal(longhand))
            items += self.entry(
                short.name,
                shorthand_id(short.name),
                [
                    field("Value", literal(short.grammar)),
                    field("Sets", *sets),
                    field("Defined in", text(short.spec)),
                ],
            )
        names = [s.name for s in shorthands]
        return [
            self.index_paragraph(f"{len(names)} shorthands:", names, shorthand_id),
            items,
        ]


def setup(app):
    app.add_directive("property-table", PropertyTable)
    app.add_directive("shorthand-table", ShorthandTable)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
