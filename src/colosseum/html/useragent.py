"""The HTML user-agent stylesheet.

``ua.css``, beside this module, is written from the Rendering section of the
HTML Standard (§15); :data:`UA_STYLESHEET` is its text, for the cascade to
parse at the user-agent origin.
"""

from importlib import resources

__all__ = ["UA_STYLESHEET"]

UA_STYLESHEET: str = (
    resources.files("colosseum.html").joinpath("ua.css").read_text(encoding="utf-8")
)
