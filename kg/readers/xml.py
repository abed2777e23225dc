"""Safe XML parsing for every XML reader: DTD lines allowed, entities forbidden (defusedxml)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from kg.errors import ReaderError


def parse_xml(text: str, source: str) -> Element:
    """Parse XML text, refusing entity declarations (billion laughs, external entities).

    :raises ReaderError: Naming the safety rule broken, or the line and column of the
        syntax error.
    """
    try:
        root: Element = SafeET.fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ReaderError(source, f"XML refused for safety: {type(exc).__name__} ({exc})") from None
    except SafeET.ParseError as exc:
        raise ReaderError(source, f"malformed XML: {exc}") from None
    return root
